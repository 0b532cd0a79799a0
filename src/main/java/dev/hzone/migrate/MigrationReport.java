package dev.hzone.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a migration dropped or changed, in the order found: the review list for the person who moves
 * the zone.
 *
 * @param notes the notes
 */
public record MigrationReport(List<MigrationNote> notes) {

  public MigrationReport {
    notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
  }

  /** The notes for records that were not migrated. */
  public List<MigrationNote> dropped() {
    return notes.stream().filter(MigrationNote::dropped).toList();
  }

  /** The notes for records that were migrated with a change, or that need a look. */
  public List<MigrationNote> changed() {
    return notes.stream().filter(n -> !n.dropped()).toList();
  }

  /** The notes of one kind. */
  public List<MigrationNote> of(NoteKind kind) {
    return notes.stream().filter(n -> n.kind() == kind).toList();
  }

  /** How many records were dropped in all. */
  public int droppedRecords() {
    return dropped().stream().mapToInt(MigrationNote::count).sum();
  }

  /** This report followed by {@code more}. */
  public MigrationReport plus(List<MigrationNote> more) {
    List<MigrationNote> all = new ArrayList<>(notes);
    all.addAll(more);
    return new MigrationReport(all);
  }
}
