package dev.hzone.migrate;

import java.util.Objects;
import java.util.OptionalInt;
import org.xbill.DNS.Type;

/**
 * One thing the migration dropped, changed or wants a person to look at.
 *
 * @param kind what it is about
 * @param owner the owner name relative to the zone ({@code @} for the apex), absolute with a
 *     trailing dot when outside the zone, or empty when the note is about the whole zone
 * @param type dnsjava's type number, or 0 when the note is not about one type
 * @param count how many records it concerns
 * @param message what happened, in one sentence
 * @param suggestion what to do about it, or empty
 * @param line the source file's line, when the records came from a file
 */
public record MigrationNote(
    NoteKind kind,
    String owner,
    int type,
    int count,
    String message,
    String suggestion,
    OptionalInt line) {

  public MigrationNote {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(suggestion, "suggestion");
    Objects.requireNonNull(line, "line");
  }

  /** A note without a suggestion or a line. */
  public static MigrationNote of(NoteKind kind, String owner, int type, int count, String message) {
    return new MigrationNote(kind, owner, type, count, message, "", OptionalInt.empty());
  }

  /** The type's mnemonic ({@code SPF}, {@code TYPE65280}), or empty. */
  public String typeName() {
    return type == 0 ? "" : Type.string(type);
  }

  /** Whether the records it concerns are not migrated. */
  public boolean dropped() {
    return kind.drops();
  }
}
