package dev.hzone.zonefile;

import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ZoneData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Turns the records that the builders of a file collected (one builder, or one per chunk of a file read in
 * parallel, in file order) into a {@link ParsedZone}: the records sorted once into canonical order (stable,
 * so file order within an RRSet), grouped into RRSets with one TTL each (a conflict is an error naming both
 * lines) and duplicates dropped with a warning naming the first, then the tree built in linear time.
 */
final class ZoneAssembly {
  private ZoneAssembly() {}

  /**
   * @param builders in file order; the first one's zone default TTL is the zone's
   * @throws ZoneFileException with every error and warning, by file and line, when there were errors
   */
  static ParsedZone assemble(List<ZoneBuilder> builders, List<String> header) {
    ZoneBuilder first = builders.get(0);
    List<Finding> errors = new ArrayList<>();
    List<Finding> warnings = new ArrayList<>();
    for (ZoneBuilder b : builders) {
      errors.addAll(b.errors);
      warnings.addAll(b.warnings);
    }
    // Errors do not stop the assembly: the records that were read still make a zone, so that the TTL checks
    // below and the lint rules report their errors in the same run as the syntax errors.
    List<RecordTable> tables = new ArrayList<>();
    for (ZoneBuilder b : builders) {
      tables.add(b.records);
    }
    RecordTable t = RecordTable.concat(tables);
    int[] order = IndexSort.sort(t.size, (a, b) -> {
      int c = RrsetKey.compareNames(t.names[a], t.names[b]);
      return c != 0 ? c : Integer.compare(t.types[a].code(), t.types[b].code());
    });
    List<Rrset> rrsets = new ArrayList<>();
    List<RrsetKey> keys = new ArrayList<>();
    List<String> files = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    Map<Integer, OptionalInt> ttls = new HashMap<>();
    for (int i = 0; i < order.length; ) {
      int head = order[i];
      int j = i + 1;
      while (j < order.length && t.types[order[j]] == t.types[head] && t.names[order[j]].equals(t.names[head])) {
        j++;
      }
      RrsetKey key = RrsetKey.of(t.names[head], t.types[head]);
      boolean explicit = t.explicit[head];
      List<RecordValue> values;
      if (j - i == 1) {
        values = List.of(new RecordValue(t.values[head], t.comments[head]));
      } else {
        values = group(t, order, i, j, key, errors, warnings);
        for (int k = i; k < j; k++) {
          explicit |= t.explicit[order[k]] && t.ttls[order[k]] == t.ttls[head];
        }
      }
      OptionalInt ttl = explicit ? ttls.computeIfAbsent(t.ttls[head], OptionalInt::of) : OptionalInt.empty();
      rrsets.add(Rrset.of(key, ttl, values));
      keys.add(key);
      files.add(t.files[head]);
      lines.add(t.lines[head]);
      i = j;
    }
    warnings.sort(FindingFormatter.ORDER);
    OptionalInt defaultTtl = first.zoneDefaultTtl >= 0 ? OptionalInt.of(first.zoneDefaultTtl) : OptionalInt.empty();
    ZoneData zone = ZoneData.ofSorted(first.zoneName, defaultTtl, rrsets);
    int[] lineArray = new int[lines.size()];
    for (int k = 0; k < lineArray.length; k++) {
      lineArray[k] = lines.get(k);
    }
    ParsedZone parsed = new ParsedZone(zone, new PositionMap(keys.toArray(RrsetKey[]::new),
        files.toArray(String[]::new), lineArray), warnings, header);
    if (!errors.isEmpty()) {
      throw failure(errors, warnings, parsed);
    }
    return parsed;
  }

  /**
   * The records of one RRSet, {@code order[from, to)}, in file order: a record whose TTL differs from the
   * first's is an error, a repeated value a warning; both are left out.
   */
  private static List<RecordValue> group(RecordTable t, int[] order, int from, int to, RrsetKey key,
      List<Finding> errors, List<Finding> warnings) {
    int head = order[from];
    List<RecordValue> out = new ArrayList<>(to - from);
    List<Integer> outLines = new ArrayList<>(to - from);
    Set<String> seen = to - from > 8 ? new HashSet<>() : null;
    for (int k = from; k < to; k++) {
      int r = order[k];
      if (t.ttls[r] != t.ttls[head]) {
        errors.add(Finding.error(new SourcePosition(t.files[r], t.lines[r]), "ttl-conflict",
            "TTL " + t.ttls[r] + " differs from TTL " + t.ttls[head] + " of the same RRSet " + key.id() + " at "
                + new SourcePosition(t.files[head], t.lines[head])
                + ": an RRSet has one TTL, give all its records the same TTL"));
        continue;
      }
      int dup = seen != null && !seen.contains(t.values[r]) ? -1 : indexOf(out, t.values[r]);
      if (dup >= 0) {
        warnings.add(Finding.warning(new SourcePosition(t.files[r], t.lines[r]), "duplicate",
            "duplicate record " + key.id() + " " + t.values[r] + " (same as line " + outLines.get(dup) + ") dropped"));
        continue;
      }
      out.add(new RecordValue(t.values[r], t.comments[r]));
      outLines.add(t.lines[r]);
      if (seen != null) {
        seen.add(t.values[r]);
      }
    }
    return Arrays.asList(out.toArray(RecordValue[]::new));
  }

  private static int indexOf(List<RecordValue> values, String value) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).value().equals(value)) {
        return i;
      }
    }
    return -1;
  }

  private static ZoneFileException failure(List<Finding> errors, List<Finding> warnings, ParsedZone partial) {
    List<Finding> all = new ArrayList<>(errors);
    all.sort(FindingFormatter.ORDER);
    List<Finding> w = new ArrayList<>(warnings);
    w.sort(FindingFormatter.ORDER);
    all.addAll(w);
    return new ZoneFileException(all, partial);
  }
}
