package dev.hzone.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs {@link Main#run} in-process with captured streams, a given environment and stdin: the way
 * every CLI test drives hzone.
 *
 * @param code the exit code
 * @param out what went to stdout
 * @param err what went to stderr
 */
record CliRun(int code, String out, String err) {

  /** Runs hzone with {@code env} (nothing else from the real environment) in {@code dir}. */
  static CliRun withInput(Path dir, Map<String, String> env, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Map<String, String> e = new HashMap<>(env);
    e.putIfAbsent("HOME", dir.toString());
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream r = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code =
          Main.run(
              args, o, r, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), e, dir);
    }
    return new CliRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static CliRun run(Path dir, Map<String, String> env, String... args) {
    return withInput(dir, env, "", args);
  }

  /** For assertion messages: everything the run printed. */
  String transcript() {
    return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
