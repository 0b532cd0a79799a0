package dev.hzone.sync.config;

import dev.hzone.sync.SyncException;
import dev.hzone.zonefile.Excerpts;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * An {@code hzone.toml} that cannot be used: the message is {@code FILE:LINE: field: problem} (the
 * line where it can be found) and says what to write instead. Never shows a secret.
 */
public final class ConfigException extends SyncException {
  private final Path file;
  private final OptionalInt line;

  ConfigException(Path file, OptionalInt line, String message) {
    super(file + (line.isPresent() ? ":" + line.getAsInt() : "") + ": " + Excerpts.safe(message));
    this.file = file;
    this.line = line;
  }

  public Path file() {
    return file;
  }

  public OptionalInt line() {
    return line;
  }
}
