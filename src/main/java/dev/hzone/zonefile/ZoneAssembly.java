package dev.hzone.zonefile;

import dev.hzone.dns.OpaqueRrset;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.RrsetTable;
import dev.hzone.dns.ZoneData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Turns the records that the builders of a file collected (one builder, or one per chunk of a file
 * read in parallel, in file order) into a {@link ParsedZone}: the records sorted once into
 * canonical order (stable, so file order within an RRSet), grouped into RRSets with one TTL each (a
 * conflict is an error naming both lines) and duplicates dropped with a warning naming the first,
 * into an {@link RrsetTable} that keeps the records' text as the parsers wrote it.
 */
final class ZoneAssembly {
  private ZoneAssembly() {}

  /**
   * @param builders in file order; the first one's zone default TTL is the zone's
   * @throws ZoneFileException with every error and warning, by file and line, when there were
   *     errors
   */
  static ParsedZone assemble(List<ZoneBuilder> builders, List<String> header) {
    ZoneBuilder first = builders.get(0);
    List<Finding> errors = new ArrayList<>();
    List<Finding> warnings = new ArrayList<>();
    for (ZoneBuilder b : builders) {
      errors.addAll(b.errors);
      warnings.addAll(b.warnings);
    }
    // Errors do not stop the assembly: the records that were read still make a zone, so that the
    // TTL checks
    // below and the lint rules report their errors in the same run as the syntax errors.
    List<RecordTable> tables = new ArrayList<>();
    for (ZoneBuilder b : builders) {
      tables.add(b.records);
    }
    Joined t = new Joined(tables);
    // Most comparisons of the sort are settled by the names' first 16 bytes, as two numbers:
    // cheaper than comparing the names label by label, which was half the CPU time of assembling a
    // million records.
    long[] prefix = new long[2 * t.size];
    for (int i = 0; i < t.size; i++) {
      prefix[2 * i] = RrsetKey.orderPrefix(t.names[i], 0);
      prefix[2 * i + 1] = RrsetKey.orderPrefix(t.names[i], 1);
    }
    int[] order =
        IndexSort.sort(
            t.size,
            (a, b) -> {
              int c = Long.compareUnsigned(prefix[2 * a], prefix[2 * b]);
              if (c == 0) {
                c = Long.compareUnsigned(prefix[2 * a + 1], prefix[2 * b + 1]);
              }
              if (c != 0) {
                return c;
              }
              c = RrsetKey.compareNames(t.names[a], t.names[b]);
              return c != 0 ? c : Integer.compare(t.type(a).code(), t.type(b).code());
            });
    List<byte[]> texts = new ArrayList<>();
    for (RecordTable table : tables) {
      table.trimText();
      texts.add(table.text);
    }
    RrsetTable.Builder rrsets = RrsetTable.builder(texts, t.size, t.size);
    String[] files = new String[t.size];
    int[] lines = new int[t.size];
    int count = 0;
    int[] kept = new int[16];
    for (int i = 0; i < order.length; ) {
      int head = order[i];
      int j = i + 1;
      while (j < order.length
          && t.types[order[j]] == t.types[head]
          && t.names[order[j]].equals(t.names[head])) {
        j++;
      }
      boolean explicit = t.explicit(head);
      int n = 1;
      if (j - i == 1) {
        kept[0] = head;
      } else {
        if (kept.length < j - i) {
          kept = new int[j - i];
        }
        n = group(t, order, i, j, kept, errors, warnings);
        for (int k = i; k < j; k++) {
          explicit |= t.explicit(order[k]) && t.ttl(order[k]) == t.ttl(head);
        }
      }
      rrsets.rrset(
          t.names[head],
          t.type(head),
          explicit ? OptionalInt.of(t.ttl(head)) : OptionalInt.empty());
      for (int k = 0; k < n; k++) {
        t.addTo(rrsets, kept[k]);
      }
      files[count] = t.file(head);
      lines[count] = t.line(head);
      count++;
      i = j;
    }
    warnings.sort(FindingFormatter.ORDER);
    OptionalInt defaultTtl =
        first.zoneDefaultTtl >= 0 ? OptionalInt.of(first.zoneDefaultTtl) : OptionalInt.empty();
    RrsetTable table = rrsets.build();
    ZoneData zone = new ZoneData(first.zoneName, defaultTtl, table, opaque(builders));
    ParsedZone parsed =
        new ParsedZone(zone, new PositionMap(table, files, lines), warnings, header);
    if (!errors.isEmpty()) {
      throw failure(errors, warnings, parsed);
    }
    return parsed;
  }

  /**
   * The records of types hzone does not know, grouped into RRSets by name and type in file order;
   * an RRSet's TTL is its first record's.
   */
  private static List<OpaqueRrset> opaque(List<ZoneBuilder> builders) {
    Map<String, OpaqueRrset> out = new LinkedHashMap<>();
    for (ZoneBuilder b : builders) {
      for (ZoneBuilder.OpaqueRecord r : b.opaque) {
        RecordValue v = new RecordValue(r.value(), r.comment());
        out.merge(
            r.name() + "/" + r.typeName(),
            OpaqueRrset.of(
                r.name(),
                r.typeName(),
                r.explicit() ? OptionalInt.of(r.ttl()) : OptionalInt.empty(),
                List.of(v)),
            (had, one) -> {
              List<RecordValue> records = new ArrayList<>(had.records());
              if (!had.values().contains(v.value())) {
                records.add(v);
              }
              return OpaqueRrset.of(had.name(), had.typeName(), had.ttl(), records);
            });
      }
    }
    return new ArrayList<>(out.values());
  }

  /**
   * The records of the parts' tables numbered one after the other, in file order, without copying
   * them into one table (which would hold both copies at the peak): only names and types, which the
   * sort reads most, are gathered into arrays of their own.
   */
  private static final class Joined {
    final int size;
    final String[] names;
    final byte[] types;
    private final RecordTable[] tables;

    /**
     * Record {@code g} is record {@code g - base[k]} of table {@code k}, for the last {@code
     * base[k] <= g}.
     */
    private final int[] base;

    Joined(List<RecordTable> parts) {
      tables = parts.toArray(RecordTable[]::new);
      base = new int[tables.length + 1];
      for (int k = 0; k < tables.length; k++) {
        base[k + 1] = base[k] + tables[k].size;
      }
      size = base[tables.length];
      names = new String[size];
      types = new byte[size];
      for (int k = 0; k < tables.length; k++) {
        System.arraycopy(tables[k].names, 0, names, base[k], tables[k].size);
        System.arraycopy(tables[k].types, 0, types, base[k], tables[k].size);
      }
    }

    private int table(int g) {
      int k = 0;
      while (g >= base[k + 1]) {
        k++;
      }
      return k;
    }

    RecordType type(int g) {
      return RecordTable.TYPES[types[g]];
    }

    int ttl(int g) {
      int k = table(g);
      return tables[k].ttls[g - base[k]];
    }

    boolean explicit(int g) {
      int k = table(g);
      return tables[k].explicit[g - base[k]];
    }

    String file(int g) {
      int k = table(g);
      return tables[k].files[g - base[k]];
    }

    int line(int g) {
      int k = table(g);
      return tables[k].lines[g - base[k]];
    }

    String value(int g) {
      int k = table(g);
      return tables[k].value(g - base[k]);
    }

    boolean sameValue(int g, int h) {
      int a = table(g);
      int b = table(h);
      RecordTable ta = tables[a];
      RecordTable tb = tables[b];
      int i = g - base[a];
      int j = h - base[b];
      return Arrays.equals(
          ta.text, ta.start[i], ta.commentStart[i], tb.text, tb.start[j], tb.commentStart[j]);
    }

    void addTo(RrsetTable.Builder rrsets, int g) {
      int k = table(g);
      RecordTable t = tables[k];
      int i = g - base[k];
      rrsets.record(k, t.start[i], t.commentStart[i], t.start[i + 1]);
    }
  }

  /**
   * The records of one RRSet, {@code order[from, to)}, in file order, into {@code kept}; returns
   * how many: a record whose TTL differs from the first's is an error, a repeated value a warning;
   * both are left out.
   */
  private static int group(
      Joined t,
      int[] order,
      int from,
      int to,
      int[] kept,
      List<Finding> errors,
      List<Finding> warnings) {
    int head = order[from];
    RrsetKey key = RrsetKey.of(t.names[head], t.type(head));
    int n = 0;
    Set<String> seen = to - from > 8 ? new HashSet<>() : null;
    for (int k = from; k < to; k++) {
      int r = order[k];
      if (t.ttl(r) != t.ttl(head)) {
        errors.add(
            Finding.error(
                new SourcePosition(t.file(r), t.line(r)),
                "ttl-conflict",
                "TTL "
                    + t.ttl(r)
                    + " differs from TTL "
                    + t.ttl(head)
                    + " of the same RRSet "
                    + key.id()
                    + " at "
                    + new SourcePosition(t.file(head), t.line(head))
                    + ": an RRSet has one TTL, give all its records the same TTL"));
        continue;
      }
      int dup = seen != null && seen.add(t.value(r)) ? -1 : indexOf(t, kept, n, r);
      if (dup >= 0) {
        warnings.add(
            Finding.warning(
                new SourcePosition(t.file(r), t.line(r)),
                "duplicate",
                "duplicate record "
                    + key.id()
                    + " "
                    + t.value(r)
                    + " (same as line "
                    + t.line(kept[dup])
                    + ") dropped"));
        continue;
      }
      kept[n++] = r;
    }
    return n;
  }

  /** Where among {@code kept[0, n)} a record with the value of record {@code r} is, or -1. */
  private static int indexOf(Joined t, int[] kept, int n, int r) {
    for (int i = 0; i < n; i++) {
      if (t.sameValue(kept[i], r)) {
        return i;
      }
    }
    return -1;
  }

  private static ZoneFileException failure(
      List<Finding> errors, List<Finding> warnings, ParsedZone partial) {
    List<Finding> all = new ArrayList<>(errors);
    all.sort(FindingFormatter.ORDER);
    List<Finding> w = new ArrayList<>(warnings);
    w.sort(FindingFormatter.ORDER);
    all.addAll(w);
    return new ZoneFileException(all, partial);
  }
}
