package dev.hzone.migrate;

import java.util.List;

/**
 * Records after one host's export quirks were handled, and the notes that handling produced.
 *
 * @param records the records
 * @param notes what was dropped or changed
 */
record QuirkResult(List<SourceRecord> records, List<MigrationNote> notes) {
  QuirkResult {
    records = List.copyOf(records);
    notes = List.copyOf(notes);
  }
}
