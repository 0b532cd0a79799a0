package dev.hzone.emulator.cloud;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.hzone.emulator.state.ActionEntry;
import dev.hzone.emulator.state.CloudKinds;
import dev.hzone.emulator.state.ResourceRef;
import dev.hzone.emulator.state.ServerConfig;
import dev.hzone.emulator.state.ServerEntry;
import dev.hzone.emulator.state.StateView;
import dev.hzone.emulator.web.Json;
import java.time.Instant;
import java.util.List;

/**
 * The API's JSON form of a server. Its {@code status} follows its running action ({@code
 * initializing} while being created, {@code starting}, {@code stopping}), else its power state;
 * {@code locked} is true while an action runs.
 */
final class ServerView {
  private ServerView() {}

  static String status(ServerEntry s, StateView view) {
    return status(s, view.actionsOf(ResourceRef.server(s.id())), view.now());
  }

  /** The status of {@code s}, its running actions looked up in {@code index}. */
  static String status(ServerEntry s, ServerIndex index, Instant now) {
    return status(s, index.running(s.id()), now);
  }

  private static String status(ServerEntry s, List<ActionEntry> actions, Instant now) {
    for (ActionEntry a : actions) {
      if (a.isRunning(now)) {
        switch (a.command()) {
          case "create_server":
            return "initializing";
          // The short names are what states written before the commands took the API's names still
          // hold.
          case "start_server", "reboot_server", "reset_server", "poweron", "reboot", "reset":
            return "starting";
          case "stop_server", "shutdown_server", "poweroff", "shutdown":
            return "stopping";
          case "delete_server":
            return "deleting";
          case "rebuild_server":
            return "rebuilding";
          default:
            break;
        }
      }
    }
    return s.poweredOn() ? "running" : "off";
  }

  static JsonObject toJson(ServerEntry s, StateView view) {
    return toJson(s, view, ServerIndex.of(view));
  }

  /** The JSON of {@code s}; {@code index} (of {@code view}) serves every server of one answer. */
  static JsonObject toJson(ServerEntry s, StateView view, ServerIndex index) {
    Catalog.ServerType type = Catalog.serverType(s.serverType()).orElseThrow();
    Catalog.Location loc = Catalog.location(s.location()).orElseThrow();
    JsonObject o = new JsonObject();
    o.addProperty("id", s.id());
    o.addProperty("name", s.name());
    o.addProperty("status", status(s, index, view.now()));
    o.add("created", Json.time(s.created()));
    ServerConfig c = ServerLinks.config(view, s.id());
    JsonObject publicNet = ServerAddresses.publicNet(index, s);
    JsonArray firewalls = new JsonArray();
    for (long f : index.firewalls(s)) {
      JsonObject x = new JsonObject();
      x.addProperty("id", f);
      x.addProperty("status", "applied");
      firewalls.add(x);
    }
    publicNet.add("firewalls", firewalls);
    o.add("public_net", publicNet);
    JsonArray privateNet = new JsonArray();
    for (ServerConfig.PrivateNet p : c.privateNets()) {
      JsonObject x = new JsonObject();
      x.addProperty("network", p.network());
      x.addProperty("ip", p.ip());
      x.add("alias_ips", Json.strings(p.aliasIps()));
      x.addProperty("mac_address", p.macAddress());
      privateNet.add(x);
    }
    o.add("private_net", privateNet);
    o.add("server_type", CatalogView.serverType(type));
    o.add("location", CatalogView.location(loc));
    JsonElement image =
        Catalog.image(s.image())
            .<JsonElement>map(CatalogView::image)
            .or(() -> view.find(CloudKinds.IMAGES, s.image()).map(ImagesHandler::toJson))
            .orElse(JsonNull.INSTANCE);
    o.add("image", image);
    o.add(
        "iso",
        c.iso() == null
            ? JsonNull.INSTANCE
            : IsosHandler.byId(c.iso())
                .<JsonElement>map(IsosHandler::toJson)
                .orElse(JsonNull.INSTANCE));
    o.addProperty("rescue_enabled", c.rescueEnabled());
    o.addProperty("locked", !index.running(s.id()).isEmpty());
    o.add(
        "backup_window",
        c.backupWindow() == null ? JsonNull.INSTANCE : new JsonPrimitive(c.backupWindow()));
    o.addProperty("outgoing_traffic", 0);
    o.addProperty("ingoing_traffic", 0);
    o.addProperty("included_traffic", CatalogView.includedTraffic(loc));
    JsonObject protection = new JsonObject();
    protection.addProperty("delete", c.deleteProtected());
    protection.addProperty("rebuild", c.rebuildProtected());
    o.add("protection", protection);
    o.add("labels", Json.labels(s.labels()));
    o.add("volumes", Json.longs(index.volumes(s.id())));
    o.add("load_balancers", Json.longs(index.loadBalancers(s)));
    o.addProperty("primary_disk_size", type.disk());
    o.add(
        "placement_group",
        c.placementGroup() == null
            ? JsonNull.INSTANCE
            : view.find(CloudKinds.PLACEMENT_GROUPS, c.placementGroup())
                .<JsonElement>map(g -> PlacementGroupsHandler.toJson(g, view))
                .orElse(JsonNull.INSTANCE));
    return o;
  }
}
