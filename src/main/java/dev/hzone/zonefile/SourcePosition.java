package dev.hzone.zonefile;

import java.util.Objects;

/**
 * Where something was read: a file (as the user named it, or a source name such as {@code <api export>})
 * and a 1-based line, or line {@code 0} for the file as a whole.
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

  /** The position of a whole file, without a line. */
  public static SourcePosition ofFile(String file) {
    return new SourcePosition(file, 0);
  }

  /** {@code FILE:LINE}, or {@code FILE} for a whole file. */
  @Override
  public String toString() {
    return line == 0 ? file : file + ":" + line;
  }
}
