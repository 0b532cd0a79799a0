package dev.hzone.sync.plan;

import dev.hzone.dns.RrsetKey;
import dev.hzone.sync.remote.Operation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Splits a change's operations into waves that run one after another; the operations of one wave run at the
 * same time. Two operations on one RRSet, and any zone operation, never share a wave, so an RRSet's requests
 * keep their order (lift protection, set records, set TTL, protect) while the follow-ups of a zone import
 * (comments of many RRSets) go in parallel.
 */
public final class Waves {
  private Waves() {}

  /** {@code ops} in waves, in the order they run. */
  public static List<List<Operation>> of(List<Operation> ops) {
    List<List<Operation>> waves = new ArrayList<>();
    List<Operation> current = new ArrayList<>();
    Set<RrsetKey> keys = new HashSet<>();
    for (Operation op : ops) {
      Optional<RrsetKey> k = op.rrsetKey();
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

  /** How many of the waves hold an action to wait for: the poll rounds the change needs at least. */
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
