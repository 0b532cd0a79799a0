package dev.hzone.emulator.cloud;

import dev.hzone.emulator.actions.ActionLists;
import dev.hzone.emulator.actions.ActionView;
import dev.hzone.emulator.actions.Actions;
import dev.hzone.emulator.state.ActionEntry;
import dev.hzone.emulator.state.ResourceRef;
import dev.hzone.emulator.state.StateStore;
import dev.hzone.emulator.state.StateView;
import dev.hzone.emulator.state.Transaction;
import dev.hzone.emulator.web.ApiError;
import dev.hzone.emulator.web.ApiResponse;
import dev.hzone.emulator.web.Body;
import dev.hzone.emulator.web.Router;
import java.util.Optional;

/**
 * The routes every Cloud resource with actions has: the four action lists, and {@code POST
 * /<resources>/{id}/actions/<name>} that checks its input, starts an action (which locks the resource while it
 * runs, {@code 423 locked}) and makes its change unless the action is to fail.
 *
 * @param store the state
 * @param actions starts actions
 * @param plural the path segment, e.g. {@code floating_ips}
 * @param type the action resource type, e.g. {@code floating_ip}
 * @param what the resource in messages, e.g. {@code Floating IP}
 * @param exists whether a resource with an ID exists
 */
record ResourceRoutes(StateStore store, Actions actions, String plural, String type, String what,
    Exists exists) {

  /** Whether a resource exists. */
  @FunctionalInterface
  interface Exists {
    boolean test(StateView v, long id);
  }

  /** Checks an action's input against the state and returns the change to make when the action succeeds. */
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

  /** Registers the action lists. */
  void registerActionLists(Router router) {
    router.add("GET", "/" + plural + "/actions", req -> store.read(v -> ActionLists.list(
        v.actions().stream().filter(a -> a.resourceType().equals(type)).toList(), req, v, true)));
    router.add("GET", "/" + plural + "/actions/{id}",
        req -> store.read(v -> ActionLists.one(v, req.idParam("id", "action"), type)));
    router.add("GET", "/" + plural + "/{id}/actions", req -> store.read(v -> {
      long id = req.idParam("id", what);
      requireExists(v, id);
      return ActionLists.list(v.actionsOf(ref(id)), req, v, false);
    }));
    router.add("GET", "/" + plural + "/{id}/actions/{action_id}", req -> store.read(v -> {
      long id = req.idParam("id", what);
      requireExists(v, id);
      long actionId = req.idParam("action_id", "action");
      ActionEntry a = v.action(actionId).filter(x -> x.concerns(ref(id)))
          .orElseThrow(() -> ApiError.notFound("action with ID " + actionId + " not found for " + what + " " + id));
      return ApiResponse.ok(ActionView.wrapped(a, v.now()));
    }));
  }

  /** Registers {@code POST /<plural>/{id}/actions/<name>}, whose action is called {@code command}. */
  void action(Router router, String name, String command, Change change) {
    router.add("POST", "/" + plural + "/{id}/actions/" + name, req -> {
      long id = req.idParam("id", what);
      Body body = req.body().isBlank() ? Body.parse("{}") : req.json();
      return store.write(tx -> {
        requireExists(tx, id);
        actions.checkNotLocked(tx, ref(id), Optional.empty());
        Runnable apply = change.prepare(tx, id, body);
        ActionEntry a = actions.start(tx, command, ref(id), Optional.empty(), req.actionFails());
        if (!req.actionFails()) {
          apply.run();
        }
        return ApiResponse.created(ActionView.wrapped(a, tx.now()));
      });
    });
  }

  /** {@code 422} with an operation-specific code, as the API documents per operation. */
  static ApiError unprocessable(String code, String message) {
    return new ApiError(422, code, message, null);
  }
}
