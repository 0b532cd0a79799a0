package dev.hzone.sync.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where files named by a settings file may be: inside its directory after every link is followed,
 * and regular files, the rule zone files and {@code $INCLUDE} follow.
 */
public final class PathRules {
  private PathRules() {}

  /** Whether {@code file} is a regular file whose real path is inside {@code dir}'s real path. */
  public static boolean resolvesInside(Path dir, Path file) {
    try {
      return file.toRealPath().startsWith(dir.toRealPath())
          && Files.isRegularFile(file.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }
}
