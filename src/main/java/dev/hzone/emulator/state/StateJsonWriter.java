package dev.hzone.emulator.state;

import com.google.gson.stream.JsonWriter;
import dev.hzone.dns.AnyRrset;
import dev.hzone.dns.OpaqueRrset;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import java.io.IOException;
import java.util.Map;

/**
 * Writes the state records as JSON, streamed, so that a zone of 10,000 RRSets is written without
 * building a tree first. {@link StateJsonReader} reads the same form back.
 */
final class StateJsonWriter {
  private StateJsonWriter() {}

  static void zone(JsonWriter w, ZoneEntry z) throws IOException {
    w.beginObject();
    w.name("id").value(z.id());
    w.name("name").value(z.name());
    w.name("mode").value(z.mode().wire());
    w.name("ttl").value(z.ttl());
    labels(w.name("labels"), z.labels());
    w.name("delete_protected").value(z.deleteProtected());
    w.name("created").value(z.created().toString());
    w.name("primary_nameservers").beginArray();
    for (PrimaryNameserver p : z.primaryNameservers()) {
      w.beginObject();
      w.name("address").value(p.address());
      w.name("port").value(p.port());
      w.name("tsig_algorithm").value(p.tsigAlgorithm().orElse(null));
      w.name("tsig_key").value(p.tsigKey().orElse(null));
      w.endObject();
    }
    w.endArray();
    w.name("rrsets").beginArray();
    for (Rrset r : z.data().rrsets().values()) {
      rrset(w, r);
    }
    for (OpaqueRrset r : z.data().opaque()) {
      rrset(w, r);
    }
    w.endArray();
    w.endObject();
  }

  private static void rrset(JsonWriter w, AnyRrset r) throws IOException {
    w.beginObject();
    w.name("name").value(r.name());
    w.name("type").value(r.typeName());
    w.name("ttl");
    if (r.ttl().isPresent()) {
      w.value(r.ttl().getAsInt());
    } else {
      w.nullValue();
    }
    labels(w.name("labels"), r.labels());
    w.name("change_protected").value(r.changeProtected());
    w.name("records").beginArray();
    for (RecordValue v : r.records()) {
      w.beginObject().name("value").value(v.value()).name("comment").value(v.comment()).endObject();
    }
    w.endArray();
    w.endObject();
  }

  static void action(JsonWriter w, ActionEntry a) throws IOException {
    w.beginObject();
    w.name("id").value(a.id());
    w.name("command").value(a.command());
    w.name("resources").beginArray();
    for (ResourceRef r : a.resources()) {
      w.beginObject().name("id").value(r.id()).name("type").value(r.type()).endObject();
    }
    w.endArray();
    w.name("started").value(a.started().toString());
    w.name("finishes").value(a.finishes().toString());
    w.name("failure");
    if (a.failure().isPresent()) {
      w.beginObject()
          .name("code")
          .value(a.failure().get().code())
          .name("message")
          .value(a.failure().get().message())
          .endObject();
    } else {
      w.nullValue();
    }
    w.name("lock_scope").value(a.lockScope().orElse(null));
    w.endObject();
  }

  static void sshKey(JsonWriter w, SshKeyEntry k) throws IOException {
    w.beginObject();
    w.name("id").value(k.id());
    w.name("name").value(k.name());
    w.name("fingerprint").value(k.fingerprint());
    w.name("public_key").value(k.publicKey());
    labels(w.name("labels"), k.labels());
    w.name("created").value(k.created().toString());
    w.endObject();
  }

  static void server(JsonWriter w, ServerEntry s) throws IOException {
    w.beginObject();
    w.name("id").value(s.id());
    w.name("name").value(s.name());
    w.name("server_type").value(s.serverType());
    w.name("location").value(s.location());
    w.name("image").value(s.image());
    w.name("powered_on").value(s.poweredOn());
    w.name("created").value(s.created().toString());
    labels(w.name("labels"), s.labels());
    w.name("ssh_keys").beginArray();
    for (long k : s.sshKeys()) {
      w.value(k);
    }
    w.endArray();
    w.name("ipv4")
        .beginObject()
        .name("id")
        .value(s.ipv4().id())
        .name("ip")
        .value(s.ipv4().ip())
        .endObject();
    w.name("ipv6")
        .beginObject()
        .name("id")
        .value(s.ipv6().id())
        .name("ip")
        .value(s.ipv6().ip())
        .endObject();
    w.endObject();
  }

  private static void labels(JsonWriter w, Map<String, String> labels) throws IOException {
    w.beginObject();
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(labels).entrySet()) {
      w.name(e.getKey()).value(e.getValue());
    }
    w.endObject();
  }
}
