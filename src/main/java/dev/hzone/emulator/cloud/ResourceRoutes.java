package dev.hzone.emulator.cloud;

import dev.hzone.emulator.actions.Actions;
import dev.hzone.emulator.state.ResourceRef;
import dev.hzone.emulator.state.StateStore;
import dev.hzone.emulator.state.StateView;
import dev.hzone.emulator.state.Transaction;
import dev.hzone.emulator.web.ApiError;
import dev.hzone.emulator.web.Body;
import dev.hzone.emulator.web.Router;
import java.util.Optional;

/**
 * The routes of the network-edge resources: the four action lists ({@link ResourceActions}), and
 * {@code POST /<resources>/{id}/actions/<name>} that checks the lock, then its input against the
 * state, and starts the action through {@link ResourceActions}, which makes the change unless the
 * action is to fail.
 *
 * @param store the state
 * @param actions starts actions
 * @param plural the path segment, e.g. {@code floating_ips}
 * @param type the action resource type, e.g. {@code floating_ip}
 * @param what the resource in messages, e.g. {@code Floating IP}
 * @param exists whether a resource with an ID exists
 */
record ResourceRoutes(
    StateStore store, Actions actions, String plural, String type, String what, Exists exists) {

  /** Whether a resource exists. */
  @FunctionalInterface
  interface Exists {
    boolean test(StateView v, long id);
  }

  /**
   * Checks an action's input against the state and returns the change to make when the action
   * succeeds.
   */
  @FunctionalInterface
  interface Change {
    /**
     * @throws ApiError when the request cannot be carried out; nothing is changed then
     */
    Runnable prepare(Transaction tx, long id, Body body);
  }

  /** The resource's reference in actions. */
  ResourceRef ref(long id) {
    return new ResourceRef(id, type);
  }

  /** {@code not_found} unless the resource exists. */
  void requireExists(StateView v, long id) {
    if (!exists.test(v, id)) {
      throw ApiError.notFound(what + " with ID " + id + " not found");
    }
  }

  /** The action routes and lock checks, shared with the other Cloud resources. */
  ResourceActions resourceActions() {
    return new ResourceActions(store, actions, plural, type);
  }

  /** Registers the action lists. */
  void registerActionLists(Router router) {
    resourceActions().registerLists(router, this::requireExists);
  }

  /**
   * Registers {@code POST /<plural>/{id}/actions/<name>}, whose action is called {@code command}.
   */
  void action(Router router, String name, String command, Change change) {
    ResourceActions ra = resourceActions();
    router.add(
        "POST",
        "/" + plural + "/{id}/actions/" + name,
        req -> {
          long id = req.idParam("id", what);
          Body body = req.body().isBlank() ? Body.parse("{}") : req.json();
          return store.write(
              tx -> {
                requireExists(tx, id);
                actions.checkNotLocked(tx, ref(id), Optional.empty());
                return ra.respond(tx, req, id, command, change.prepare(tx, id, body));
              });
        });
  }

  /** {@code 422} with an operation-specific code, as the API documents per operation. */
  static ApiError unprocessable(String code, String message) {
    return new ApiError(422, code, message, null);
  }
}
