package dev.hzone.cli.cloud;

import dev.hzone.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs {@link Main#run} in-process with captured streams and only the given environment, as the
 * cloud command tests drive hzone.
 *
 * @param code the exit code
 * @param out stdout
 * @param err stderr
 */
record CloudRun(int code, String out, String err) {
  static CloudRun run(Path dir, Map<String, String> env, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Map<String, String> e = new HashMap<>(env);
    e.putIfAbsent("HOME", dir.toString());
    e.putIfAbsent("HCLOUD_CONFIG", dir.resolve("cli.toml").toString());
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream r = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code =
          Main.run(
              args, o, r, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), e, dir);
    }
    return new CloudRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  String transcript() {
    return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
