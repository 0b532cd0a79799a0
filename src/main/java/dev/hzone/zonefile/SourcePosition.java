package dev.hzone.zonefile;

import java.util.Objects;

/**
 * Where something was read: a file (as the user named it, or a source name such as {@code <api
 * export>}) and a 1-based line, or line {@code 0} for the file as a whole.
 *
 * @param file the file or source name
 * @param line the 1-based line, or 0 when the finding concerns the whole file
 */
public record SourcePosition(String file, int line) {

  public SourcePosition {
    Objects.requireNonNull(file, "file");
    if (line < 0) {
      throw new IllegalArgumentException("line " + line + " < 0");
    }
  }

  /**
   * The position of a file that could not be read at all (missing, unreadable): no line to point
   * at.
   */
  public static SourcePosition ofFile(String file) {
    return new SourcePosition(file, 0);
  }

  /**
   * The position of a problem with a file's content as a whole (no zone name, a subdomain zone, the
   * zone's TTL): line 1, its top, so that every message about content keeps the {@code FILE:LINE}
   * form that editors and CI annotations jump to.
   */
  public static SourcePosition wholeFile(String file) {
    return new SourcePosition(file, 1);
  }

  /** {@code FILE:LINE}, or {@code FILE} for a whole file. */
  @Override
  public String toString() {
    return line == 0 ? file : file + ":" + line;
  }
}
