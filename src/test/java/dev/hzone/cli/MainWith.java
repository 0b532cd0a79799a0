package dev.hzone.cli;

import dev.hzone.cli.framework.Command;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link Main} with commands a test built itself (e.g. with a fake backend), for the tests of
 * the command packages below {@code cli}; {@code Main}'s own seam stays package-private.
 */
public final class MainWith {
  private MainWith() {}

  /** Runs {@code args} against only {@code commands}; returns the exit code. */
  public static int execute(
      List<Command> commands,
      List<String> args,
      PrintStream out,
      PrintStream err,
      InputStream in,
      Map<String, String> env,
      Path workDir) {
    return new Main(commands).execute(args, out, err, in, env, workDir, false);
  }
}
