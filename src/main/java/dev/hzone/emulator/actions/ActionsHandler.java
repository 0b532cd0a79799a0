package dev.hzone.emulator.actions;

import com.google.gson.JsonArray;
import dev.hzone.emulator.state.ActionEntry;
import dev.hzone.emulator.state.StateStore;
import dev.hzone.emulator.web.ApiError;
import dev.hzone.emulator.web.ApiRequest;
import dev.hzone.emulator.web.ApiResponse;
import dev.hzone.emulator.web.Json;
import dev.hzone.emulator.web.Router;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /actions}: one action by ID, or several by repeated {@code id} (the way clients poll;
 * {@code id} is required since listing all actions was removed). Unknown IDs are left out of the
 * list, and so is every ID after the first {@value #MAX_IDS} distinct ones (ledger L-ACTIONS-25):
 * the API answers at most that many, so a client that asks for more is caught by its own tests.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#actions">Actions</a>
 */
public final class ActionsHandler {
  /** The most actions one {@code GET /actions?id=..} answers. */
  public static final int MAX_IDS = 25;

  private final StateStore store;

  public ActionsHandler(StateStore store) {
    this.store = store;
  }

  /** Adds this handler's routes. */
  public void register(Router router) {
    router.add("GET", "/actions", this::list);
    router.add("GET", "/actions/{id}", this::get);
  }

  private ApiResponse list(ApiRequest req) {
    List<Long> ids = req.query().ids("id");
    if (ids.isEmpty()) {
      throw ApiError.invalidInput(
          "id", "is required (listing all actions was removed from the API)");
    }
    return store.read(
        v -> {
          List<ActionEntry> found = new ArrayList<>();
          for (long id : ids.stream().distinct().limit(MAX_IDS).toList()) {
            v.action(id).filter(a -> !found.contains(a)).ifPresent(found::add);
          }
          found.sort(ActionLists.order(req.query(), v.now()));
          JsonArray arr = new JsonArray();
          found.forEach(a -> arr.add(ActionView.toJson(a, v.now())));
          return ApiResponse.ok(Json.wrap("actions", arr));
        });
  }

  private ApiResponse get(ApiRequest req) {
    long id = req.idParam("id", "action");
    return store.read(
        v ->
            ApiResponse.ok(
                ActionView.wrapped(
                    v.action(id)
                        .orElseThrow(
                            () -> ApiError.notFound("action with ID " + id + " not found")),
                    v.now())));
  }
}
