package dev.hzone.zonefile;

import java.util.Objects;

/**
 * One problem found in a zone file, by the reader or by a lint rule.
 *
 * @param position file and line
 * @param severity error or warning
 * @param ruleId a kebab-case id ({@code syntax}, {@code cname-coexistence}, {@code ttl-range}...)
 *     that names the rule, for scripts and documentation
 * @param message what is wrong and, where useful, what to do; no file or line (see {@link
 *     #format()}). Quoted input is cut to an excerpt and what looks like a secret is redacted
 *     ({@link Excerpts}).
 */
public record Finding(SourcePosition position, Severity severity, String ruleId, String message) {

  public Finding {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(message, "message");
    message = Excerpts.safe(message);
  }

  /** An error. */
  public static Finding error(SourcePosition position, String ruleId, String message) {
    return new Finding(position, Severity.ERROR, ruleId, message);
  }

  /** A warning. */
  public static Finding warning(SourcePosition position, String ruleId, String message) {
    return new Finding(position, Severity.WARNING, ruleId, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code FILE:LINE: message} (see {@link FindingFormatter}). */
  public String format() {
    return FindingFormatter.format(this);
  }

  @Override
  public String toString() {
    return format();
  }
}
