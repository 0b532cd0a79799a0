package dev.hzone.zonefile;

import java.util.List;

/**
 * A zone file that cannot be used: it carries every error found (and the warnings found with them),
 * each with file and line. Unchecked, so callers that cannot do better let it reach the CLI, which
 * prints {@link #getMessage()} and exits with 65.
 */
public final class ZoneFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Finding> findings;
  private final transient ParsedZone partial;

  /**
   * @param findings at least one finding, errors first is not required
   */
  public ZoneFileException(List<Finding> findings) {
    this(findings, null);
  }

  /**
   * @param findings at least one finding
   * @param partial the zone made of the records that could be read, or null when there is none
   */
  public ZoneFileException(List<Finding> findings, ParsedZone partial) {
    super(FindingFormatter.formatAll(errorsFirst(findings)));
    if (findings.isEmpty()) {
      throw new IllegalArgumentException("a ZoneFileException needs at least one finding");
    }
    this.findings = List.copyOf(findings);
    this.partial = partial;
  }

  /**
   * The zone made of every record that could be read, for checks that report more errors of the
   * same file in the same run (lint rules); never a zone to apply.
   */
  public java.util.Optional<ParsedZone> partial() {
    return java.util.Optional.ofNullable(partial);
  }

  /**
   * This failure with its partial zone named {@code sourceName}, as {@link ZoneFileReader} names
   * zones.
   */
  ZoneFileException withSource(String sourceName) {
    return partial == null ? this : new ZoneFileException(findings, partial.withSource(sourceName));
  }

  /** A single error. */
  public static ZoneFileException of(SourcePosition position, String ruleId, String message) {
    return new ZoneFileException(List.of(Finding.error(position, ruleId, message)));
  }

  /** Every finding, in the order found. */
  public List<Finding> findings() {
    return findings;
  }

  /** The errors alone. */
  public List<Finding> errors() {
    return findings.stream().filter(Finding::isError).toList();
  }

  private static List<Finding> errorsFirst(List<Finding> findings) {
    return findings.stream().sorted((a, b) -> Boolean.compare(!a.isError(), !b.isError())).toList();
  }
}
