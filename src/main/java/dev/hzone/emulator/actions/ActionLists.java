package dev.hzone.emulator.actions;

import dev.hzone.emulator.state.ActionEntry;
import dev.hzone.emulator.state.StateView;
import dev.hzone.emulator.web.ApiError;
import dev.hzone.emulator.web.ApiRequest;
import dev.hzone.emulator.web.ApiResponse;
import dev.hzone.emulator.web.Page;
import dev.hzone.emulator.web.Query;
import dev.hzone.emulator.web.Sorting;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The action lists every resource type has: {@code GET /<type>/actions} (filters {@code id}, {@code
 * status}, {@code sort}, paging), {@code GET /<type>/actions/{id}}, {@code GET
 * /<type>/{id}/actions} and the deprecated {@code GET /<type>/{id}/actions/{action_id}}.
 */
public final class ActionLists {
  private static final List<String> STATUSES = List.of("running", "success", "error");

  private ActionLists() {}

  /** The order of the {@code sort} parameter: id, command, status, started, finished. */
  public static Comparator<ActionEntry> order(Query q, Instant now) {
    return Sorting.of(
        q,
        Map.of(
            "id", Comparator.comparingLong(ActionEntry::id),
            "command", Comparator.comparing(ActionEntry::command),
            "status", Comparator.comparing((ActionEntry a) -> a.status(now).wire()),
            "started", Comparator.comparing(ActionEntry::started),
            "finished", Comparator.comparing(ActionEntry::finishes)),
        Comparator.comparingLong(ActionEntry::id));
  }

  /**
   * A paged list of {@code candidates} after the request's {@code id} and {@code status} filters.
   */
  public static ApiResponse list(
      List<ActionEntry> candidates, ApiRequest req, StateView view, boolean byId) {
    Query q = req.query();
    Set<Long> ids = byId ? Set.copyOf(q.ids("id")) : Set.of();
    List<String> statuses = q.enumValues("status", STATUSES);
    List<ActionEntry> out = new ArrayList<>();
    for (ActionEntry a : candidates) {
      if (!ids.isEmpty() && !ids.contains(a.id())) {
        continue;
      }
      if (!statuses.isEmpty() && !statuses.contains(a.status(view.now()).wire())) {
        continue;
      }
      out.add(a);
    }
    out.sort(order(q, view.now()));
    return Page.of(out, q, Page.MAX_PER_PAGE)
        .respond("actions", a -> ActionView.toJson(a, view.now()), req);
  }

  /** One action of {@code type} by ID, else {@code not_found}. */
  public static ApiResponse one(StateView view, long id, String type) {
    ActionEntry a =
        view.action(id)
            .filter(x -> x.resourceType().equals(type))
            .orElseThrow(() -> ApiError.notFound("action with ID " + id + " not found"));
    return ApiResponse.ok(ActionView.wrapped(a, view.now()));
  }
}
