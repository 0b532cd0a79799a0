package dev.hzone.emulator.cloud;

import dev.hzone.emulator.actions.ActionLists;
import dev.hzone.emulator.actions.ActionView;
import dev.hzone.emulator.actions.Actions;
import dev.hzone.emulator.state.ActionEntry;
import dev.hzone.emulator.state.ResourceRef;
import dev.hzone.emulator.state.ServerEntry;
import dev.hzone.emulator.state.StateStore;
import dev.hzone.emulator.web.ApiError;
import dev.hzone.emulator.web.ApiResponse;
import dev.hzone.emulator.web.Router;
import java.util.Optional;

/**
 * Server power actions ({@code poweron}, {@code poweroff}, {@code shutdown}, {@code reboot}, {@code
 * reset}) and the server action lists. A server with a running action is {@code locked}.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#server-actions">Server actions</a>
 */
public final class ServerActionsHandler {
  private final StateStore store;
  private final Actions actions;

  public ServerActionsHandler(StateStore store, Actions actions) {
    this.store = store;
    this.actions = actions;
  }

  public void register(Router router) {
    // The action's command is not the path's last segment: openapi.json's examples for these five
    // operations,
    // hcloud-go's schema_test.go ("start_server") and hcloud-python's test fixtures ("stop_server")
    // agree.
    power(router, "poweron", "start_server", Optional.of(true));
    power(router, "poweroff", "stop_server", Optional.of(false));
    power(router, "shutdown", "shutdown_server", Optional.of(false));
    power(router, "reboot", "reboot_server", Optional.empty());
    power(router, "reset", "reset_server", Optional.empty());
    router.add(
        "GET",
        "/servers/actions",
        req ->
            store.read(
                v ->
                    ActionLists.list(
                        v.actions().stream()
                            .filter(a -> a.resourceType().equals("server"))
                            .toList(),
                        req,
                        v,
                        true)));
    router.add(
        "GET",
        "/servers/actions/{id}",
        req -> store.read(v -> ActionLists.one(v, req.idParam("id", "action"), "server")));
    router.add(
        "GET",
        "/servers/{id}/actions",
        req ->
            store.read(
                v -> {
                  ServerEntry s = ServersHandler.find(v, req.idParam("id", "server"));
                  return ActionLists.list(v.actionsOf(ResourceRef.server(s.id())), req, v, false);
                }));
    router.add(
        "GET",
        "/servers/{id}/actions/{action_id}",
        req ->
            store.read(
                v -> {
                  ServerEntry s = ServersHandler.find(v, req.idParam("id", "server"));
                  long actionId = req.idParam("action_id", "action");
                  ActionEntry a =
                      v.action(actionId)
                          .filter(x -> x.concerns(ResourceRef.server(s.id())))
                          .orElseThrow(
                              () ->
                                  ApiError.notFound(
                                      "action with ID "
                                          + actionId
                                          + " not found for server "
                                          + s.id()));
                  return ApiResponse.ok(ActionView.wrapped(a, v.now()));
                }));
  }

  /**
   * A power action at {@code /servers/{id}/actions/PATH} whose action is named {@code command};
   * {@code poweredOn} is the power state it leaves, empty when it keeps the state.
   */
  private void power(Router router, String path, String command, Optional<Boolean> poweredOn) {
    router.add(
        "POST",
        "/servers/{id}/actions/" + path,
        req -> {
          long id = req.idParam("id", "server");
          return store.write(
              tx -> {
                ServerEntry s = ServersHandler.find(tx, id);
                actions.checkNotLocked(tx, ResourceRef.server(id), Optional.empty());
                ActionEntry a =
                    actions.start(
                        tx, command, ResourceRef.server(id), Optional.empty(), req.actionFails());
                if (!req.actionFails() && poweredOn.isPresent()) {
                  tx.putServer(s.withPoweredOn(poweredOn.get()));
                }
                return ApiResponse.created(ActionView.wrapped(a, tx.now()));
              });
        });
  }
}
