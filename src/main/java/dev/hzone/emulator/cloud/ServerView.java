package dev.hzone.emulator.cloud;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.hzone.emulator.actions.Actions;
import dev.hzone.emulator.state.ActionEntry;
import dev.hzone.emulator.state.ResourceRef;
import dev.hzone.emulator.state.ServerEntry;
import dev.hzone.emulator.state.StateView;
import dev.hzone.emulator.web.Json;

/**
 * The API's JSON form of a server. Its {@code status} follows its running action ({@code initializing}
 * while being created, {@code starting}, {@code stopping}), else its power state; {@code locked} is true
 * while an action runs.
 */
final class ServerView {
  private ServerView() {}

  static String status(ServerEntry s, StateView view) {
    for (ActionEntry a : view.actionsOf(ResourceRef.server(s.id()))) {
      if (a.isRunning(view.now())) {
        switch (a.command()) {
          case "create_server":
            return "initializing";
          case "start_server", "poweron", "reboot", "reset":
            return "starting";
          case "stop_server", "poweroff", "shutdown":
            return "stopping";
          case "delete_server":
            return "deleting";
          default:
            break;
        }
      }
    }
    return s.poweredOn() ? "running" : "off";
  }

  static JsonObject toJson(ServerEntry s, StateView view) {
    Catalog.ServerType type = Catalog.serverType(s.serverType()).orElseThrow();
    Catalog.Location loc = Catalog.location(s.location()).orElseThrow();
    JsonObject o = new JsonObject();
    o.addProperty("id", s.id());
    o.addProperty("name", s.name());
    o.addProperty("status", status(s, view));
    o.add("created", Json.time(s.created()));
    o.add("public_net", ServerAddresses.publicNet(view, s));
    o.add("private_net", new JsonArray());
    o.add("server_type", CatalogView.serverType(type));
    o.add("location", CatalogView.location(loc));
    o.add("image", Catalog.image(s.image()).<com.google.gson.JsonElement>map(CatalogView::image)
        .orElse(JsonNull.INSTANCE));
    o.add("iso", JsonNull.INSTANCE);
    o.addProperty("rescue_enabled", false);
    o.addProperty("locked", Actions.isBusy(view, ResourceRef.server(s.id())));
    o.add("backup_window", JsonNull.INSTANCE);
    o.addProperty("outgoing_traffic", 0);
    o.addProperty("ingoing_traffic", 0);
    o.addProperty("included_traffic", CatalogView.includedTraffic(loc));
    JsonObject protection = new JsonObject();
    protection.addProperty("delete", false);
    protection.addProperty("rebuild", false);
    o.add("protection", protection);
    o.add("labels", Json.labels(s.labels()));
    o.add("volumes", new JsonArray());
    o.add("load_balancers", ServerAddresses.loadBalancers(view, s));
    o.addProperty("primary_disk_size", type.disk());
    o.add("placement_group", JsonNull.INSTANCE);
    return o;
  }
}
