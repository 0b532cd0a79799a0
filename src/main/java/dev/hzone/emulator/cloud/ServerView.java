package dev.hzone.emulator.cloud;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.hzone.emulator.actions.Actions;
import dev.hzone.emulator.state.ActionEntry;
import dev.hzone.emulator.state.CloudKinds;
import dev.hzone.emulator.state.ResourceRef;
import dev.hzone.emulator.state.ServerConfig;
import dev.hzone.emulator.state.ServerEntry;
import dev.hzone.emulator.state.StateView;
import dev.hzone.emulator.state.VolumeEntry;
import dev.hzone.emulator.web.Json;
import java.util.Map;
import java.util.TreeMap;

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
    Catalog.ServerType type = Catalog.serverType(s.serverType()).orElseThrow();
    Catalog.Location loc = Catalog.location(s.location()).orElseThrow();
    JsonObject o = new JsonObject();
    o.addProperty("id", s.id());
    o.addProperty("name", s.name());
    o.addProperty("status", status(s, view));
    o.add("created", Json.time(s.created()));
    ServerConfig c = ServerLinks.config(view, s.id());
    JsonObject publicNet = ServerAddresses.publicNet(view, s);
    JsonArray firewalls = new JsonArray();
    for (long f : ServerLinks.firewalls(view, s)) {
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
    JsonElement image = Catalog.image(s.image()).<JsonElement>map(CatalogView::image)
        .or(() -> view.find(CloudKinds.IMAGES, s.image()).map(ImagesHandler::toJson))
        .orElse(JsonNull.INSTANCE);
    o.add("image", image);
    o.add("iso", c.iso() == null ? JsonNull.INSTANCE
        : IsosHandler.byId(c.iso()).<JsonElement>map(IsosHandler::toJson).orElse(JsonNull.INSTANCE));
    o.addProperty("rescue_enabled", c.rescueEnabled());
    o.addProperty("locked", Actions.isBusy(view, ResourceRef.server(s.id())));
    o.add("backup_window", c.backupWindow() == null ? JsonNull.INSTANCE : new JsonPrimitive(c.backupWindow()));
    o.addProperty("outgoing_traffic", 0);
    o.addProperty("ingoing_traffic", 0);
    o.addProperty("included_traffic", CatalogView.includedTraffic(loc));
    JsonObject protection = new JsonObject();
    protection.addProperty("delete", c.deleteProtected());
    protection.addProperty("rebuild", c.rebuildProtected());
    o.add("protection", protection);
    o.add("labels", Json.labels(s.labels()));
    o.add("volumes", Json.longs(ServerLinks.volumes(view, s.id()).stream().map(VolumeEntry::id).toList()));
    o.add("load_balancers", ServerAddresses.loadBalancers(view, s));
    o.addProperty("primary_disk_size", type.disk());
    o.add("placement_group", c.placementGroup() == null ? JsonNull.INSTANCE : view.find(CloudKinds.PLACEMENT_GROUPS,
        c.placementGroup()).<JsonElement>map(g -> PlacementGroupsHandler.toJson(g, view)).orElse(JsonNull.INSTANCE));
    return o;
  }


}
