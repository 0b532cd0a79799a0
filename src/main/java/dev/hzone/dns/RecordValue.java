package dev.hzone.dns;

import java.util.Objects;

/**
 * One record of an RRSet: its value in Hetzner's presentation syntax (names absolute with a
 * trailing dot, TXT as quoted strings) and its comment ({@code ""} when it has none). Identity
 * within an RRSet is the value alone; see {@link ValueCanonicalizer} for comparing values across
 * sources.
 *
 * @param value presentation-format RDATA
 * @param comment free-text comment, never null
 */
public record RecordValue(String value, String comment) {

  public RecordValue {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(comment, "comment");
  }

  /** A value without a comment. */
  public static RecordValue of(String value) {
    return new RecordValue(value, "");
  }

  public RecordValue withComment(String newComment) {
    return new RecordValue(value, newComment);
  }

  public boolean hasComment() {
    return !comment.isEmpty();
  }
}
