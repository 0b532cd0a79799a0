package dev.hzone.zonefile;

import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ZoneData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Turns what the builders of a file collected into a {@link ParsedZone}: all RRSets sorted into canonical
 * order at once (in parallel), RRSets that several chunks of a file saw combined in file order (TTLs
 * checked, duplicates dropped against their first occurrence), and the tree and positions built from the
 * sorted run in linear time.
 */
final class ZoneAssembly {
  private ZoneAssembly() {}

  /**
   * @param builders in file order; the first one's zone default TTL is the zone's
   * @throws ZoneFileException with every error and warning when there were errors
   */
  static ParsedZone assemble(List<ZoneBuilder> builders, List<String> header) {
    ZoneBuilder first = builders.get(0);
    List<Finding> errors = new ArrayList<>();
    for (ZoneBuilder b : builders) {
      errors.addAll(b.errors);
    }
    if (!errors.isEmpty()) {
      throw failure(errors, builders, List.of());
    }
    List<RrsetAccumulator[]> parts = builders.parallelStream().map(ZoneBuilder::rrsets).toList();
    int total = parts.stream().mapToInt(p -> p.length).sum();
    CanonicalOrder.Item[] items = new CanonicalOrder.Item[total];
    int n = 0;
    for (RrsetAccumulator[] p : parts) {
      for (RrsetAccumulator acc : p) {
        items[n++] = CanonicalOrder.item(acc);
      }
    }
    CanonicalOrder.sort(items);
    // Combine RRSets that more than one builder saw (stable sort: still in file order), and any whose
    // duplicates a chunk's builder kept for this step.
    ZoneBuilder combiner = new ZoneBuilder(first.zoneName, 0);
    List<RrsetAccumulator> sorted = new ArrayList<>(total);
    boolean deferred = builders.stream().anyMatch(b -> b.deferDuplicates);
    for (int i = 0; i < total; ) {
      int j = i + 1;
      while (j < total && CanonicalOrder.sameKey(items[j], items[i])) {
        j++;
      }
      RrsetAccumulator acc = items[i].acc();
      if (j - i > 1 || (deferred && acc.size() > 1)) {
        acc = combine(combiner, items, i, j);
      }
      sorted.add(acc);
      i = j;
    }
    if (combiner.hasErrors()) {
      throw failure(combiner.errors, builders, combiner.warnings);
    }
    RrsetKey[] keys = new RrsetKey[sorted.size()];
    String[] files = new String[sorted.size()];
    int[] lines = new int[sorted.size()];
    Rrset[] rrsets = new Rrset[sorted.size()];
    Map<Integer, OptionalInt> ttls = new HashMap<>();
    for (int k = 0; k < rrsets.length; k++) {
      RrsetAccumulator acc = sorted.get(k);
      OptionalInt ttl = acc.explicit ? ttls.computeIfAbsent(acc.ttl, OptionalInt::of) : OptionalInt.empty();
      rrsets[k] = Rrset.of(acc.key, ttl, acc.records());
      keys[k] = acc.key;
      files[k] = acc.file;
      lines[k] = acc.line;
    }
    List<Finding> warnings = new ArrayList<>();
    for (ZoneBuilder b : builders) {
      warnings.addAll(b.warnings);
    }
    warnings.addAll(combiner.warnings);
    warnings.sort(FindingFormatter.ORDER);
    OptionalInt defaultTtl = first.zoneDefaultTtl >= 0 ? OptionalInt.of(first.zoneDefaultTtl) : OptionalInt.empty();
    ZoneData zone = ZoneData.ofSorted(first.zoneName, defaultTtl, Arrays.asList(rrsets));
    return new ParsedZone(zone, new PositionMap(keys, files, lines), warnings, header);
  }

  /** One RRSet from the items {@code [from, to)} that share a key, records in file order. */
  private static RrsetAccumulator combine(ZoneBuilder combiner, CanonicalOrder.Item[] items, int from, int to) {
    RrsetAccumulator head = items[from].acc();
    RrsetAccumulator out = new RrsetAccumulator(head.key, head.file, head.line, head.ttl, head.explicit, head.get(0));
    for (int i = from; i < to; i++) {
      RrsetAccumulator acc = items[i].acc();
      for (int r = i == from ? 1 : 0; r < acc.size(); r++) {
        RecordValue v = acc.get(r);
        combiner.addTo(out, acc.ttl, acc.explicit, v, acc.file, acc.lineOf(r), false);
      }
    }
    return out;
  }

  private static ZoneFileException failure(List<Finding> errors, List<ZoneBuilder> builders, List<Finding> more) {
    List<Finding> all = new ArrayList<>(errors);
    for (ZoneBuilder b : builders) {
      all.addAll(b.warnings);
    }
    all.addAll(more);
    return new ZoneFileException(all);
  }
}
