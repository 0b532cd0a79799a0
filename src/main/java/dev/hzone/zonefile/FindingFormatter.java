package dev.hzone.zonefile;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one place that turns findings into text: {@code FILE:LINE: message}, with {@code warning: }
 * before the message of a warning, the way compilers and BIND print them.
 */
public final class FindingFormatter {
  /** Orders findings by file, then line, so output is stable. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> f.position().file())
          .thenComparingInt(f -> f.position().line());

  private FindingFormatter() {}

  /** {@code FILE:LINE: message} or {@code FILE:LINE: warning: message}. */
  public static String format(Finding f) {
    return f.position() + ": " + (f.isError() ? "" : "warning: ") + f.message();
  }

  /** The findings, one per line, in the order given. */
  public static String formatAll(List<Finding> findings) {
    return findings.stream().map(FindingFormatter::format).collect(Collectors.joining("\n"));
  }
}
