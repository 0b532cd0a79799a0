package dev.hzone.cli.framework;

import dev.hzone.term.Palette;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a command may use from its surroundings: streams, environment, working directory and
 * the global options. Commands never touch {@code System.out}, {@code System.getenv} or the current
 * directory directly, so tests run them in-process.
 *
 * @param out results (stdout)
 * @param err progress and diagnostics (stderr)
 * @param in standard input, for prompts and {@code -} files
 * @param env the environment
 * @param workDir the directory relative paths are resolved against
 * @param globals the global options
 * @param resources things built lazily and closed when the command ends (API client, local
 *     emulator)
 */
public record Invocation(
    PrintStream out,
    PrintStream err,
    InputStream in,
    Map<String, String> env,
    Path workDir,
    GlobalOptions globals,
    Resources resources) {

  /** An environment variable, if set and not empty. */
  public Optional<String> env(String name) {
    String v = env.get(name);
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  /**
   * The colours for this invocation: on unless {@code --no-color}, {@code NO_COLOR} or no TTY turn
   * them off.
   */
  public Palette palette() {
    return new Palette(globals.color());
  }

  /** Resolves a path the user gave against the working directory. */
  public Path path(String p) {
    return workDir.resolve(p).normalize();
  }

  /** A progress or diagnostic line on stderr. */
  public void info(String line) {
    err.println(line);
  }

  /** A warning on stderr, prefixed so that it stands out in CI logs. */
  public void warn(String line) {
    err.println("warning: " + line);
  }

  /**
   * {@link #warn} unless this invocation has given the same warning already (a file read twice).
   */
  public void warnOnce(String line) {
    if (resources.get(GivenWarnings.class, GivenWarnings::new).lines().add(line)) {
      warn(line);
    }
  }

  /** The warnings this invocation gave through {@link #warnOnce}. */
  private record GivenWarnings(java.util.Set<String> lines) {
    GivenWarnings() {
      this(java.util.concurrent.ConcurrentHashMap.newKeySet());
    }
  }
}
