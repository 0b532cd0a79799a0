package dev.hzone.testing;

import java.io.File;
import org.junit.jupiter.api.Assumptions;

/**
 * Outside programs that tests use as peers (named-compilezone, dig, pebble, lego, hcloud).
 * `.ci/run` installs them; where one is missing a test is skipped with a notice, and under {@code
 * CI=true} fails.
 */
public final class Tools {
  private Tools() {}

  /** The absolute path of {@code program} on PATH, or a skip (a failure under CI=true). */
  public static String require(String program) {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    for (String dir : (path + ":/usr/sbin:/sbin").split(File.pathSeparator)) {
      File f = new File(dir, program);
      if (f.canExecute()) {
        return f.getAbsolutePath();
      }
    }
    String msg = program + " is not installed: skipping a test that needs it (.ci/run installs it)";
    if ("true".equals(System.getenv("CI"))) {
      throw new AssertionError(msg + " (CI=true: this is a failure)");
    }
    System.err.println("NOTICE: " + msg);
    Assumptions.abort(msg);
    return null;
  }
}
