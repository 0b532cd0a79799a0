package dev.hzone.zonefile;

import java.util.List;

/**
 * A zone file that cannot be used: it carries every error found (and the warnings found with them), each
 * with file and line. Unchecked, so callers that cannot do better let it reach the CLI, which prints
 * {@link #getMessage()} and exits with 65.
 */
public final class ZoneFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Finding> findings;

  /** @param findings at least one finding, errors first is not required */
  public ZoneFileException(List<Finding> findings) {
    super(FindingFormatter.formatAll(errorsFirst(findings)));
    if (findings.isEmpty()) {
      throw new IllegalArgumentException("a ZoneFileException needs at least one finding");
    }
    this.findings = List.copyOf(findings);
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
    return findings.stream()
        .sorted((a, b) -> Boolean.compare(!a.isError(), !b.isError()))
        .toList();
  }
}
