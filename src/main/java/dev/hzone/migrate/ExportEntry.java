package dev.hzone.migrate;

import java.util.List;
import java.util.Objects;

/**
 * One logical entry of a zone-file export: a directive or a record, possibly spread over several
 * lines with parentheses, with its trailing comment.
 *
 * @param kind what it is
 * @param line the line it starts on (1-based)
 * @param lastLine the line it ends on
 * @param tokens its words, comments removed, quoted strings kept with their quotes
 * @param comment the trailing comment of a one-line entry, without the {@code ;}; {@code ""}
 *     otherwise
 * @param ownerInherited whether the entry started with blank space, so the owner is the previous
 *     record's
 */
record ExportEntry(
    Kind kind,
    int line,
    int lastLine,
    List<String> tokens,
    String comment,
    boolean ownerInherited) {
  enum Kind {
    DIRECTIVE,
    RECORD
  }

  ExportEntry {
    Objects.requireNonNull(kind, "kind");
    tokens = List.copyOf(tokens);
    Objects.requireNonNull(comment, "comment");
  }

  /** The directive's name in upper case ({@code $ORIGIN}), or empty for a record. */
  String directive() {
    return kind == Kind.DIRECTIVE ? tokens.get(0).toUpperCase(java.util.Locale.ROOT) : "";
  }
}
