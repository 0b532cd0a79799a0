package dev.hzone.api;

import dev.hzone.api.cloud.Action;
import dev.hzone.api.schema.ActionListResponse;
import dev.hzone.api.schema.ActionsApi;
import java.util.List;
import java.util.Optional;

/**
 * The four action endpoints every resource type with actions has, for one type ({@code zones},
 * {@code servers}...). The resource clients delegate their {@code listActions}/{@code getAction}
 * methods here.
 */
final class ResourceActions {
  private final String resource;
  private final ActionsApi api;
  private final Pages pages;

  ResourceActions(String resource, ActionsApi api, Pages pages) {
    this.resource = resource;
    this.api = api;
    this.pages = pages;
  }

  /** {@code GET /<resource>/actions}: actions of all resources of the type. */
  List<Action> listForType(ActionListOptions options) {
    return pages.all(forType(options), Pages.MAX_PER_PAGE);
  }

  /** {@code GET /<resource>/actions/{id}}. */
  Optional<Action> getForType(long actionId) {
    return Calls.executeOptional(api.getForType(resource, actionId)).map(r -> r.action());
  }

  /** {@code GET /<resource>/{id}/actions}: actions of one resource. */
  List<Action> listForResource(String id, ActionListOptions options) {
    return pages.all(forResource(id, options), Pages.MAX_PER_PAGE);
  }

  /** {@code GET /<resource>/{id}/actions/{action_id}} (deprecated by the API). */
  Optional<Action> getForResource(String id, long actionId) {
    return Calls.executeOptional(api.getForResource(resource, id, actionId)).map(r -> r.action());
  }

  private Pages.Fetcher<Action> forType(ActionListOptions o) {
    return (page, perPage) -> {
      ActionListResponse r =
          Calls.execute(
              api.listForType(
                  resource, o.idsOrNull(), o.statusOrNull(), o.sortOrNull(), page, perPage));
      return Pages.page(r.actions(), r.meta(), page, perPage);
    };
  }

  private Pages.Fetcher<Action> forResource(String id, ActionListOptions o) {
    return (page, perPage) -> {
      ActionListResponse r =
          Calls.execute(
              api.listForResource(resource, id, o.statusOrNull(), o.sortOrNull(), page, perPage));
      return Pages.page(r.actions(), r.meta(), page, perPage);
    };
  }
}
