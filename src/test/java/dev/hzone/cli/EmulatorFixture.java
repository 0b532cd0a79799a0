package dev.hzone.cli;

import dev.hzone.emulator.Emulator;
import dev.hzone.emulator.LocalEmulator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The emulator running in this JVM on a free loopback port, and hzone run in-process against it
 * with {@code --endpoint} and {@code HCLOUD_TOKEN}, as a user would against the real API.
 */
final class EmulatorFixture implements AutoCloseable {
  final Emulator emulator;
  final Path dir;

  EmulatorFixture(Path dir) {
    this.dir = dir;
    this.emulator = LocalEmulator.start(dir.resolve("emulator-state"));
  }

  Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("HCLOUD_TOKEN", emulator.token());
    env.put("HCLOUD_CONFIG", dir.resolve("no-config.toml").toString());
    env.put("HOME", dir.toString());
    return env;
  }

  CliRun hzone(String... args) {
    return withInput("", args);
  }

  CliRun withInput(String stdin, String... args) {
    List<String> all = new ArrayList<>(List.of("--endpoint", emulator.apiEndpoint().toString()));
    all.addAll(List.of(args));
    return CliRun.withInput(dir, env(), stdin, all.toArray(String[]::new));
  }

  /** Runs and insists on exit 0. */
  CliRun ok(String... args) {
    CliRun r = hzone(args);
    if (r.code() != 0) {
      throw new AssertionError("hzone " + String.join(" ", args) + " failed:\n" + r.transcript());
    }
    return r;
  }

  @Override
  public void close() {
    emulator.close();
  }
}
