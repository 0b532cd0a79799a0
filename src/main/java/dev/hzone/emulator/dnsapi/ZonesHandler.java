package dev.hzone.emulator.dnsapi;

import com.google.gson.JsonObject;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ZoneData;
import dev.hzone.emulator.actions.ActionView;
import dev.hzone.emulator.state.ActionEntry;
import dev.hzone.emulator.state.PrimaryNameserver;
import dev.hzone.emulator.state.ResourceRef;
import dev.hzone.emulator.state.ZoneEntry;
import dev.hzone.emulator.state.ZoneMode;
import dev.hzone.emulator.web.ApiError;
import dev.hzone.emulator.web.ApiRequest;
import dev.hzone.emulator.web.ApiResponse;
import dev.hzone.emulator.web.Body;
import dev.hzone.emulator.web.Json;
import dev.hzone.emulator.web.LabelSelector;
import dev.hzone.emulator.web.Page;
import dev.hzone.emulator.web.Query;
import dev.hzone.emulator.web.Router;
import dev.hzone.emulator.web.Sorting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code /zones}: list, create (from fields, from {@code rrsets} or from a {@code zonefile}), get
 * by ID or name, update labels, delete, and the zone file export.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#zones">Zones</a>
 */
final class ZonesHandler {
  private static final Set<String> RRSET_KEYS = Set.of("name", "type", "ttl", "labels", "records");

  private final ZoneChanges changes;
  private final ZoneFileImport importer;

  ZonesHandler(ZoneChanges changes, ZoneFileImport importer) {
    this.changes = changes;
    this.importer = importer;
  }

  void register(Router router) {
    router.add("GET", "/zones", this::list);
    router.add("POST", "/zones", this::create);
    router.add("GET", "/zones/{id_or_name}", this::get);
    router.add("PUT", "/zones/{id_or_name}", this::update);
    router.add("DELETE", "/zones/{id_or_name}", this::delete);
    router.add("GET", "/zones/{id_or_name}/zonefile", this::export);
  }

  private ApiResponse list(ApiRequest req) {
    Query q = req.query();
    Optional<String> name = q.first("name");
    List<String> modes = q.enumValues("mode", List.of("primary", "secondary"));
    LabelSelector selector = LabelSelector.of(q);
    Comparator<ZoneEntry> order =
        Sorting.of(
            q,
            Map.of(
                "id", Comparator.comparingLong(ZoneEntry::id),
                "name", Comparator.comparing(ZoneEntry::name),
                "created", Comparator.comparing(ZoneEntry::created)),
            Comparator.comparingLong(ZoneEntry::id));
    return changes
        .store()
        .read(
            v -> {
              List<ZoneEntry> out = new ArrayList<>();
              for (ZoneEntry z : v.zones()) {
                if (name.isPresent() && !name.get().equals(z.name())) {
                  continue;
                }
                if (!modes.isEmpty() && !modes.contains(z.mode().wire())) {
                  continue;
                }
                if (selector.test(z.labels())) {
                  out.add(z);
                }
              }
              out.sort(order);
              return Page.of(out, q, Page.MAX_PER_PAGE)
                  .respond("zones", z -> ZoneView.toJson(z, v, changes), req);
            });
  }

  private ApiResponse get(ApiRequest req) {
    return changes
        .store()
        .read(
            v ->
                ApiResponse.ok(
                    Json.wrap(
                        "zone",
                        ZoneView.toJson(
                            ZoneChanges.find(v, req.param("id_or_name")), v, changes))));
  }

  private ApiResponse create(ApiRequest req) {
    Body b = req.json();
    String name = b.requireString("name");
    ZoneNames.checkZoneName(name, "name");
    String modeText = b.requireString("mode");
    ZoneMode mode =
        ZoneMode.fromWire(modeText)
            .orElseThrow(() -> ApiError.invalidInput("mode", "must be primary or secondary"));
    OptionalInt givenTtl = Inputs.ttl(b, "ttl");
    int ttl = givenTtl.orElse(ZoneRules.DEFAULT_TTL);
    Map<String, String> labels = b.optLabels("labels").orElse(Map.of());
    List<PrimaryNameserver> primaries =
        mode == ZoneMode.SECONDARY ? PrimaryNameservers.read(b, "primary_nameservers") : List.of();
    Optional<String> zonefile =
        mode == ZoneMode.PRIMARY ? b.optString("zonefile") : Optional.empty();
    List<Body> rrsetBodies = mode == ZoneMode.PRIMARY ? b.objects("rrsets") : List.of();
    if (zonefile.isPresent() && !rrsetBodies.isEmpty()) {
      throw ApiError.invalidInput("rrsets", "must be empty when a zonefile is given");
    }
    return changes
        .store()
        .write(
            tx -> {
              if (tx.zoneByName(name).isPresent()) {
                throw ApiError.uniqueness("zone name '" + name + "' is already used", "name");
              }
              LocalDate today = ZoneChanges.today(tx);
              ZoneData data;
              if (mode == ZoneMode.SECONDARY) {
                data = ZoneData.of(name, OptionalInt.of(ttl), List.of());
              } else if (zonefile.isPresent()) {
                data =
                    importer.read(
                        zonefile.get(),
                        name,
                        givenTtl,
                        today,
                        "zonefile",
                        changes.assigned(name),
                        true);
              } else {
                data = initialRrsets(name, changes.assigned(name), ttl, rrsetBodies, today);
              }
              ZoneEntry zone =
                  new ZoneEntry(tx.nextZoneId(), mode, labels, false, tx.now(), primaries, data);
              ActionEntry a =
                  changes
                      .actions()
                      .start(
                          tx,
                          "create_zone",
                          ResourceRef.zone(zone.id()),
                          Optional.empty(),
                          req.actionFails());
              if (!req.actionFails()) {
                tx.putZone(zone);
              }
              changes.publishWhenDone(tx, name, a);
              JsonObject body = new JsonObject();
              body.add("zone", ZoneView.toJson(zone, tx, changes, true));
              body.add("action", ActionView.toJson(a, tx.now()));
              return ApiResponse.created(body);
            });
  }

  /**
   * The managed SOA and NS, then the {@code rrsets} of the request (an apex SOA or NS replaces the
   * default).
   */
  private static ZoneData initialRrsets(
      String zone, List<String> assigned, int ttl, List<Body> bodies, LocalDate today) {
    TreeMap<RrsetKey, Rrset> m = new TreeMap<>();
    for (Rrset r : ZoneRules.managedRrsets(assigned, today)) {
      m.put(r.key(), r);
    }
    Map<RrsetKey, String> given = new LinkedHashMap<>();
    for (Body rb : bodies) {
      rb.rejectUnknown(RRSET_KEYS);
      String name = rb.requireString("name");
      ZoneNames.checkRrsetName(name, zone, rb.field("name"));
      RrsetKey key = RrsetKey.of(name, Inputs.type(rb.requireString("type"), rb.field("type")));
      if (given.put(key, rb.field("name")) != null) {
        throw ApiError.invalidInput(rb.field("name"), "RRSet " + key.id() + " is given twice");
      }
      OptionalInt rttl = Inputs.ttl(rb, "ttl");
      Map<String, String> labels = rb.optLabels("labels").orElse(Map.of());
      List<RecordValue> records =
          Inputs.records(rb, key.type(), zone, 0, Inputs.Comments.OPTIONAL, true);
      if (ZoneRules.isApexNs(key)) {
        ZoneRules.checkAssignedNameservers(zone, assigned, records, rb.field("records"));
      }
      m.put(key, new Rrset(key, rttl, records, labels, false));
    }
    ZoneData data = new ZoneData(zone, OptionalInt.of(ttl), m);
    for (Map.Entry<RrsetKey, String> e : given.entrySet()) {
      ZoneRules.checkRules(
          data, List.of(e.getKey()), e.getValue(), e.getValue().replace(".name", ".records"));
    }
    Rrset soa = data.rrsets().get(ZoneRules.soaKey());
    RecordValue v = soa.records().get(0);
    return data.withRrset(
        soa.withRecords(
            List.of(
                new RecordValue(
                    ZoneRules.withSerial(v.value(), ZoneRules.firstSerial(today)), v.comment()))));
  }

  private ApiResponse update(ApiRequest req) {
    Body b = req.json();
    Optional<Map<String, String>> labels = b.optLabels("labels");
    return changes
        .store()
        .write(
            tx -> {
              ZoneEntry z = ZoneChanges.find(tx, req.param("id_or_name"));
              ZoneEntry updated = labels.map(z::withLabels).orElse(z);
              if (labels.isPresent()) {
                tx.putZone(updated);
              }
              return ApiResponse.ok(Json.wrap("zone", ZoneView.toJson(updated, tx, changes)));
            });
  }

  private ApiResponse delete(ApiRequest req) {
    return changes
        .store()
        .write(
            tx -> {
              ZoneEntry z = ZoneChanges.find(tx, req.param("id_or_name"));
              if (z.deleteProtected()) {
                throw ApiError.protectedResource(
                    "zone "
                        + z.name()
                        + " is delete protected;"
                        + " disable the protection first (change_protection)");
              }
              ActionEntry a =
                  changes
                      .actions()
                      .start(
                          tx,
                          "delete_zone",
                          ResourceRef.zone(z.id()),
                          Optional.empty(),
                          req.actionFails());
              if (!req.actionFails()) {
                tx.removeZone(z.id());
              }
              changes.publishWhenDone(tx, z.name(), a);
              return ApiResponse.created(ActionView.wrapped(a, tx.now()));
            });
  }

  private ApiResponse export(ApiRequest req) {
    return changes
        .store()
        .read(
            v -> {
              ZoneEntry z = ZoneChanges.find(v, req.param("id_or_name"));
              ZoneChanges.requirePrimary(z);
              return ApiResponse.ok(
                  Json.wrap(
                      "zonefile",
                      new com.google.gson.JsonPrimitive(ZoneFileExport.format(z.data(), v.now()))));
            });
  }
}
