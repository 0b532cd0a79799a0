package dev.hzone.zonefile;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ZoneData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Collects parsed records into RRSets: one TTL per RRSet (a conflict is an error naming both lines),
 * duplicates dropped with a warning, the position of each RRSet's first record kept. Also collects the
 * findings of a read, and stops it once there are too many errors to be useful.
 */
final class ZoneBuilder {
  /** After this many errors the rest of the file is not read. */
  static final int MAX_ERRORS = 100;

  private static final int TYPES = RecordType.values().length;

  private final String zoneName;
  private final Map<String, Acc[]> byName = new HashMap<>();
  private final List<Finding> errors = new ArrayList<>();
  private final List<Finding> warnings = new ArrayList<>();
  private int rrsetCount;
  /** The zone's default TTL: the first {@code $TTL} (or SOA minimum, as BIND) established; -1 if none. */
  int zoneDefaultTtl = -1;

  ZoneBuilder(String zoneName) {
    this.zoneName = zoneName;
  }

  String zoneName() {
    return zoneName;
  }

  /**
   * Adds one record.
   *
   * @param ttl the record's effective TTL
   * @param explicit whether the TTL is the record's own (else it inherits the zone default)
   */
  void add(String name, RecordType type, int ttl, boolean explicit, String value, String comment,
      String file, int line) {
    Acc[] slots = byName.get(name);
    if (slots == null) {
      slots = new Acc[TYPES];
      byName.put(name, slots);
    }
    Acc acc = slots[type.ordinal()];
    if (acc == null) {
      acc = new Acc(RrsetKey.of(name, type), new SourcePosition(file, line), ttl);
      slots[type.ordinal()] = acc;
      rrsetCount++;
    } else if (acc.ttl != ttl) {
      error(new SourcePosition(file, line), "ttl-conflict",
          "TTL " + ttl + " differs from TTL " + acc.ttl + " of the same RRSet " + acc.key.id() + " at "
              + acc.first + ": an RRSet has one TTL, give all its records the same TTL");
      return;
    }
    acc.explicit |= explicit;
    int dup = acc.indexOf(value);
    if (dup >= 0) {
      warnings.add(Finding.warning(new SourcePosition(file, line), "duplicate",
          "duplicate record " + acc.key.id() + " " + value + " (same as line " + acc.lines[dup] + ") dropped"));
      return;
    }
    acc.add(new RecordValue(value, comment), line);
  }

  void error(SourcePosition at, String ruleId, String message) {
    errors.add(Finding.error(at, ruleId, message));
    if (errors.size() == MAX_ERRORS) {
      throw new TooManyErrors();
    }
  }

  void warning(SourcePosition at, String ruleId, String message) {
    warnings.add(Finding.warning(at, ruleId, message));
  }

  void addAll(List<Finding> findings) {
    for (Finding f : findings) {
      if (f.isError()) {
        error(f.position(), f.ruleId(), f.message());
      } else {
        warnings.add(f);
      }
    }
  }

  boolean hasErrors() {
    return !errors.isEmpty();
  }

  /**
   * The zone, or a {@link ZoneFileException} with every error and warning when there were errors.
   */
  ParsedZone build(List<String> header) {
    if (!errors.isEmpty()) {
      List<Finding> all = new ArrayList<>(errors);
      all.addAll(warnings);
      throw new ZoneFileException(all);
    }
    TreeMap<RrsetKey, Rrset> rrsets = new TreeMap<>();
    Map<RrsetKey, SourcePosition> positions = new HashMap<>(rrsetCount * 4 / 3 + 1);
    for (Acc[] slots : byName.values()) {
      for (Acc acc : slots) {
        if (acc != null) {
          OptionalInt ttl = acc.explicit ? OptionalInt.of(acc.ttl) : OptionalInt.empty();
          rrsets.put(acc.key, Rrset.of(acc.key, ttl, acc.records));
          positions.put(acc.key, acc.first);
        }
      }
    }
    OptionalInt defaultTtl = zoneDefaultTtl >= 0 ? OptionalInt.of(zoneDefaultTtl) : OptionalInt.empty();
    return new ParsedZone(new ZoneData(zoneName, defaultTtl, rrsets), positions, warnings, header);
  }

  /** Thrown when {@link #MAX_ERRORS} is reached; the reader stops and reports what it has. */
  static final class TooManyErrors extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyErrors() {
      super("too many errors", null, false, false);
    }
  }

  /** An RRSet being built. */
  private static final class Acc {
    final RrsetKey key;
    final SourcePosition first;
    final int ttl;
    boolean explicit;
    final ArrayList<RecordValue> records = new ArrayList<>(2);
    int[] lines = new int[2];
    HashMap<String, Integer> index;

    Acc(RrsetKey key, SourcePosition first, int ttl) {
      this.key = key;
      this.first = first;
      this.ttl = ttl;
    }

    int indexOf(String value) {
      if (index != null) {
        Integer i = index.get(value);
        return i == null ? -1 : i;
      }
      for (int i = 0; i < records.size(); i++) {
        if (records.get(i).value().equals(value)) {
          return i;
        }
      }
      return -1;
    }

    void add(RecordValue v, int line) {
      int i = records.size();
      records.add(v);
      if (i == lines.length) {
        lines = java.util.Arrays.copyOf(lines, i * 2);
      }
      lines[i] = line;
      if (index == null && records.size() > 8) {
        index = new HashMap<>();
        for (int k = 0; k < records.size(); k++) {
          index.put(records.get(k).value(), k);
        }
      } else if (index != null) {
        index.put(v.value(), i);
      }
    }
  }
}
