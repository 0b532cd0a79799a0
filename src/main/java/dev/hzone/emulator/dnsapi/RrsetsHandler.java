package dev.hzone.emulator.dnsapi;

import com.google.gson.JsonObject;
import dev.hzone.dns.AnyRrset;
import dev.hzone.dns.OpaqueRrset;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.emulator.actions.ActionView;
import dev.hzone.emulator.state.ActionEntry;
import dev.hzone.emulator.state.ZoneEntry;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * {@code /zones/{zone}/rrsets}: list, create, get, update labels, delete. Primary zones only.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#zone-rrsets">Zone RRSets</a>
 */
final class RrsetsHandler {
  /** {@code per_page} may go up to 100 on this list. */
  static final int MAX_PER_PAGE = 100;

  private static final Set<String> CREATE_KEYS = Set.of("name", "type", "ttl", "labels", "records");
  private static final Set<String> UPDATE_KEYS = Set.of("labels");
  private static final List<String> TYPES =
      java.util.Arrays.stream(RecordType.values()).map(Enum::name).toList();

  private final ZoneChanges changes;

  RrsetsHandler(ZoneChanges changes) {
    this.changes = changes;
  }

  void register(Router router) {
    router.add("GET", "/zones/{id_or_name}/rrsets", this::list);
    router.add("POST", "/zones/{id_or_name}/rrsets", this::create);
    router.add("GET", "/zones/{id_or_name}/rrsets/{rr_name}/{rr_type}", this::get);
    router.add("PUT", "/zones/{id_or_name}/rrsets/{rr_name}/{rr_type}", this::update);
    router.add("DELETE", "/zones/{id_or_name}/rrsets/{rr_name}/{rr_type}", this::delete);
  }

  /** The key named by the path's {@code rr_name} and {@code rr_type}. */
  static RrsetKey pathKey(ApiRequest req) {
    RecordType type = Inputs.type(req.param("rr_type"), "rr_type");
    try {
      return RrsetKey.of(req.param("rr_name"), type);
    } catch (IllegalArgumentException e) {
      throw ApiError.invalidInput("rr_name", e.getMessage());
    }
  }

  /** The RRSet {@code key} of {@code z}, else {@code not_found}. */
  static Rrset existing(ZoneEntry z, RrsetKey key) {
    return z.data()
        .get(key)
        .orElseThrow(
            () -> ApiError.notFound("RRSet " + key.id() + " not found in zone " + z.name()));
  }

  private ApiResponse list(ApiRequest req) {
    Query q = req.query();
    Optional<String> name = q.first("name");
    List<String> types = q.enumValues("type", TYPES);
    LabelSelector selector = LabelSelector.of(q);
    Comparator<AnyRrset> order =
        Sorting.of(
            q,
            Map.of(
                "id", Comparator.comparing(AnyRrset::id),
                "name", Comparator.comparing(AnyRrset::name),
                "created", AnyRrset::compare),
            AnyRrset::compare);
    return changes
        .store()
        .read(
            v -> {
              ZoneEntry z = ZoneChanges.find(v, req.param("id_or_name"));
              ZoneChanges.requirePrimary(z);
              List<AnyRrset> out = new ArrayList<>();
              // RRSets of types beyond the spec's enum exist only when seeded through the state
              // file (ledger L-UNKNOWN-TYPE); they are listed as the live API lists its newer
              // types, and no type filter (an enum) selects them.
              if (types.isEmpty()) {
                for (OpaqueRrset r : z.data().opaque()) {
                  if ((name.isEmpty() || name.get().equals(r.name()))
                      && selector.test(r.labels())) {
                    out.add(r);
                  }
                }
              }
              for (Rrset r : z.data().rrsets().values()) {
                if (name.isPresent() && !name.get().equals(r.name())) {
                  continue;
                }
                if (!types.isEmpty() && !types.contains(r.type().name())) {
                  continue;
                }
                if (selector.test(r.labels())) {
                  out.add(r);
                }
              }
              out.sort(order);
              return Page.of(out, q, MAX_PER_PAGE)
                  .respond("rrsets", r -> RrsetView.toJson(z.id(), r), req);
            });
  }

  private ApiResponse get(ApiRequest req) {
    RrsetKey key = pathKey(req);
    return changes
        .store()
        .read(
            v -> {
              ZoneEntry z = ZoneChanges.find(v, req.param("id_or_name"));
              ZoneChanges.requirePrimary(z);
              return ApiResponse.ok(Json.wrap("rrset", RrsetView.toJson(z.id(), existing(z, key))));
            });
  }

  private ApiResponse create(ApiRequest req) {
    Body b = req.json();
    b.rejectUnknown(CREATE_KEYS);
    String name = b.requireString("name");
    RecordType type = Inputs.type(b.requireString("type"), "type");
    OptionalInt ttl = Inputs.ttl(b, "ttl");
    Map<String, String> labels = b.optLabels("labels").orElse(Map.of());
    return changes
        .store()
        .write(
            tx -> {
              ZoneEntry z = ZoneChanges.find(tx, req.param("id_or_name"));
              ZoneChanges.requirePrimary(z);
              ZoneNames.checkRrsetName(name, z.name(), "name");
              RrsetKey key = RrsetKey.of(name, type);
              List<RecordValue> records =
                  Inputs.records(b, type, z.name(), 0, Inputs.Comments.OPTIONAL, true);
              if (z.data().get(key).isPresent()) {
                throw ApiError.uniqueness(
                    "RRSet "
                        + key.id()
                        + " already exists in zone "
                        + z.name()
                        + "; change it with set_records or add_records",
                    "name",
                    "type");
              }
              Rrset rrset = new Rrset(key, ttl, records, labels, false);
              var data = z.data().withRrset(rrset);
              ZoneRules.checkRules(data, List.of(key), "name", "records");
              ActionEntry a =
                  changes.commitData(
                      tx, z, data, "create_rrset", Optional.of(key.id()), req.actionFails());
              JsonObject body = new JsonObject();
              body.add("rrset", RrsetView.toJson(z.id(), rrset));
              body.add("action", ActionView.toJson(a, tx.now()));
              return ApiResponse.created(body);
            });
  }

  private ApiResponse update(ApiRequest req) {
    RrsetKey key = pathKey(req);
    Body b = req.json();
    b.rejectUnknown(UPDATE_KEYS);
    Optional<Map<String, String>> labels = b.optLabels("labels");
    return changes
        .store()
        .write(
            tx -> {
              ZoneEntry z = ZoneChanges.find(tx, req.param("id_or_name"));
              ZoneChanges.requirePrimary(z);
              Rrset r = existing(z, key);
              Rrset updated = labels.map(r::withLabels).orElse(r);
              if (labels.isPresent()) {
                tx.putZone(z.withData(z.data().withRrset(updated)));
              }
              return ApiResponse.ok(Json.wrap("rrset", RrsetView.toJson(z.id(), updated)));
            });
  }

  private ApiResponse delete(ApiRequest req) {
    RrsetKey key = pathKey(req);
    return changes
        .store()
        .write(
            tx -> {
              ZoneEntry z = ZoneChanges.find(tx, req.param("id_or_name"));
              ZoneChanges.requirePrimary(z);
              Rrset r = existing(z, key);
              if (ZoneRules.isSoa(key)) {
                throw ApiError.invalidInput(
                    "rr_type", "the SOA record is managed by Hetzner and cannot be deleted");
              }
              if (ZoneRules.isApexNs(key)) {
                throw ApiError.invalidInput(
                    "rr_type",
                    "the NS records of the assigned Hetzner nameservers cannot be"
                        + " deleted from the zone apex");
              }
              if (r.changeProtected()) {
                throw ApiError.protectedResource(
                    "RRSet "
                        + key.id()
                        + " is change protected;"
                        + " disable the protection first (change_protection)");
              }
              ActionEntry a =
                  changes.commitData(
                      tx,
                      z,
                      z.data().withoutRrset(key),
                      "delete_rrset",
                      Optional.of(key.id()),
                      req.actionFails());
              return ApiResponse.created(ActionView.wrapped(a, tx.now()));
            });
  }
}
