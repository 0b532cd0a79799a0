package dev.hzone.sync.document;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.sync.PrimaryServer;
import dev.hzone.sync.TsigKeyRef;
import dev.hzone.sync.ZoneAttributes;
import dev.hzone.sync.plan.Change;
import dev.hzone.sync.remote.Operation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * The JSON forms of the plan model, both ways, so that {@link JsonPlanPrinter} and {@link
 * PlanDocumentReader} agree field for field. Maps are written with sorted keys, so the same plan
 * always gives the same bytes. TSIG keys are written as their file, never their secret.
 */
final class PlanJsonCodec {
  private final BiFunction<Path, Optional<String>, TsigKeyRef> keyLoader;

  /**
   * @param keyLoader reads a TSIG key file again when a saved plan is read
   */
  PlanJsonCodec(BiFunction<Path, Optional<String>, TsigKeyRef> keyLoader) {
    this.keyLoader = keyLoader;
  }

  // ---- writing

  static JsonObject rrset(Rrset r) {
    JsonObject o = key(r.key());
    o.add("ttl", ttl(r.ttl()));
    o.add("records", records(r.records()));
    o.add("labels", labels(r.labels()));
    o.addProperty("protected", r.changeProtected());
    return o;
  }

  static JsonObject key(RrsetKey k) {
    JsonObject o = new JsonObject();
    o.addProperty("name", k.name());
    o.addProperty("type", k.type().name());
    return o;
  }

  static JsonElement ttl(OptionalInt ttl) {
    return ttl.isPresent() ? new JsonPrimitive(ttl.getAsInt()) : JsonNull.INSTANCE;
  }

  static JsonArray records(List<RecordValue> records) {
    JsonArray a = new JsonArray();
    for (RecordValue v : records) {
      JsonObject o = new JsonObject();
      o.addProperty("value", v.value());
      o.addProperty("comment", v.comment());
      a.add(o);
    }
    return a;
  }

  static JsonObject labels(Map<String, String> labels) {
    JsonObject o = new JsonObject();
    new TreeMap<>(labels).forEach(o::addProperty);
    return o;
  }

  static JsonObject attributes(ZoneAttributes a) {
    JsonObject o = new JsonObject();
    o.addProperty("mode", a.mode().apiValue());
    o.addProperty("ttl", a.ttl());
    o.add("labels", labels(a.labels()));
    o.addProperty("protected", a.deleteProtected());
    o.add("primaries", primaries(a.primaries()));
    return o;
  }

  static JsonArray primaries(List<PrimaryServer> ps) {
    JsonArray arr = new JsonArray();
    for (PrimaryServer p : ps) {
      JsonObject o = new JsonObject();
      o.addProperty("address", p.address());
      o.addProperty("port", p.port());
      o.add(
          "tsig_algorithm",
          p.tsig()
              .<JsonElement>map(k -> new JsonPrimitive(k.algorithm()))
              .orElse(JsonNull.INSTANCE));
      o.add(
          "tsig_key_file",
          p.tsig()
              .flatMap(TsigKeyRef::file)
              .<JsonElement>map(f -> new JsonPrimitive(f.toString()))
              .orElse(JsonNull.INSTANCE));
      o.add(
          "tsig_key_sha256",
          p.tsig().<JsonElement>map(k -> new JsonPrimitive(k.digest())).orElse(JsonNull.INSTANCE));
      arr.add(o);
    }
    return arr;
  }

  static JsonObject operation(Operation op) {
    JsonObject o = new JsonObject();
    o.addProperty("op", op.apiName());
    if (op instanceof Operation.CreateZone c) {
      o.addProperty("zone", c.zone());
      o.add("attributes", attributes(c.attributes()));
      o.add(
          "zonefile", c.zonefile().<JsonElement>map(JsonPrimitive::new).orElse(JsonNull.INSTANCE));
    } else if (op instanceof Operation.ImportZonefile i) {
      o.addProperty("zonefile", i.zonefile());
    } else if (op instanceof Operation.ChangeZoneTtl t) {
      o.addProperty("ttl", t.ttl());
    } else if (op instanceof Operation.SetZoneLabels l) {
      o.add("labels", labels(l.labels()));
    } else if (op instanceof Operation.ChangeZoneProtection p) {
      o.addProperty("delete", p.delete());
    } else if (op instanceof Operation.SetPrimaries p) {
      o.add("primaries", primaries(p.primaries()));
    } else if (op instanceof Operation.CreateRrset c) {
      o.add("rrset", rrset(c.rrset()));
    } else {
      RrsetKey k = op.rrsetKey().orElseThrow();
      o.addProperty("name", k.name());
      o.addProperty("type", k.type().name());
      if (op instanceof Operation.AddRecords a) {
        o.add("records", records(a.records()));
      } else if (op instanceof Operation.RemoveRecords r) {
        o.add("records", records(r.records()));
      } else if (op instanceof Operation.SetRecords s) {
        o.add("records", records(s.records()));
      } else if (op instanceof Operation.UpdateRecords u) {
        o.add("records", records(u.records()));
      } else if (op instanceof Operation.ChangeRrsetTtl t) {
        o.add("ttl", ttl(t.ttl()));
      } else if (op instanceof Operation.SetRrsetLabels l) {
        o.add("labels", labels(l.labels()));
      } else if (op instanceof Operation.ChangeRrsetProtection p) {
        o.addProperty("change", p.change());
      }
    }
    return o;
  }

  static JsonObject change(Change c) {
    JsonObject o = new JsonObject();
    if (c instanceof Change.CreateZone cz) {
      o.addProperty("change", "create_zone");
      o.add("after", attributes(cz.after()));
    } else if (c instanceof Change.UpdateZone uz) {
      o.addProperty("change", "update_zone");
      o.add("before", attributes(uz.before()));
      o.add("after", attributes(uz.after()));
    } else if (c instanceof Change.ImportZone iz) {
      o.addProperty("change", "import_zone");
      o.addProperty("rrsets", iz.rrsets());
    } else if (c instanceof Change.CreateRrset cr) {
      o.addProperty("change", "create_rrset");
      o.add("after", rrset(cr.after()));
    } else if (c instanceof Change.UpdateRrset u) {
      o.addProperty("change", "update_rrset");
      o.add("before", rrset(u.before()));
      o.add("after", rrset(u.after()));
    } else if (c instanceof Change.DeleteRrset d) {
      o.addProperty("change", "delete_rrset");
      o.add("before", rrset(d.before()));
    }
    o.addProperty("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
    o.addProperty("subject", c.subject());
    JsonArray ops = new JsonArray();
    for (Operation op : c.operations()) {
      ops.add(operation(op));
    }
    o.add("operations", ops);
    return o;
  }

  // ---- reading (throws IllegalArgumentException or IllegalStateException on bad input)

  Rrset rrset(JsonObject o) {
    RrsetKey k = key(o);
    return new Rrset(
        k,
        ttl(o.get("ttl")),
        records(o.getAsJsonArray("records")),
        labels(o.getAsJsonObject("labels")),
        o.get("protected").getAsBoolean());
  }

  static RrsetKey key(JsonObject o) {
    RecordType t =
        RecordType.fromText(o.get("type").getAsString())
            .orElseThrow(
                () -> new IllegalArgumentException("unknown record type " + o.get("type")));
    return RrsetKey.of(o.get("name").getAsString(), t);
  }

  static OptionalInt ttl(JsonElement e) {
    return e == null || e.isJsonNull() ? OptionalInt.empty() : OptionalInt.of(e.getAsInt());
  }

  static List<RecordValue> records(JsonArray a) {
    List<RecordValue> out = new ArrayList<>();
    for (JsonElement e : a) {
      JsonObject o = e.getAsJsonObject();
      out.add(new RecordValue(o.get("value").getAsString(), o.get("comment").getAsString()));
    }
    return out;
  }

  static Map<String, String> labels(JsonObject o) {
    Map<String, String> m = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> e : o.entrySet()) {
      m.put(e.getKey(), e.getValue().getAsString());
    }
    return m;
  }

  ZoneAttributes attributes(JsonObject o) {
    ZoneMode mode =
        ZoneMode.fromText(o.get("mode").getAsString())
            .orElseThrow(() -> new IllegalArgumentException("unknown zone mode " + o.get("mode")));
    return new ZoneAttributes(
        mode,
        o.get("ttl").getAsInt(),
        labels(o.getAsJsonObject("labels")),
        o.get("protected").getAsBoolean(),
        primaries(o.getAsJsonArray("primaries")));
  }

  List<PrimaryServer> primaries(JsonArray arr) {
    List<PrimaryServer> out = new ArrayList<>();
    for (JsonElement e : arr) {
      JsonObject o = e.getAsJsonObject();
      Optional<TsigKeyRef> key = Optional.empty();
      JsonElement file = o.get("tsig_key_file");
      JsonElement alg = o.get("tsig_algorithm");
      JsonElement digest = o.get("tsig_key_sha256");
      if (alg != null && !alg.isJsonNull()) {
        if (file != null && !file.isJsonNull()) {
          TsigKeyRef k =
              keyLoader.apply(Path.of(file.getAsString()), Optional.of(alg.getAsString()));
          if (digest != null && !digest.isJsonNull() && !k.digest().equals(digest.getAsString())) {
            throw new IllegalStateException(
                "TSIG key file "
                    + file.getAsString()
                    + " changed since the plan was "
                    + "made; make the plan again");
          }
          key = Optional.of(k);
        } else {
          key = Optional.of(TsigKeyRef.ofDigest(alg.getAsString(), digest.getAsString()));
        }
      }
      out.add(new PrimaryServer(o.get("address").getAsString(), o.get("port").getAsInt(), key));
    }
    return out;
  }

  Operation operation(JsonObject o) {
    String op = o.get("op").getAsString();
    switch (op) {
      case "create_zone":
        {
          JsonElement zf = o.get("zonefile");
          return new Operation.CreateZone(
              o.get("zone").getAsString(),
              attributes(o.getAsJsonObject("attributes")),
              zf == null || zf.isJsonNull() ? Optional.empty() : Optional.of(zf.getAsString()));
        }
      case "import_zonefile":
        return new Operation.ImportZonefile(o.get("zonefile").getAsString());
      case "change_zone_ttl":
        return new Operation.ChangeZoneTtl(o.get("ttl").getAsInt());
      case "update_zone_labels":
        return new Operation.SetZoneLabels(labels(o.getAsJsonObject("labels")));
      case "change_zone_protection":
        return new Operation.ChangeZoneProtection(o.get("delete").getAsBoolean());
      case "change_primary_nameservers":
        return new Operation.SetPrimaries(primaries(o.getAsJsonArray("primaries")));
      case "create_rrset":
        return new Operation.CreateRrset(rrset(o.getAsJsonObject("rrset")));
      case "delete_rrset":
        return new Operation.DeleteRrset(key(o));
      case "add_records":
        return new Operation.AddRecords(key(o), records(o.getAsJsonArray("records")));
      case "remove_records":
        return new Operation.RemoveRecords(key(o), records(o.getAsJsonArray("records")));
      case "set_records":
        return new Operation.SetRecords(key(o), records(o.getAsJsonArray("records")));
      case "update_records":
        return new Operation.UpdateRecords(key(o), records(o.getAsJsonArray("records")));
      case "change_ttl":
        return new Operation.ChangeRrsetTtl(key(o), ttl(o.get("ttl")));
      case "update_rrset_labels":
        return new Operation.SetRrsetLabels(key(o), labels(o.getAsJsonObject("labels")));
      case "change_protection":
        return new Operation.ChangeRrsetProtection(key(o), o.get("change").getAsBoolean());
      default:
        throw new IllegalArgumentException("unknown operation '" + op + "'");
    }
  }

  Change change(JsonObject o, String zone) {
    List<Operation> ops = new ArrayList<>();
    for (JsonElement e : o.getAsJsonArray("operations")) {
      ops.add(operation(e.getAsJsonObject()));
    }
    String kind = o.get("change").getAsString();
    switch (kind) {
      case "create_zone":
        return new Change.CreateZone(zone, attributes(o.getAsJsonObject("after")), ops);
      case "update_zone":
        return new Change.UpdateZone(
            zone,
            attributes(o.getAsJsonObject("before")),
            attributes(o.getAsJsonObject("after")),
            ops);
      case "import_zone":
        return new Change.ImportZone(zone, o.get("rrsets").getAsInt(), ops);
      case "create_rrset":
        return new Change.CreateRrset(rrset(o.getAsJsonObject("after")), ops);
      case "update_rrset":
        return new Change.UpdateRrset(
            rrset(o.getAsJsonObject("before")), rrset(o.getAsJsonObject("after")), ops);
      case "delete_rrset":
        return new Change.DeleteRrset(rrset(o.getAsJsonObject("before")), ops);
      default:
        throw new IllegalArgumentException("unknown change '" + kind + "'");
    }
  }
}
