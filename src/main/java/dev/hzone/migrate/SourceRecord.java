package dev.hzone.migrate;

import java.util.Objects;
import java.util.OptionalInt;
import org.xbill.DNS.Record;

/**
 * A record as another DNS host gave it: from a zone transfer, or from an export file with its line
 * and its trailing comment.
 *
 * @param record the record, owner absolute
 * @param line the line in the export file where it starts, if it came from a file
 * @param comment the record's own comment ({@code ""} when none), with host-specific markup removed
 */
public record SourceRecord(Record record, OptionalInt line, String comment) {

  public SourceRecord {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(comment, "comment");
  }

  /** A record from a zone transfer: no line, no comment. */
  public static SourceRecord of(Record record) {
    return new SourceRecord(record, OptionalInt.empty(), "");
  }

  public SourceRecord withRecord(Record r) {
    return new SourceRecord(r, line, comment);
  }
}
