package dev.hzone.sync.plan;

import dev.hzone.dns.RrsetKey;
import dev.hzone.sync.remote.Operation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When operations run. Within a change, its operations go in waves that run one after another; the
 * operations of one wave run at the same time. Two operations on one RRSet never share a wave, so
 * an RRSet's requests keep their order (lift protection, set records, set TTL, protect); zone
 * creation and zone-file import stand alone, since what follows them works on what they made.
 * Everything else goes together: the API locks no DNS operation against another (ledger L-LOCK; the
 * Terraform provider sends a zone's {@code change_ttl}, {@code change_primary_nameservers} and
 * {@code change_protection} before waiting for any), so the zone's settings change side by side and
 * the follow-ups of an import (comments of many RRSets) go in parallel. Within a zone, {@link
 * #phases} says which changes wait for others.
 */
public final class Waves {
  private Waves() {}

  /** {@code ops} in waves, in the order they run. */
  public static List<List<Operation>> of(List<Operation> ops) {
    List<List<Operation>> waves = new ArrayList<>();
    List<Operation> current = new ArrayList<>();
    Set<Object> keys = new HashSet<>();
    for (Operation op : ops) {
      Optional<Object> k = lane(op);
      if (k.isEmpty() || keys.contains(k.get())) {
        if (!current.isEmpty()) {
          waves.add(current);
          current = new ArrayList<>();
          keys.clear();
        }
        if (k.isEmpty()) {
          waves.add(List.of(op));
          continue;
        }
      }
      current.add(op);
      keys.add(k.get());
    }
    if (!current.isEmpty()) {
      waves.add(current);
    }
    return waves;
  }

  /**
   * What an operation must keep its order with: its RRSet, or the zone setting it changes; empty
   * for an operation that stands alone (zone creation, zone-file import).
   */
  private static Optional<Object> lane(Operation op) {
    Optional<RrsetKey> k = op.rrsetKey();
    if (k.isPresent()) {
      return Optional.of(k.get());
    }
    if (op instanceof Operation.ChangeZoneTtl
        || op instanceof Operation.SetZoneLabels
        || op instanceof Operation.ChangeZoneProtection
        || op instanceof Operation.SetPrimaries) {
      return Optional.of(op.getClass());
    }
    return Optional.empty();
  }

  /**
   * The phase each change of {@code zone} runs in, by index into its changes: phase 0 (zone
   * creation) ends before anything else starts. An RRSet create or update waits for phase 1
   * (deletes, zone settings, import) only where it must: when an import runs, or when an RRSet at
   * its name is deleted, since a CNAME stands alone at its name (RFC 1034 §3.6.2) and the old data
   * must be gone first. Otherwise it runs with phase 1, as nothing else orders them (ledger
   * L-LOCK).
   */
  public static int[] phases(ZonePlan zone) {
    List<Change> changes = zone.changes();
    Set<String> deletedNames = new HashSet<>();
    boolean importing = false;
    for (Change c : changes) {
      if (c.operations().isEmpty()) {
        continue;
      }
      if (c instanceof Change.DeleteRrset d) {
        deletedNames.add(d.before().key().name());
      } else if (c instanceof Change.ImportZone) {
        importing = true;
      }
    }
    int[] out = new int[changes.size()];
    for (int i = 0; i < out.length; i++) {
      Change c = changes.get(i);
      out[i] = c.phase();
      if (c.phase() == 2 && !importing && !deletedNames.contains(nameOf(c))) {
        out[i] = 1;
      }
    }
    return out;
  }

  private static String nameOf(Change c) {
    if (c instanceof Change.CreateRrset cr) {
      return cr.after().key().name();
    }
    if (c instanceof Change.UpdateRrset u) {
      return u.after().key().name();
    }
    throw new IllegalArgumentException("not an RRSet create or update: " + c.subject());
  }

  /**
   * How many of the waves hold an action to wait for: the poll rounds the change needs at least.
   */
  static int actionWaves(List<Operation> ops) {
    int n = 0;
    for (List<Operation> w : of(ops)) {
      if (w.stream().anyMatch(Operation::returnsAction)) {
        n++;
      }
    }
    return n;
  }
}
