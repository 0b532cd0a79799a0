package dev.hzone.zonefile;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.RrsetKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Collects parsed records into RRSets: one TTL per RRSet (a conflict is an error naming both lines),
 * duplicates dropped with a warning, the position of each RRSet's first record kept. Also collects the
 * findings of a read, and stops it once there are too many errors to be useful. {@link ZoneAssembly} turns
 * one builder, or the builders of the chunks of a file read in parallel, into the zone.
 */
final class ZoneBuilder {
  /** After this many errors the rest of the file is not read. */
  static final int MAX_ERRORS = 100;

  final String zoneName;
  /** RRSets by owner name; the RRSets of one name are chained through {@link RrsetAccumulator#next}. */
  private final HashMap<String, RrsetAccumulator> byName;
  final List<Finding> errors = new ArrayList<>();
  final List<Finding> warnings = new ArrayList<>();
  private int rrsetCount;
  /**
   * For a chunk's builder: keep duplicates, so that assembly finds them in file order and reports each
   * against its first occurrence in the whole file, as reading in one piece does.
   */
  final boolean deferDuplicates;
  /** The zone's default TTL: the first {@code $TTL} (or SOA minimum, as BIND) established; -1 if none. */
  int zoneDefaultTtl = -1;

  ZoneBuilder(String zoneName, int expectedNames) {
    this(zoneName, expectedNames, false);
  }

  /** @param expectedNames a guess of the number of owner names, to size the table once */
  ZoneBuilder(String zoneName, int expectedNames, boolean deferDuplicates) {
    this.zoneName = zoneName;
    this.byName = new HashMap<>(Math.max(16, expectedNames * 4 / 3));
    this.deferDuplicates = deferDuplicates;
  }

  /**
   * Adds one record.
   *
   * @param ttl the record's effective TTL
   * @param explicit whether the TTL is the record's own (else it inherits the zone default)
   */
  void add(String name, RecordType type, int ttl, boolean explicit, String value, String comment,
      String file, int line) {
    RrsetAccumulator head = byName.get(name);
    RrsetAccumulator acc = head;
    while (acc != null && acc.key.type() != type) {
      acc = acc.next;
    }
    if (acc == null) {
      acc = new RrsetAccumulator(RrsetKey.of(name, type), file, line, ttl, explicit, new RecordValue(value, comment));
      acc.next = head;
      byName.put(name, acc);
      rrsetCount++;
      return;
    }
    addTo(acc, ttl, explicit, new RecordValue(value, comment), file, line, deferDuplicates);
  }

  /** Adds a record to an RRSet: same TTL or an error, a duplicate dropped with a warning unless deferred. */
  void addTo(RrsetAccumulator acc, int ttl, boolean explicit, RecordValue v, String file, int line,
      boolean keepDuplicates) {
    if (acc.ttl != ttl) {
      error(new SourcePosition(file, line), "ttl-conflict",
          "TTL " + ttl + " differs from TTL " + acc.ttl + " of the same RRSet " + acc.key.id() + " at "
              + new SourcePosition(acc.file, acc.line) + ": an RRSet has one TTL, give all its records the same TTL");
      return;
    }
    acc.explicit |= explicit;
    int dup = keepDuplicates ? -1 : acc.indexOf(v.value());
    if (dup >= 0) {
      warnings.add(Finding.warning(new SourcePosition(file, line), "duplicate",
          "duplicate record " + acc.key.id() + " " + v.value() + " (same as line " + acc.lineOf(dup) + ") dropped"));
      return;
    }
    acc.add(v, line);
  }

  /** Every RRSet collected, in no particular order. */
  RrsetAccumulator[] rrsets() {
    RrsetAccumulator[] out = new RrsetAccumulator[rrsetCount];
    int n = 0;
    for (RrsetAccumulator head : byName.values()) {
      for (RrsetAccumulator acc = head; acc != null; acc = acc.next) {
        out[n++] = acc;
      }
    }
    return out;
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

  /** The zone, or a {@link ZoneFileException} with every error and warning when there were errors. */
  ParsedZone build(List<String> header) {
    return ZoneAssembly.assemble(List.of(this), header);
  }

  /** Thrown when {@link #MAX_ERRORS} is reached; the reader stops and reports what it has. */
  static final class TooManyErrors extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyErrors() {
      super("too many errors", null, false, false);
    }
  }
}
