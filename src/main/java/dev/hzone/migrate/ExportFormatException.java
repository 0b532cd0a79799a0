package dev.hzone.migrate;

/** An export file that cannot be read: {@code FILE:LINE: message} and what to do. */
public final class ExportFormatException extends MigrationException {
  private final String file;
  private final int line;

  public ExportFormatException(String file, int line, String message) {
    super(file + (line > 0 ? ":" + line : "") + ": " + message);
    this.file = file;
    this.line = line;
  }

  public String file() {
    return file;
  }

  /** The line, or 0 when the problem is with the file as a whole. */
  public int line() {
    return line;
  }
}
