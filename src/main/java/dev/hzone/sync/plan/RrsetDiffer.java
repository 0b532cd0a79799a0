package dev.hzone.sync.plan;

import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.sync.remote.Operation;
import dev.hzone.sync.remote.ReadMethod;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.BiFunction;

/**
 * The cheapest correct requests that turn one RRSet into another: {@code add_records} when only
 * values are added, {@code remove_records} when only values go, {@code set_records} otherwise (or
 * when it is cheaper), {@code update_records} when only comments change, {@code change_ttl}, a
 * labels {@code PUT}, and change protection lifted first and set again last. Lists of more than 50
 * records are sent in batches.
 */
final class RrsetDiffer {
  private final boolean exactTtls;
  private final int remoteZoneTtl;
  private final int desiredZoneTtl;

  /**
   * @param exactTtls whether remote TTLs tell "inherit" from "explicit" (see {@link
   *     ReadMethod#exactTtls()}); when not, TTLs are compared by the value resolvers see
   * @param remoteZoneTtl the zone TTL now
   * @param desiredZoneTtl the zone TTL after the plan
   */
  RrsetDiffer(boolean exactTtls, int remoteZoneTtl, int desiredZoneTtl) {
    this.exactTtls = exactTtls;
    this.remoteZoneTtl = remoteZoneTtl;
    this.desiredZoneTtl = desiredZoneTtl;
  }

  /** Create (at most 50 records), then add the rest in batches, then protect if wanted. */
  List<Operation> create(Rrset after) {
    List<Operation> ops = new ArrayList<>();
    List<List<RecordValue>> batches = batches(after.records());
    ops.add(
        new Operation.CreateRrset(after.withRecords(batches.get(0)).withChangeProtected(false)));
    for (int i = 1; i < batches.size(); i++) {
      ops.add(new Operation.AddRecords(after.key(), batches.get(i)));
    }
    if (after.changeProtected()) {
      ops.add(new Operation.ChangeRrsetProtection(after.key(), true));
    }
    return ops;
  }

  /** Delete, lifting change protection first. */
  List<Operation> delete(Rrset before) {
    List<Operation> ops = new ArrayList<>();
    if (before.changeProtected()) {
      ops.add(new Operation.ChangeRrsetProtection(before.key(), false));
    }
    ops.add(new Operation.DeleteRrset(before.key()));
    return ops;
  }

  /** The requests from {@code before} to {@code after}; empty when they are the same. */
  List<Operation> update(Rrset before, Rrset after) {
    RrsetKey key = after.key();
    List<Operation> ops = new ArrayList<>(valueOperations(before, after));
    if (!sameTtl(before.ttl(), after.ttl())) {
      ops.add(new Operation.ChangeRrsetTtl(key, after.ttl()));
    }
    if (!before.labels().equals(after.labels())) {
      ops.add(new Operation.SetRrsetLabels(key, after.labels()));
    }
    boolean unprotect = before.changeProtected() && (blocked(ops) || !after.changeProtected());
    if (unprotect) {
      ops.add(0, new Operation.ChangeRrsetProtection(key, false));
    }
    if (after.changeProtected() && (unprotect || !before.changeProtected())) {
      ops.add(new Operation.ChangeRrsetProtection(key, true));
    }
    return ops;
  }

  /**
   * Whether change protection refuses one of {@code ops}: it guards records, TTL and existence, not
   * labels, which the API changes on a protected RRSet (ledger L-PROTECTION-SCOPE).
   */
  static boolean blocked(List<Operation> ops) {
    for (Operation op : ops) {
      if (!(op instanceof Operation.SetRrsetLabels)
          && !(op instanceof Operation.ChangeRrsetProtection)) {
        return true;
      }
    }
    return false;
  }

  /** Whether two TTLs are the same, exactly or as resolvers see them (see the constructor). */
  boolean sameTtl(OptionalInt before, OptionalInt after) {
    if (before.equals(after)) {
      return true;
    }
    return !exactTtls && before.orElse(remoteZoneTtl) == after.orElse(desiredZoneTtl);
  }

  private static List<Operation> valueOperations(Rrset before, Rrset after) {
    if (before.records().size() == after.records().size()
        && new HashSet<>(before.records()).containsAll(after.records())) {
      // The same text is the same record; only differing text needs the (costlier) canonical
      // comparison.
      return List.of();
    }
    Map<String, RecordValue> b = before.byCanonicalValue();
    Map<String, RecordValue> a = after.byCanonicalValue();
    List<RecordValue> added = new ArrayList<>();
    List<RecordValue> commented = new ArrayList<>();
    a.forEach(
        (canon, v) -> {
          RecordValue old = b.get(canon);
          if (old == null) {
            added.add(v);
          } else if (!Objects.equals(old.comment(), v.comment())) {
            commented.add(new RecordValue(old.value(), v.comment()));
          }
        });
    List<RecordValue> removed = new ArrayList<>();
    b.forEach(
        (canon, v) -> {
          if (!a.containsKey(canon)) {
            removed.add(v);
          }
        });
    if (added.isEmpty() && removed.isEmpty() && commented.isEmpty()) {
      return List.of();
    }
    int piecewise = batchCount(added) + batchCount(removed) + batchCount(commented);
    boolean setFits = after.records().size() <= Operation.MAX_RECORDS_PER_REQUEST;
    // A singleton (CNAME, SOA) cannot hold old and new value at once, so a replacement is always a
    // set.
    boolean mustSet = after.type().isSingleton() && !added.isEmpty() && !removed.isEmpty();
    if (setFits && (mustSet || 1 < piecewise)) {
      return List.of(new Operation.SetRecords(after.key(), after.records()));
    }
    List<Operation> ops = new ArrayList<>();
    addBatches(ops, added, (k, r) -> new Operation.AddRecords(k, r), after.key());
    addBatches(ops, removed, (k, r) -> new Operation.RemoveRecords(k, r), after.key());
    addBatches(ops, commented, (k, r) -> new Operation.UpdateRecords(k, r), after.key());
    return ops;
  }

  private static void addBatches(
      List<Operation> ops,
      List<RecordValue> records,
      BiFunction<RrsetKey, List<RecordValue>, Operation> op,
      RrsetKey key) {
    if (!records.isEmpty()) {
      for (List<RecordValue> batch : batches(records)) {
        ops.add(op.apply(key, batch));
      }
    }
  }

  private static int batchCount(List<RecordValue> records) {
    return (records.size() + Operation.MAX_RECORDS_PER_REQUEST - 1)
        / Operation.MAX_RECORDS_PER_REQUEST;
  }

  static List<List<RecordValue>> batches(List<RecordValue> records) {
    List<List<RecordValue>> out = new ArrayList<>();
    for (int i = 0; i < records.size(); i += Operation.MAX_RECORDS_PER_REQUEST) {
      out.add(records.subList(i, Math.min(records.size(), i + Operation.MAX_RECORDS_PER_REQUEST)));
    }
    if (out.isEmpty()) {
      out.add(List.of());
    }
    return out;
  }
}
