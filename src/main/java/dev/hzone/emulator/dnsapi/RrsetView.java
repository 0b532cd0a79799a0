package dev.hzone.emulator.dnsapi;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.hzone.dns.AnyRrset;
import dev.hzone.dns.RecordValue;
import dev.hzone.emulator.web.Json;

/** The API's JSON form of an RRSet: {@code ttl} is {@code null} when it inherits the zone's TTL. */
final class RrsetView {
  private RrsetView() {}

  static JsonObject toJson(long zoneId, AnyRrset r) {
    JsonObject o = new JsonObject();
    o.addProperty("id", r.id());
    o.addProperty("name", r.name());
    o.addProperty("type", r.typeName());
    if (r.ttl().isPresent()) {
      o.addProperty("ttl", r.ttl().getAsInt());
    } else {
      o.add("ttl", JsonNull.INSTANCE);
    }
    o.add("labels", Json.labels(r.labels()));
    JsonObject protection = new JsonObject();
    protection.addProperty("change", r.changeProtected());
    o.add("protection", protection);
    JsonArray records = new JsonArray();
    for (RecordValue v : r.records()) {
      JsonObject vo = new JsonObject();
      vo.addProperty("value", v.value());
      vo.addProperty("comment", v.comment());
      records.add(vo);
    }
    o.add("records", records);
    o.addProperty("zone", zoneId);
    return o;
  }
}
