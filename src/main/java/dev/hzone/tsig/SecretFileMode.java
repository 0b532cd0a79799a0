package dev.hzone.tsig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The one check, and the one wording of the warning, for a file holding a secret (a TSIG key, an
 * API token, hcloud's {@code cli.toml}) that users other than its owner may read. It lives in this
 * leaf package because every package that reads such a file ({@code sync.config} for {@code
 * tsig_key_file}, {@code cli} for {@code --tsig-key-file}, {@code --token-file} and {@code
 * cli.toml}) may use it.
 *
 * <pre>{@code
 * SecretFileMode.looseModeWarning(Path.of("transfer.key"), "a TSIG key").ifPresent(System.err::println);
 * // transfer.key holds a TSIG key but has mode rw-r--r--, so other users may read it; run: chmod 600 transfer.key
 * }</pre>
 *
 * <p>The warning names the file and its mode, never any of its content.
 */
public final class SecretFileMode {
  private static final Set<PosixFilePermission> OWNER =
      EnumSet.of(
          PosixFilePermission.OWNER_READ,
          PosixFilePermission.OWNER_WRITE,
          PosixFilePermission.OWNER_EXECUTE);

  private SecretFileMode() {}

  /**
   * The file's POSIX permissions (of the target, for a link), or none when the file system has none
   * or the file cannot be examined: there is nothing to warn about then, and reading it reports the
   * problem.
   */
  public static Set<PosixFilePermission> permissions(Path file) {
    try {
      return Files.getPosixFilePermissions(file);
    } catch (UnsupportedOperationException | IOException e) {
      return Set.of();
    }
  }

  /**
   * A warning when {@code file}, which holds {@code what} (e.g. "a TSIG key", "an API token"), may
   * be read by group or others; empty when it may not, or on a file system without POSIX
   * permissions.
   */
  public static Optional<String> looseModeWarning(Path file, String what) {
    return looseModeWarning(file, what, permissions(file));
  }

  /** As {@link #looseModeWarning(Path, String)}, with the mode the file had when it was read. */
  public static Optional<String> looseModeWarning(
      Path file, String what, Set<PosixFilePermission> mode) {
    if (!readableByOthers(mode)) {
      return Optional.empty();
    }
    return Optional.of(
        file
            + " holds "
            + what
            + " but has mode "
            + PosixFilePermissions.toString(mode)
            + ", so other users may read it; run: chmod 600 "
            + shellWord(file.toString()));
  }

  /** The path as one shell word, so that the advice can be pasted as it is. */
  private static String shellWord(String s) {
    return s.matches("[A-Za-z0-9_./+:@%=,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
  }

  /** Whether group or others have any permission at all. */
  public static boolean readableByOthers(Set<PosixFilePermission> mode) {
    return !OWNER.containsAll(mode);
  }
}
