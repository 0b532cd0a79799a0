package dev.hzone.cli.framework;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Files the commands write that are not secret (zone files from {@code pull}, {@code file fmt},
 * {@code zone export --out}, {@code migrate --out}): the one way to replace one, so that they all
 * behave alike. Secrets go through {@link PrivateFiles} instead.
 */
public final class TextFiles {
  private TextFiles() {}

  /**
   * Writes {@code text} to {@code file} through a new file in the same directory and a rename, so
   * that a link at {@code file} is replaced, never written through, and a reader never sees half a
   * file; missing parent directories are created. The new file gets the mode any editor's would
   * (0666 less the user's umask), not a temporary file's 0600: zone files are kept in Git and read
   * by others.
   *
   * @throws CliException (failed) naming the file when it cannot be written
   */
  public static void write(Path file, String text) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = dir.resolve(".hzone-" + UUID.randomUUID() + ".tmp");
      try {
        Files.writeString(
            tmp,
            text,
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw CliException.failed("cannot write " + file + ": " + ErrorReporter.reason(e));
    }
  }
}
