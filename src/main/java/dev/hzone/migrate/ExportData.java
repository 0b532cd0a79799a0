package dev.hzone.migrate;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * An export file read into records, with what reading it changed.
 *
 * @param source the host it came from
 * @param records the records, with their lines and comments
 * @param defaultTtl the file's {@code $TTL}, if it has one
 * @param notes what was dropped, changed or looks wrong, specific to the host's export quirks
 */
public record ExportData(
    ExportSource source,
    List<SourceRecord> records,
    OptionalInt defaultTtl,
    List<MigrationNote> notes) {
  public ExportData {
    Objects.requireNonNull(source, "source");
    records = List.copyOf(records);
    Objects.requireNonNull(defaultTtl, "defaultTtl");
    notes = List.copyOf(notes);
  }
}
