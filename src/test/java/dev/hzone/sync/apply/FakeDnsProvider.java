package dev.hzone.sync.apply;

import dev.hzone.api.ApiException;
import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ZoneData;
import dev.hzone.sync.ZoneAttributes;
import dev.hzone.sync.remote.ActionState;
import dev.hzone.sync.remote.DnsProvider;
import dev.hzone.sync.remote.Operation;
import dev.hzone.sync.remote.ZoneInfo;
import dev.hzone.zonefile.ZoneFileReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * An in-memory {@link DnsProvider} with the API's semantics for every operation (zone files drop
 * comments, add_records creates, remove_records deletes an emptied RRSet, protection refuses
 * changes), a request log, actions that stay running for a given number of polls, and injectable
 * failures.
 */
final class FakeDnsProvider implements DnsProvider {
  private final Map<String, ZoneInfo> infos = new HashMap<>();
  private final Map<String, TreeMap<RrsetKey, Rrset>> records = new HashMap<>();
  private final Map<Long, Integer> running = new HashMap<>();
  private final Map<Long, ActionState> finished = new HashMap<>();
  private final List<String> log = new ArrayList<>();
  private final List<List<Long>> polled = new ArrayList<>();
  private final AtomicLong requests = new AtomicLong();
  private long nextAction = 1;
  private long nextZone = 100;

  /** Polls an action stays running for (0: finished in the response). */
  int pollsRunning = 0;

  /**
   * Finished actions the fake drops from its history instead of answering (as the emulator prunes
   * them).
   */
  boolean forgetFinished = false;

  /** Zones whose export fails. */
  Predicate<String> failExport = zone -> false;

  /** Operations whose request fails. */
  Predicate<Operation> failRequest = op -> false;

  /** Operations whose action ends in error. */
  Predicate<Operation> failAction = op -> false;

  /**
   * Operations whose request meets a 500 server_error, which the client's policy lets the applier
   * send again.
   */
  Predicate<Operation> serverError = op -> false;

  /** Adds an existing primary zone with these records (its $TTL the zone TTL). */
  synchronized FakeDnsProvider with(ZoneData zone) {
    ZoneAttributes a =
        new ZoneAttributes(
            ZoneMode.PRIMARY, zone.defaultTtl().orElse(3600), Map.of(), false, List.of());
    infos.put(
        zone.name(),
        new ZoneInfo(
            nextZone++,
            zone.name(),
            a,
            dev.hzone.api.cloud.Zone.AuthoritativeNameservers.HETZNER_DEFAULTS));
    records.put(zone.name(), new TreeMap<>(zone.rrsets()));
    return this;
  }

  synchronized FakeDnsProvider withRrset(String zone, Rrset r) {
    records.get(zone).put(r.key(), r);
    return this;
  }

  synchronized FakeDnsProvider withoutRrset(String zone, RrsetKey key) {
    records.get(zone).remove(key);
    return this;
  }

  synchronized ZoneData state(String zone) {
    return new ZoneData(
        zone, OptionalInt.of(infos.get(zone).attributes().ttl()), records.get(zone));
  }

  synchronized ZoneInfo info(String zone) {
    return infos.get(zone);
  }

  synchronized List<String> log() {
    return List.copyOf(log);
  }

  /** The action ids of every poll, in order. */
  synchronized List<List<Long>> polled() {
    return List.copyOf(polled);
  }

  synchronized void clearLog() {
    log.clear();
  }

  @Override
  public synchronized Optional<ZoneInfo> findZone(String name) {
    request("GET /zones/" + name);
    return Optional.ofNullable(infos.get(name));
  }

  @Override
  public synchronized List<ZoneInfo> listZones() {
    request("GET /zones");
    return new ArrayList<>(infos.values());
  }

  @Override
  public synchronized ZoneData exportZone(ZoneInfo zone) {
    request("GET /zones/" + zone.name() + "/zonefile");
    if (failExport.test(zone.name())) {
      throw new IllegalStateException("503 unavailable: injected");
    }
    // As the API's export: a TTL on every line (the zone TTL where the RRSet has none), no labels
    // or protection.
    ZoneData all = state(zone.name());
    int zoneTtl = all.defaultTtl().orElse(ZoneAttributes.DEFAULT_TTL);
    List<Rrset> lines = new ArrayList<>();
    for (Rrset r : all.rrsets().values()) {
      lines.add(Rrset.of(r.key(), OptionalInt.of(r.ttl().orElse(zoneTtl)), r.records()));
    }
    return ZoneData.of(all.name(), all.defaultTtl(), lines);
  }

  @Override
  public synchronized ZoneData listRrsets(ZoneInfo zone) {
    int pages = Math.max(1, (records.get(zone.name()).size() + 99) / 100);
    for (int i = 1; i <= pages; i++) {
      request("GET /zones/" + zone.name() + "/rrsets?page=" + i);
    }
    return state(zone.name());
  }

  @Override
  public synchronized Optional<ActionState> execute(String zone, Operation op) {
    request("POST " + zone + " " + op.apiName() + op.rrsetKey().map(k -> " " + k.id()).orElse(""));
    if (failRequest.test(op)) {
      throw new IllegalStateException("422 invalid_input: injected failure");
    }
    if (serverError.test(op)) {
      throw new ApiException(
          500, "server_error", "injected server error", List.of(), List.of(), Optional.empty());
    }
    boolean actionFails = op.returnsAction() && failAction.test(op);
    if (!actionFails) {
      apply(zone, op); // an action that ends in error changes nothing, as at the API
    }
    if (!op.returnsAction()) {
      return Optional.empty();
    }
    long id = nextAction++;
    ActionState end =
        actionFails ? ActionState.error(id, "action_failed", "injected") : ActionState.success(id);
    if (pollsRunning == 0) {
      return Optional.of(end);
    }
    running.put(id, pollsRunning);
    finished.put(id, end);
    return Optional.of(ActionState.running(id));
  }

  @Override
  public synchronized Map<Long, ActionState> pollActions(Collection<Long> ids) {
    request("GET /actions " + ids.size());
    polled.add(List.copyOf(ids));
    Map<Long, ActionState> out = new HashMap<>();
    for (Long id : ids) {
      Integer left = running.get(id);
      if (left == null) {
        continue;
      }
      if (left <= 1) {
        running.remove(id);
        if (!forgetFinished) {
          out.put(id, finished.get(id));
        }
      } else {
        running.put(id, left - 1);
        out.put(id, ActionState.running(id));
      }
    }
    return out;
  }

  @Override
  public long requestsSent() {
    return requests.get();
  }

  @Override
  public OptionalInt rateLimitRemaining() {
    return OptionalInt.of((int) (3600 - requests.get()));
  }

  private void request(String line) {
    requests.incrementAndGet();
    log.add(line);
  }

  private void apply(String zone, Operation op) {
    if (op instanceof Operation.CreateZone c) {
      if (infos.containsKey(c.zone())) {
        throw new IllegalStateException("409 uniqueness_error: zone exists");
      }
      ZoneAttributes a = c.attributes();
      TreeMap<RrsetKey, Rrset> rr = new TreeMap<>();
      int ttl = a.ttl();
      if (c.zonefile().isPresent()) {
        ZoneData d = new ZoneFileReader().parse(c.zonefile().get(), "create", c.zone()).zone();
        rr.putAll(withoutComments(d).rrsets());
        ttl = d.defaultTtl().orElse(ttl);
      }
      infos.put(
          c.zone(),
          new ZoneInfo(
              nextZone++,
              c.zone(),
              a.withTtl(ttl).withDeleteProtected(false),
              dev.hzone.api.cloud.Zone.AuthoritativeNameservers.HETZNER_DEFAULTS));
      records.put(c.zone(), rr);
      return;
    }
    ZoneInfo info = infos.get(zone);
    if (info == null) {
      throw new IllegalStateException("404 not_found: zone " + zone);
    }
    TreeMap<RrsetKey, Rrset> rr = records.get(zone);
    if (op instanceof Operation.ImportZonefile i) {
      ZoneData d = new ZoneFileReader().parse(i.zonefile(), "import", zone).zone();
      if (rr.values().stream().anyMatch(Rrset::changeProtected)) {
        throw new IllegalStateException("423 protected");
      }
      rr.clear();
      rr.putAll(withoutComments(d).rrsets());
      d.defaultTtl()
          .ifPresent(t -> infos.put(zone, withAttributes(info, info.attributes().withTtl(t))));
    } else if (op instanceof Operation.ChangeZoneTtl t) {
      infos.put(zone, withAttributes(info, info.attributes().withTtl(t.ttl())));
    } else if (op instanceof Operation.SetZoneLabels l) {
      infos.put(zone, withAttributes(info, info.attributes().withLabels(l.labels())));
    } else if (op instanceof Operation.ChangeZoneProtection p) {
      infos.put(zone, withAttributes(info, info.attributes().withDeleteProtected(p.delete())));
    } else if (op instanceof Operation.SetPrimaries p) {
      infos.put(zone, withAttributes(info, info.attributes().withPrimaries(p.primaries())));
    } else {
      rrsetOperation(rr, op);
    }
  }

  private static void rrsetOperation(TreeMap<RrsetKey, Rrset> rr, Operation op) {
    RrsetKey key = op.rrsetKey().orElseThrow();
    Rrset have = rr.get(key);
    if (have != null
        && have.changeProtected()
        && !(op instanceof Operation.ChangeRrsetProtection)) {
      throw new IllegalStateException("423 protected: " + key);
    }
    if (op instanceof Operation.CreateRrset c) {
      if (have != null) {
        throw new IllegalStateException("409 uniqueness_error: " + key);
      }
      rr.put(key, c.rrset());
      return;
    }
    if (op instanceof Operation.AddRecords a) {
      Rrset base = have != null ? have : Rrset.of(key, OptionalInt.empty(), List.of());
      List<RecordValue> values = new ArrayList<>(base.records());
      Map<String, RecordValue> canon = base.byCanonicalValue();
      for (RecordValue v : a.records()) {
        if (!canon.containsKey(dev.hzone.dns.ValueCanonicalizer.canonical(key.type(), v.value()))) {
          values.add(v);
        }
      }
      rr.put(key, base.withRecords(values));
      return;
    }
    if (have == null) {
      throw new IllegalStateException("404 not_found: " + key);
    }
    if (op instanceof Operation.DeleteRrset) {
      rr.remove(key);
    } else if (op instanceof Operation.RemoveRecords r) {
      List<RecordValue> values = new ArrayList<>();
      for (RecordValue v : have.records()) {
        if (r.records().stream()
            .noneMatch(
                x -> dev.hzone.dns.ValueCanonicalizer.same(key.type(), x.value(), v.value()))) {
          values.add(v);
        }
      }
      if (values.isEmpty()) {
        rr.remove(key);
      } else {
        rr.put(key, have.withRecords(values));
      }
    } else if (op instanceof Operation.SetRecords s) {
      rr.put(key, have.withRecords(s.records()));
    } else if (op instanceof Operation.UpdateRecords u) {
      List<RecordValue> values = new ArrayList<>();
      for (RecordValue v : have.records()) {
        RecordValue nv = v;
        for (RecordValue x : u.records()) {
          if (dev.hzone.dns.ValueCanonicalizer.same(key.type(), x.value(), v.value())) {
            nv = v.withComment(x.comment());
          }
        }
        values.add(nv);
      }
      rr.put(key, have.withRecords(values));
    } else if (op instanceof Operation.ChangeRrsetTtl t) {
      rr.put(key, have.withTtl(t.ttl()));
    } else if (op instanceof Operation.SetRrsetLabels l) {
      rr.put(key, have.withLabels(l.labels()));
    } else if (op instanceof Operation.ChangeRrsetProtection p) {
      rr.put(key, have.withChangeProtected(p.change()));
    }
  }

  private static ZoneData withoutComments(ZoneData d) {
    TreeMap<RrsetKey, Rrset> out = new TreeMap<>();
    for (Rrset r : d.rrsets().values()) {
      List<RecordValue> v = new ArrayList<>();
      for (RecordValue x : r.records()) {
        v.add(x.withComment(""));
      }
      out.put(r.key(), r.withRecords(v));
    }
    return new ZoneData(d.name(), d.defaultTtl(), out);
  }

  private static ZoneInfo withAttributes(ZoneInfo i, ZoneAttributes a) {
    return new ZoneInfo(i.id(), i.name(), a, i.assignedNameservers());
  }
}
