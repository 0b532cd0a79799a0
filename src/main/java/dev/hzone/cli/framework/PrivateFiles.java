package dev.hzone.cli.framework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files that hold secrets (API tokens): written whole or not at all, readable by their owner only,
 * in a directory only the owner and group can enter, as the hcloud CLI writes its {@code cli.toml}.
 * The warning for such a file that others may read is {@link dev.hzone.tsig.SecretFileMode}'s.
 */
final class PrivateFiles {
  private PrivateFiles() {}

  /**
   * Writes {@code text} to {@code file} through a temporary file in the same directory (mode 0600)
   * and a rename, creating missing parent directories with mode 0750. A symbolic link is followed,
   * not replaced.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  static void write(Path file, String text) {
    try {
      Path target = Files.isSymbolicLink(file) ? file.toRealPath() : file.toAbsolutePath();
      createParents(target.getParent());
      Path tmp =
          posix(target.getParent())
              ? Files.createTempFile(
                  target.getParent(),
                  "." + target.getFileName() + ".",
                  ".tmp",
                  PosixFilePermissions.asFileAttribute(
                      PosixFilePermissions.fromString("rw-------")))
              : Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
      try {
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
          w.write(text);
        }
        try {
          Files.move(
              tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (FileSystemException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getReason(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static void createParents(Path dir) throws IOException {
    if (dir == null || Files.isDirectory(dir)) {
      return;
    }
    createParents(dir.getParent());
    if (posix(dir.getParent())) {
      Files.createDirectory(
          dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-x---")));
    } else {
      Files.createDirectory(dir);
    }
  }

  private static boolean posix(Path dir) {
    return dir != null && Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null;
  }
}
