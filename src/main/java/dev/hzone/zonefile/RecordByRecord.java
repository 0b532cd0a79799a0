package dev.hzone.zonefile;

import dev.hzone.dns.RecordType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Reads zone-file text record by record, with hzone's reader (the one the BIND oracle checks), for
 * files that are converted rather than synced: exports of other DNS hosts that migration reads.
 * Unlike a zone read, records stay as written: one per line of the file with its own TTL and
 * comment, duplicates and TTLs that differ within an RRSet kept, owners outside the starting origin
 * kept (the caller decides what to do with them), and records of types the API does not accept
 * skipped with an {@code unsupported-type} warning naming file and line. {@code $INCLUDE} is
 * refused.
 *
 * <pre>{@code
 * RecordByRecord.Result r = RecordByRecord.read(text, "export.txt", "example.com", OptionalInt.empty());
 * for (RecordByRecord.Entry e : r.records()) { e.owner(); e.type(); e.value(); e.position(); }
 * }</pre>
 */
public final class RecordByRecord {
  private RecordByRecord() {}

  /**
   * One record as written.
   *
   * @param owner absolute, lower case, with the trailing dot
   * @param type its type
   * @param ttl its TTL (its own, or the one in force)
   * @param value its RDATA in Hetzner's presentation syntax (names absolute with a trailing dot)
   * @param comment its trailing comment, {@code ""} when none
   * @param position file and line
   */
  public record Entry(
      String owner,
      RecordType type,
      int ttl,
      String value,
      String comment,
      SourcePosition position) {
    public Entry {
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(comment, "comment");
      Objects.requireNonNull(position, "position");
    }
  }

  /**
   * What was read.
   *
   * @param records in file order
   * @param warnings what the reader skipped (records of unsupported types), by file and line
   */
  public record Result(List<Entry> records, List<Finding> warnings) {
    public Result {
      records = List.copyOf(records);
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Reads {@code text}.
   *
   * @param sourceName the name in messages
   * @param origin the origin in force at the start (the zone), with or without the trailing dot
   * @param fallbackTtl the TTL of records the file gives none (no {@code $TTL}, no earlier TTL, no
   *     SOA before them); without it such a record is an error
   * @throws ZoneFileException with every error by file and line
   */
  public static Result read(
      String text, String sourceName, String origin, OptionalInt fallbackTtl) {
    String originAbs =
        origin.endsWith(".")
            ? origin.toLowerCase(java.util.Locale.ROOT)
            : origin.toLowerCase(java.util.Locale.ROOT) + ".";
    byte[] data = text.getBytes(StandardCharsets.UTF_8);
    ReadOptions options =
        ReadOptions.defaults()
            .withIncludes(IncludePolicy.DENY)
            .withUnsupportedTypes(UnsupportedTypePolicy.SKIP);
    ReadBudget budget = new ReadBudget(options.recordLimit(), options.includeLimit());
    // Read as part of the root zone, so that no owner is out of the zone; the file's names start
    // from origin.
    ZoneBuilder out = new ZoneBuilder("", data.length / ChunkedRead.BYTES_PER_RECORD, budget);
    Includes includes = new Includes(IncludePolicy.DENY, null, null, budget);
    includes.enter(null);
    ZoneParser parser = new ZoneParser(options, out, new NameReader("."), includes);
    parser.origin = Origin.of(originAbs, ".");
    if (fallbackTtl.isPresent()) {
      parser.defaultTtl = fallbackTtl.getAsInt();
    }
    try {
      parser.parse(data, 0, data.length, sourceName, new Source(null, sourceName));
    } catch (ZoneBuilder.TooManyErrors e) {
      // the errors so far are reported below
    }
    if (out.hasErrors()) {
      List<Finding> all = new ArrayList<>(out.errors);
      all.addAll(out.warnings);
      throw new ZoneFileException(all);
    }
    RecordTable t = out.records;
    List<Entry> records = new ArrayList<>(t.size);
    for (int i = 0; i < t.size; i++) {
      String name = t.names[i];
      String owner = name.equals("@") || name.isEmpty() ? "." : name + ".";
      records.add(
          new Entry(
              owner,
              t.type(i),
              t.ttls[i],
              t.value(i),
              new String(
                  t.text,
                  t.commentStart[i],
                  t.start[i + 1] - t.commentStart[i],
                  StandardCharsets.UTF_8),
              new SourcePosition(t.files[i], t.lines[i])));
    }
    return new Result(records, out.warnings);
  }
}
