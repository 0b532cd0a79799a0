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
import dev.hzone.emulator.web.ApiRequest;
import dev.hzone.emulator.web.ApiResponse;
import dev.hzone.emulator.web.Router;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The action routes of one resource type ({@code /volumes/actions}, {@code
 * /volumes/{id}/actions}...), and starting an action on one resource: refused with {@code 423
 * locked} while another runs on it; when fault injection fails the action, the change is not made.
 */
final class ResourceActions {
  private final StateStore store;
  private final Actions actions;
  private final String path;
  private final String type;

  /**
   * @param path the collection, e.g. {@code volumes}
   * @param type the resource type in actions, e.g. {@code volume}
   */
  ResourceActions(StateStore store, Actions actions, String path, String type) {
    this.store = store;
    this.actions = actions;
    this.path = path;
    this.type = type;
  }

  /**
   * Registers the four action list routes; {@code exists} throws {@code not_found} for an unknown
   * ID.
   */
  void registerLists(Router router, BiConsumer<StateView, Long> exists) {
    router.add(
        "GET",
        "/" + path + "/actions",
        req ->
            store.read(
                v ->
                    ActionLists.list(
                        v.actions().stream().filter(a -> a.resourceType().equals(type)).toList(),
                        req,
                        v,
                        true)));
    router.add(
        "GET",
        "/" + path + "/actions/{id}",
        req -> store.read(v -> ActionLists.one(v, req.idParam("id", "action"), type)));
    router.add(
        "GET",
        "/" + path + "/{id}/actions",
        req ->
            store.read(
                v -> {
                  long id = req.idParam("id", type);
                  exists.accept(v, id);
                  return ActionLists.list(v.actionsOf(new ResourceRef(id, type)), req, v, false);
                }));
    router.add(
        "GET",
        "/" + path + "/{id}/actions/{action_id}",
        req ->
            store.read(
                v -> {
                  long id = req.idParam("id", type);
                  exists.accept(v, id);
                  long actionId = req.idParam("action_id", "action");
                  ActionEntry a =
                      v.action(actionId)
                          .filter(x -> x.concerns(new ResourceRef(id, type)))
                          .orElseThrow(
                              () ->
                                  ApiError.notFound(
                                      "action with ID "
                                          + actionId
                                          + " not found for "
                                          + type
                                          + " "
                                          + id));
                  return ApiResponse.ok(ActionView.wrapped(a, v.now()));
                }));
  }

  /**
   * Starts {@code command} on resource {@code id} after checking its lock; {@code change} is
   * applied unless the action is to fail.
   */
  ActionEntry start(Transaction tx, ApiRequest req, long id, String command, Runnable change) {
    actions.checkNotLocked(tx, new ResourceRef(id, type), Optional.empty());
    ActionEntry a =
        actions.start(tx, command, new ResourceRef(id, type), Optional.empty(), req.actionFails());
    if (!req.actionFails()) {
      change.run();
    }
    return a;
  }

  /** {@link #start} on this resource and {@code also} (e.g. the server a volume attaches to). */
  ActionEntry start(
      Transaction tx,
      ApiRequest req,
      long id,
      String command,
      java.util.List<ResourceRef> also,
      Runnable change) {
    java.util.List<ResourceRef> all = new java.util.ArrayList<>();
    all.add(new ResourceRef(id, type));
    all.addAll(also);
    for (ResourceRef r : all) {
      actions.checkNotLocked(tx, r, Optional.empty());
    }
    ActionEntry a = actions.start(tx, command, all, req.actionFails());
    if (!req.actionFails()) {
      change.run();
    }
    return a;
  }

  /**
   * A follow-up action of a create (its {@code next_actions}): it runs after the create, so no lock
   * is checked.
   */
  ActionEntry follow(
      Transaction tx,
      ApiRequest req,
      long id,
      String command,
      java.util.List<ResourceRef> also,
      Runnable change) {
    java.util.List<ResourceRef> all = new java.util.ArrayList<>();
    all.add(new ResourceRef(id, type));
    all.addAll(also);
    ActionEntry a = actions.start(tx, command, all, false);
    change.run();
    return a;
  }

  /** The change {@code change_protection} makes once the action succeeds. */
  @FunctionalInterface
  interface ProtectionChange {
    /**
     * Finds resource {@code id} ({@code not_found} when missing) and returns the change that sets
     * its delete protection to {@code delete}.
     */
    Runnable prepare(Transaction tx, long id, boolean delete);
  }

  /**
   * Registers {@code POST /<path>/{id}/actions/change_protection} for resources whose only
   * protection is {@code delete}, which the request must give (openapi.json marks it required).
   */
  void registerChangeProtection(Router router, ProtectionChange change) {
    router.add(
        "POST",
        "/" + path + "/{id}/actions/change_protection",
        req -> {
          long id = req.idParam("id", type);
          boolean delete =
              req.json()
                  .optBoolean("delete")
                  .orElseThrow(() -> ApiError.invalidInput("delete", "is required"));
          return store.write(
              tx -> {
                Runnable apply = change.prepare(tx, id, delete);
                return respond(tx, req, id, "change_protection", apply);
              });
        });
  }

  /**
   * Refuses to delete a delete-protected resource ({@code 403 protected}), naming it as {@code
   * what} (e.g. {@code volume}).
   */
  static void refuseIfDeleteProtected(boolean deleteProtected, String what, long id) {
    if (deleteProtected) {
      throw ApiError.protectedResource(
          what + " " + id + " is delete protected; change its protection first");
    }
  }

  /** {@link #start} answered as {@code 201 {"action": ...}}. */
  ApiResponse respond(Transaction tx, ApiRequest req, long id, String command, Runnable change) {
    return ApiResponse.created(ActionView.wrapped(start(tx, req, id, command, change), tx.now()));
  }
}
