package dev.hzone.zonefile;

import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.RrsetTable;
import dev.hzone.dns.ZoneData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Turns the records that the builders of a file collected (one builder, or one per chunk of a file read in
 * parallel, in file order) into a {@link ParsedZone}: the records sorted once into canonical order (stable,
 * so file order within an RRSet), grouped into RRSets with one TTL each (a conflict is an error naming both
 * lines) and duplicates dropped with a warning naming the first, into an {@link RrsetTable} that keeps the
 * records' text as the parsers wrote it.
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
      return c != 0 ? c : Integer.compare(t.type(a).code(), t.type(b).code());
    });
    RrsetTable.Builder rrsets = RrsetTable.builder(t.text, t.size, t.size);
    String[] files = new String[t.size];
    int[] lines = new int[t.size];
    int count = 0;
    int[] kept = new int[16];
    for (int i = 0; i < order.length; ) {
      int head = order[i];
      int j = i + 1;
      while (j < order.length && t.types[order[j]] == t.types[head] && t.names[order[j]].equals(t.names[head])) {
        j++;
      }
      boolean explicit = t.explicit[head];
      int n = 1;
      if (j - i == 1) {
        kept[0] = head;
      } else {
        if (kept.length < j - i) {
          kept = new int[j - i];
        }
        n = group(t, order, i, j, kept, errors, warnings);
        for (int k = i; k < j; k++) {
          explicit |= t.explicit[order[k]] && t.ttls[order[k]] == t.ttls[head];
        }
      }
      rrsets.rrset(t.names[head], t.type(head), explicit ? OptionalInt.of(t.ttls[head]) : OptionalInt.empty());
      for (int k = 0; k < n; k++) {
        int r = kept[k];
        rrsets.record(t.start[r], t.commentStart[r], t.start[r + 1]);
      }
      files[count] = t.files[head];
      lines[count] = t.lines[head];
      count++;
      i = j;
    }
    warnings.sort(FindingFormatter.ORDER);
    OptionalInt defaultTtl = first.zoneDefaultTtl >= 0 ? OptionalInt.of(first.zoneDefaultTtl) : OptionalInt.empty();
    RrsetTable table = rrsets.build();
    ZoneData zone = new ZoneData(first.zoneName, defaultTtl, table);
    ParsedZone parsed = new ParsedZone(zone, new PositionMap(table, files, lines), warnings, header);
    if (!errors.isEmpty()) {
      throw failure(errors, warnings, parsed);
    }
    return parsed;
  }

  /**
   * The records of one RRSet, {@code order[from, to)}, in file order, into {@code kept}; returns how many: a
   * record whose TTL differs from the first's is an error, a repeated value a warning; both are left out.
   */
  private static int group(RecordTable t, int[] order, int from, int to, int[] kept, List<Finding> errors,
      List<Finding> warnings) {
    int head = order[from];
    RrsetKey key = RrsetKey.of(t.names[head], t.type(head));
    int n = 0;
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
      int dup = seen != null && seen.add(t.value(r)) ? -1 : indexOf(t, kept, n, r);
      if (dup >= 0) {
        warnings.add(Finding.warning(new SourcePosition(t.files[r], t.lines[r]), "duplicate",
            "duplicate record " + key.id() + " " + t.value(r) + " (same as line " + t.lines[kept[dup]]
                + ") dropped"));
        continue;
      }
      kept[n++] = r;
    }
    return n;
  }

  /** Where among {@code kept[0, n)} a record with the value of record {@code r} is, or -1. */
  private static int indexOf(RecordTable t, int[] kept, int n, int r) {
    for (int i = 0; i < n; i++) {
      if (t.sameValue(kept[i], r)) {
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
