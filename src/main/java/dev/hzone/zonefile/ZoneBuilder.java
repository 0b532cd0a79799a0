package dev.hzone.zonefile;

import dev.hzone.dns.RecordType;
import java.util.ArrayList;
import java.util.List;

/**
 * What one parser collects: its records in file order, its errors and warnings, and the zone's
 * default TTL once known. Stops a read once there are too many errors to be useful. {@link
 * ZoneAssembly} turns one builder, or the builders of the chunks of a file read in parallel, into
 * the zone.
 */
final class ZoneBuilder {
  /** After this many errors the rest of the file is not read. */
  static final int MAX_ERRORS = 100;

  final String zoneName;
  final RecordTable records;
  private final ReadBudget budget;
  final List<Finding> errors = new ArrayList<>();
  final List<Finding> warnings = new ArrayList<>();

  /**
   * The zone's default TTL: the first {@code $TTL} (or SOA minimum, as BIND) established; -1 if
   * none.
   */
  int zoneDefaultTtl = -1;

  /** Records of types hzone does not know, kept as written, in file order. */
  final List<OpaqueRecord> opaque = new ArrayList<>();

  /**
   * One record of a type hzone does not know.
   *
   * @param name owner relative to the zone
   * @param typeName the type as dnsjava names it ({@code TYPE65000}, {@code OPENPGPKEY})
   * @param ttl its effective TTL
   * @param explicit whether the TTL is its own
   * @param value the RDATA as written
   * @param comment its comment
   */
  record OpaqueRecord(
      String name, String typeName, int ttl, boolean explicit, String value, String comment) {}

  /**
   * @param expectedRecords a guess of the number of records, to size the table once
   */
  ZoneBuilder(String zoneName, int expectedRecords) {
    this(zoneName, expectedRecords, ReadBudget.unlimited());
  }

  /**
   * @param budget the records this read may still create, shared with the other chunks' builders
   */
  ZoneBuilder(String zoneName, int expectedRecords, ReadBudget budget) {
    this.zoneName = zoneName;
    this.records = new RecordTable(Math.min(expectedRecords, budget.recordLimit()));
    this.budget = budget;
  }

  /**
   * Adds one record.
   *
   * @param name owner name relative to the zone, lower case
   * @param ttl the record's effective TTL
   * @param explicit whether the TTL is the record's own (else it inherits the zone default)
   */
  void add(
      String name,
      RecordType type,
      int ttl,
      boolean explicit,
      String value,
      String comment,
      String file,
      int line) {
    if (!budget.record()) {
      overLimit(new SourcePosition(file, line));
    }
    records.add(name, type, ttl, explicit, value, comment, file, line);
  }

  /** Adds one record of a type hzone does not know. */
  void addOpaque(OpaqueRecord r, String file, int line) {
    if (!budget.record()) {
      overLimit(new SourcePosition(file, line));
    }
    opaque.add(r);
  }

  /**
   * Stops the read at {@code at} when {@code more} records would take the zone past its record
   * limit.
   */
  void expect(long more, SourcePosition at) {
    if (!budget.hasRoomFor(more)) {
      overLimit(at);
    }
  }

  /**
   * Stops the read, before anything of {@code data[from, to)} is built, at the {@code $GENERATE}
   * whose range would take the zone past its record limit ({@link GenerateBudget}).
   */
  void expectText(byte[] data, int from, int to, String file, int generateLimit) {
    GenerateBudget.crossing(
            data, from, to, file, (long) budget.recordLimit() - budget.records(), generateLimit)
        .ifPresent(
            line ->
                stop(
                    new SourcePosition(file, line),
                    "record-limit",
                    GenerateBudget.message(budget.recordLimit())));
  }

  private void overLimit(SourcePosition at) {
    stop(
        at,
        "record-limit",
        "the zone would have more than "
            + budget.recordLimit()
            + " records (counting"
            + " $GENERATE and included files); hzone stops reading here. A zone this large is likely a mistake:"
            + " check $GENERATE ranges and $INCLUDE lines");
  }

  /**
   * Reports an error that ends the read: a limit was reached, and reading on would only repeat it.
   */
  void stop(SourcePosition at, String ruleId, String message) {
    errors.add(Finding.error(at, ruleId, message));
    throw new TooManyErrors(false);
  }

  void error(SourcePosition at, String ruleId, String message) {
    errors.add(Finding.error(at, ruleId, message));
    if (errors.size() == MAX_ERRORS) {
      throw new TooManyErrors(true);
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
   * Thrown when {@link #MAX_ERRORS} is reached, or a limit of {@link ReadBudget}; the reader stops
   * and reports what it has.
   */
  static final class TooManyErrors extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Whether it was the number of errors (else a limit, whose error says so). */
    final boolean errorCount;

    TooManyErrors(boolean errorCount) {
      super("too many errors", null, false, false);
      this.errorCount = errorCount;
    }
  }
}
