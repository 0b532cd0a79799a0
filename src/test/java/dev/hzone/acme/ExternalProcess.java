package dev.hzone.acme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs outside programs for end-to-end tests, with their output in a log file that failures quote.
 */
final class ExternalProcess {
  private ExternalProcess() {}

  /** The result of a finished program. */
  record Result(int exitCode, String output) {}

  /**
   * Runs {@code command} to the end (at most {@code timeoutSeconds}), output and errors merged into
   * {@code log}.
   */
  static Result run(
      List<String> command, Map<String, String> env, Path dir, Path log, int timeoutSeconds)
      throws IOException, InterruptedException {
    Process p = start(command, env, dir, log);
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new AssertionError(
          command.get(0) + " did not finish in " + timeoutSeconds + " s:\n" + tail(log));
    }
    return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  /** Starts {@code command} in the background, output and errors merged into {@code log}. */
  static Process start(List<String> command, Map<String, String> env, Path dir, Path log)
      throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    pb.environment().putAll(env);
    return pb.start();
  }

  /** Stops a background program and everything it started. */
  static void stop(Process p) throws InterruptedException {
    if (p == null) {
      return;
    }
    p.descendants().forEach(ProcessHandle::destroy);
    p.destroy();
    if (!p.waitFor(5, TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
  }

  /** The last lines of a log, for failure messages. */
  static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
