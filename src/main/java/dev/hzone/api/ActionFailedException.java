package dev.hzone.api;

import dev.hzone.api.cloud.Action;
import java.util.List;

/**
 * An action ended in {@link ActionStatus#ERROR}, although the request that started it succeeded.
 * Carries the action's id and the API's error code and message; when several actions were waited
 * for together, {@link #failed()} lists every failed one and the message describes the first.
 */
public final class ActionFailedException extends HcloudException {
  private final transient List<Action> failed;

  public ActionFailedException(List<Action> failed) {
    super(describe(failed));
    if (failed.isEmpty()) {
      throw new IllegalArgumentException("no failed action");
    }
    this.failed = List.copyOf(failed);
  }

  /** The id of the (first) failed action. */
  public long actionId() {
    return failed.get(0).id();
  }

  /** The API's error code of the (first) failed action, e.g. {@code action_failed}. */
  public String code() {
    return failed.get(0).error().map(Action.ActionError::code).orElse("");
  }

  /** The API's error message of the (first) failed action. */
  public String apiMessage() {
    return failed.get(0).error().map(Action.ActionError::message).orElse("");
  }

  /** Every action that failed, in the order of their ids. */
  public List<Action> failed() {
    return failed;
  }

  private static String describe(List<Action> failed) {
    if (failed.isEmpty()) {
      return "no failed action";
    }
    Action a = failed.get(0);
    String what = a.error().map(e -> e.message() + " (" + e.code() + ")").orElse("no error given");
    String more = failed.size() > 1 ? " and " + (failed.size() - 1) + " more failed" : "";
    return "action " + a.id() + " (" + a.command() + ") failed: " + what + more;
  }
}
