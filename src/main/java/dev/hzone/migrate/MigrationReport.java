package dev.hzone.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything a migration dropped or changed, in the order found: the review list for the person who
 * moves the zone.
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

  /** The dropped DNSSEC records counted by type ({@code RRSIG -> 1200}), in type-name order. */
  public Map<String, Integer> dnssecByType() {
    Map<String, Integer> m = new TreeMap<>();
    for (MigrationNote n : of(NoteKind.DNSSEC_DROPPED)) {
      m.merge(n.typeName(), n.count(), Integer::sum);
    }
    return m;
  }

  /**
   * The notes with the same kind, message and suggestion gathered into one group each, in the order
   * of their first note: what a person reads, where the report itself keeps one note per RRSet.
   * Notes of dropped records are never gathered: each is reported on its own.
   */
  public List<List<MigrationNote>> grouped() {
    Map<String, List<MigrationNote>> groups = new java.util.LinkedHashMap<>();
    int single = 0;
    for (MigrationNote n : notes) {
      String key =
          n.dropped() ? "#" + single++ : n.kind() + "\n" + n.message() + "\n" + n.suggestion();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
    }
    return List.copyOf(groups.values());
  }

  /** This report followed by {@code more}. */
  public MigrationReport plus(List<MigrationNote> more) {
    List<MigrationNote> all = new ArrayList<>(notes);
    all.addAll(more);
    return new MigrationReport(all);
  }
}
