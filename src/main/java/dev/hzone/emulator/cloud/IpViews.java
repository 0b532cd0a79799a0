package dev.hzone.emulator.cloud;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.hzone.emulator.state.FloatingIpEntry;
import dev.hzone.emulator.state.PrimaryIpEntry;
import dev.hzone.emulator.web.Json;
import java.util.Map;

/** The API's JSON forms of floating and primary IPs. */
final class IpViews {
  private IpViews() {}

  /** {@code [{ip, dns_ptr}]}: the names set on a block, with the IPv4 default. */
  static JsonArray dnsPtrArray(String block, Map<String, String> set) {
    JsonArray arr = new JsonArray();
    for (Map.Entry<String, String> e :
        new java.util.TreeMap<>(ReverseDns.effective(block, set)).entrySet()) {
      JsonObject o = new JsonObject();
      o.addProperty("ip", e.getKey());
      o.addProperty("dns_ptr", e.getValue());
      arr.add(o);
    }
    return arr;
  }

  static JsonObject protection(boolean delete) {
    JsonObject p = new JsonObject();
    p.addProperty("delete", delete);
    return p;
  }

  static JsonObject floatingIp(FloatingIpEntry f) {
    JsonObject o = new JsonObject();
    o.addProperty("id", f.id());
    o.addProperty("name", f.name());
    o.add("description", Json.stringOrNull(f.description()));
    o.addProperty("ip", f.ip());
    o.addProperty("type", f.type());
    o.add(
        "server",
        f.server().<JsonElement>map(com.google.gson.JsonPrimitive::new).orElse(JsonNull.INSTANCE));
    o.add("dns_ptr", dnsPtrArray(f.ip(), f.dnsPtr()));
    o.add("home_location", CatalogView.location(Catalog.location(f.homeLocation()).orElseThrow()));
    o.addProperty("blocked", false);
    o.add("protection", protection(f.deleteProtected()));
    o.add("labels", Json.labels(f.labels()));
    o.add("created", Json.time(f.created()));
    return o;
  }

  static JsonObject primaryIp(PrimaryIpEntry p) {
    JsonObject o = new JsonObject();
    o.addProperty("id", p.id());
    o.addProperty("name", p.name());
    o.add("labels", Json.labels(p.labels()));
    o.add("created", Json.time(p.created()));
    o.addProperty("blocked", false);
    o.add("location", CatalogView.location(Catalog.location(p.location()).orElseThrow()));
    o.addProperty("ip", p.ip());
    o.add("dns_ptr", dnsPtrArray(p.ip(), p.dnsPtr()));
    o.add("protection", protection(p.deleteProtected()));
    o.addProperty("type", p.type());
    o.addProperty("auto_delete", p.autoDelete());
    o.addProperty("assignee_type", "server");
    o.add(
        "assignee_id",
        p.assignee()
            .<JsonElement>map(com.google.gson.JsonPrimitive::new)
            .orElse(JsonNull.INSTANCE));
    return o;
  }
}
