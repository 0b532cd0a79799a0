package dev.hzone.api;

import dev.hzone.api.cloud.Action;
import dev.hzone.api.schema.ActionsApi;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * For a {@code 423 locked} answer: waits for the actions running on the resource the request
 * addressed (the path's first two segments after the endpoint, e.g. {@code zones/example.com}). Its
 * own requests go through the pipeline without lock waits ({@link Transport#okHttp} with {@link
 * LockWaiter#NONE}), built before the one whose {@link RetryInterceptor} holds this waiter: no late
 * binding, no call back into the client.
 */
final class RunningActionsWaiter implements LockWaiter {
  private final HttpUrl baseUrl;
  private final ActionsApi actionsApi;
  private final Pages pages;
  private final ActionWaiter waiter;

  /**
   * @param actionsApi the actions endpoints on the pipeline without lock waits
   * @param waiter polls actions on that same pipeline
   */
  RunningActionsWaiter(HttpUrl baseUrl, ActionsApi actionsApi, Pages pages, ActionWaiter waiter) {
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    this.actionsApi = Objects.requireNonNull(actionsApi, "actionsApi");
    this.pages = Objects.requireNonNull(pages, "pages");
    this.waiter = Objects.requireNonNull(waiter, "waiter");
  }

  @Override
  public boolean awaitRunningActions(Request request) {
    List<String> path = request.url().pathSegments();
    int base = (int) baseUrl.pathSegments().stream().filter(s -> !s.isEmpty()).count();
    if (path.size() < base + 2) {
      return false;
    }
    try {
      List<Action> running =
          new ResourceActions(path.get(base), actionsApi, pages)
              .listForResource(path.get(base + 1), ActionListOptions.running());
      if (running.isEmpty()) {
        return false;
      }
      waiter.awaitDone(running, ActionListener.NONE);
      return true;
    } catch (ApiException | ApiTransportException | ActionTimeoutException e) {
      // Not finding out what holds the lock is no reason to fail: the caller backs off instead.
      return false;
    }
  }
}
