package dev.hzone.emulator.dnsapi;

import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ValueCanonicalizer;
import dev.hzone.dns.ZoneData;
import dev.hzone.emulator.actions.ActionView;
import dev.hzone.emulator.state.ActionEntry;
import dev.hzone.emulator.state.Transaction;
import dev.hzone.emulator.state.ZoneEntry;
import dev.hzone.emulator.web.ApiError;
import dev.hzone.emulator.web.ApiRequest;
import dev.hzone.emulator.web.ApiResponse;
import dev.hzone.emulator.web.Body;
import dev.hzone.emulator.web.Router;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * RRSet actions: {@code set_records}, {@code add_records}, {@code remove_records}, {@code
 * update_records}, {@code change_ttl} and {@code change_protection}. Records are identified by
 * value (compared the way DNS compares them: TXT by content, names without regard to case); at most
 * 50 records per request.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#zone-rrset-actions">Zone RRSet
 *     actions</a>
 */
final class RrsetActionsHandler {
  private static final String BASE = "/zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/";
  private static final Set<String> RECORDS_ONLY = Set.of("records");
  private static final Set<String> RECORDS_AND_TTL = Set.of("records", "ttl");

  private final ZoneChanges changes;

  RrsetActionsHandler(ZoneChanges changes) {
    this.changes = changes;
  }

  void register(Router router) {
    router.add("POST", BASE + "set_records", this::setRecords);
    router.add("POST", BASE + "add_records", this::addRecords);
    router.add("POST", BASE + "remove_records", this::removeRecords);
    router.add("POST", BASE + "update_records", this::updateRecords);
    router.add("POST", BASE + "change_ttl", this::changeTtl);
    router.add("POST", BASE + "change_protection", this::changeProtection);
  }

  /**
   * What an action does to the zone's data, given the zone and its RRSet (empty when it does not
   * exist).
   */
  @FunctionalInterface
  private interface Change {
    ZoneData apply(ZoneEntry zone, Optional<Rrset> rrset);
  }

  /**
   * The common course of every RRSet action: find the primary zone, run {@code change} (which
   * validates and may refuse), check protection (unless the RRSet is new) and locks, commit.
   */
  private ApiResponse run(
      ApiRequest req, String command, boolean mustExist, int status, Change change) {
    RrsetKey key = RrsetsHandler.pathKey(req);
    return changes
        .store()
        .write(
            (Transaction tx) -> {
              ZoneEntry z = ZoneChanges.find(tx, req.param("id_or_name"));
              ZoneChanges.requirePrimary(z);
              Optional<Rrset> r = z.data().get(key);
              if (mustExist && r.isEmpty()) {
                throw ApiError.notFound("RRSet " + key.id() + " not found in zone " + z.name());
              }
              if (r.isPresent()
                  && r.get().changeProtected()
                  && !command.equals("change_rrset_protection")) {
                throw ApiError.protectedResource(
                    "RRSet "
                        + key.id()
                        + " is change protected;"
                        + " disable the protection first (change_protection)");
              }
              ZoneData data = change.apply(z, r);
              ZoneRules.checkRules(data, List.of(key), "rr_name", "records");
              ActionEntry a =
                  changes.commitData(
                      tx, z, data, command, Optional.of(key.id()), req.actionFails());
              return new ApiResponse(
                  status, Optional.of(ActionView.wrapped(a, tx.now())), Map.of());
            });
  }

  private ApiResponse setRecords(ApiRequest req) {
    Body b = req.json();
    b.rejectUnknown(RECORDS_ONLY);
    return run(
        req,
        "set_rrset_records",
        true,
        201,
        (z, r) -> {
          Rrset rrset = r.orElseThrow();
          List<RecordValue> records =
              Inputs.records(
                  b,
                  rrset.type(),
                  z.name(),
                  Inputs.MAX_RECORDS_PER_REQUEST,
                  Inputs.Comments.OPTIONAL,
                  true);
          if (ZoneRules.isApexNs(rrset.key())) {
            ZoneRules.checkAssignedNameservers(
                z.name(), changes.assigned(z.name()), records, "records");
          }
          return z.data().withRrset(rrset.withRecords(records));
        });
  }

  private ApiResponse addRecords(ApiRequest req) {
    Body b = req.json();
    b.rejectUnknown(RECORDS_AND_TTL);
    OptionalInt ttl = Inputs.ttl(b, "ttl");
    RrsetKey key = RrsetsHandler.pathKey(req);
    return run(
        req,
        "add_rrset_records",
        false,
        201,
        (z, r) -> {
          if (r.isEmpty()) {
            ZoneNames.checkRrsetName(key.name(), z.name(), "rr_name");
          }
          List<RecordValue> added =
              Inputs.records(
                  b,
                  key.type(),
                  z.name(),
                  Inputs.MAX_RECORDS_PER_REQUEST,
                  Inputs.Comments.OPTIONAL,
                  true);
          if (r.isEmpty()) {
            return z.data().withRrset(Rrset.of(key, ttl, added));
          }
          Rrset rrset = r.get();
          if (ttl.isPresent()
              && rrset.ttl().isPresent()
              && ttl.getAsInt() != rrset.ttl().getAsInt()) {
            throw ApiError.invalidInput(
                "ttl",
                "must be the RRSet's TTL "
                    + rrset.ttl().getAsInt()
                    + " (or left out); change the TTL with change_ttl");
          }
          Map<String, RecordValue> byValue = rrset.byCanonicalValue();
          List<RecordValue> all = new ArrayList<>(rrset.records());
          for (RecordValue v : added) {
            if (byValue.containsKey(ValueCanonicalizer.canonical(key.type(), v.value()))) {
              throw ApiError.invalidInput(
                  "records",
                  "record value '" + v.value() + "' already exists in RRSet " + key.id());
            }
            all.add(v);
          }
          Rrset changed = rrset.withRecords(all);
          if (ttl.isPresent()) {
            changed = changed.withTtl(ttl);
          }
          return z.data().withRrset(changed);
        });
  }

  private ApiResponse removeRecords(ApiRequest req) {
    Body b = req.json();
    b.rejectUnknown(RECORDS_ONLY);
    return run(
        req,
        "remove_rrset_records",
        true,
        201,
        (z, r) -> {
          Rrset rrset = r.orElseThrow();
          List<RecordValue> removed =
              Inputs.records(
                  b,
                  rrset.type(),
                  z.name(),
                  Inputs.MAX_RECORDS_PER_REQUEST,
                  Inputs.Comments.IGNORED,
                  false);
          Map<String, RecordValue> left = new LinkedHashMap<>(rrset.byCanonicalValue());
          for (RecordValue v : removed) {
            if (left.remove(ValueCanonicalizer.canonical(rrset.type(), v.value())) == null) {
              throw ApiError.invalidInput(
                  "records",
                  "record value '" + v.value() + "' is not in RRSet " + rrset.key().id());
            }
          }
          List<RecordValue> remaining = new ArrayList<>(left.values());
          if (ZoneRules.isSoa(rrset.key())) {
            throw ApiError.invalidInput(
                "records", "the SOA record is managed by Hetzner and cannot be removed");
          }
          if (ZoneRules.isApexNs(rrset.key())) {
            ZoneRules.checkAssignedNameservers(
                z.name(), changes.assigned(z.name()), remaining, "records");
          }
          return remaining.isEmpty()
              ? z.data().withoutRrset(rrset.key())
              : z.data().withRrset(rrset.withRecords(remaining));
        });
  }

  private ApiResponse updateRecords(ApiRequest req) {
    Body b = req.json();
    b.rejectUnknown(RECORDS_ONLY);
    return run(
        req,
        "update_rrset_records",
        true,
        200,
        (z, r) -> {
          Rrset rrset = r.orElseThrow();
          List<RecordValue> updates =
              Inputs.records(
                  b,
                  rrset.type(),
                  z.name(),
                  Inputs.MAX_RECORDS_PER_REQUEST,
                  Inputs.Comments.REQUIRED,
                  false);
          Map<String, RecordValue> byValue = new LinkedHashMap<>(rrset.byCanonicalValue());
          for (RecordValue u : updates) {
            String canonical = ValueCanonicalizer.canonical(rrset.type(), u.value());
            RecordValue old = byValue.get(canonical);
            if (old == null) {
              throw ApiError.invalidInput(
                  "records",
                  "record value '" + u.value() + "' is not in RRSet " + rrset.key().id());
            }
            byValue.put(canonical, old.withComment(u.comment()));
          }
          return z.data().withRrset(rrset.withRecords(new ArrayList<>(byValue.values())));
        });
  }

  private ApiResponse changeTtl(ApiRequest req) {
    Body b = req.json();
    b.rejectUnknown(Set.of("ttl"));
    if (!b.has("ttl")) {
      throw ApiError.invalidInput(
          "ttl", "is required (null resets the RRSet to the zone's default TTL)");
    }
    OptionalInt ttl = Inputs.ttl(b, "ttl");
    return run(
        req,
        "change_rrset_ttl",
        true,
        201,
        (z, r) -> z.data().withRrset(r.orElseThrow().withTtl(ttl)));
  }

  private ApiResponse changeProtection(ApiRequest req) {
    Body b = req.json();
    b.rejectUnknown(Set.of("change"));
    boolean change = b.requireBoolean("change");
    return run(
        req,
        "change_rrset_protection",
        true,
        201,
        (z, r) -> z.data().withRrset(r.orElseThrow().withChangeProtected(change)));
  }
}
