package dev.hzone.emulator.dnsapi;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.hzone.emulator.actions.Actions;
import dev.hzone.emulator.publish.ZonePublisher;
import dev.hzone.emulator.state.ActionEntry;
import dev.hzone.emulator.state.PrimaryNameserver;
import dev.hzone.emulator.state.ResourceRef;
import dev.hzone.emulator.state.StateView;
import dev.hzone.emulator.state.ZoneEntry;
import dev.hzone.emulator.state.ZoneMode;
import dev.hzone.emulator.web.Json;

/**
 * The API's JSON form of a zone. {@code status} is {@code updating} while an action on the zone
 * runs (it is being published), else {@code ok}. The emulator does not look at the parent zone, so
 * the delegation is {@code unknown} with nothing delegated; as the live API does, it answers {@code
 * registrar: "other"} and a {@code delegation_last_check} at the zone's creation (ledger
 * L-ZONE-FIELDS).
 */
final class ZoneView {
  private ZoneView() {}

  /**
   * {@code record_count} is the number of records, as openapi.json defines it ("Number of resource
   * records (RR) within the Zone", the same text for both modes): for a secondary zone, the records
   * its last transfer delivered ({@code served}), 0 before the first one.
   */
  static JsonObject toJson(ZoneEntry z, StateView view, ZoneChanges changes) {
    return toJson(z, view, changes, false);
  }

  /**
   * @param answeringCreate the zone is the answer to its {@code POST /zones}, which lists no
   *     assigned nameservers yet, however fast the creation runs (ledger L-ASSIGNED-AFTER-CREATE)
   */
  static JsonObject toJson(
      ZoneEntry z, StateView view, ZoneChanges changes, boolean answeringCreate) {
    ZonePublisher served = changes.publisher();
    JsonObject o = new JsonObject();
    o.addProperty("id", z.id());
    o.addProperty("name", z.name());
    o.addProperty("mode", z.mode().wire());
    o.addProperty("ttl", z.ttl());
    o.add("labels", Json.labels(z.labels()));
    JsonObject protection = new JsonObject();
    protection.addProperty("delete", z.deleteProtected());
    o.add("protection", protection);
    o.addProperty("status", Actions.isBusy(view, ResourceRef.zone(z.id())) ? "updating" : "ok");
    o.addProperty(
        "record_count",
        z.mode() == ZoneMode.SECONDARY
            ? served.transferredRecordCount(z.name()).orElse(z.data().recordCount())
            : z.data().recordCount());
    o.add("created", Json.time(z.created()));
    o.addProperty("registrar", "other");
    JsonObject ns = new JsonObject();
    ns.add(
        "assigned",
        answeringCreate || creating(z, view)
            ? new JsonArray()
            : Json.strings(changes.assigned(z.name())));
    ns.add("delegated", new JsonArray());
    ns.add("delegation_last_check", Json.time(z.created()));
    ns.addProperty("delegation_status", "unknown");
    o.add("authoritative_nameservers", ns);
    JsonArray primaries = new JsonArray();
    for (PrimaryNameserver p : z.primaryNameservers()) {
      JsonObject po = new JsonObject();
      po.addProperty("address", p.address());
      po.addProperty("port", p.port());
      p.tsigAlgorithm().ifPresent(a -> po.addProperty("tsig_algorithm", a));
      p.tsigKey().ifPresent(k -> po.addProperty("tsig_key", k));
      primaries.add(po);
    }
    o.add("primary_nameservers", primaries);
    return o;
  }

  /**
   * Whether the zone's {@code create_zone} action still runs: until it has finished the zone lists
   * no assigned nameservers (ledger L-ASSIGNED-AFTER-CREATE).
   */
  private static boolean creating(ZoneEntry z, StateView view) {
    for (ActionEntry a : view.actionsOf(ResourceRef.zone(z.id()))) {
      if (a.command().equals("create_zone") && a.isRunning(view.now())) {
        return true;
      }
    }
    return false;
  }
}
