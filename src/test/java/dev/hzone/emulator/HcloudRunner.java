package dev.hzone.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.testing.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the official hcloud CLI against an emulator with a clean environment (its own config file
 * and HOME, no token but the emulator's), and records every command line with its exit code for the
 * report.
 */
final class HcloudRunner {
  /** One run: exit code, standard output and error. */
  record Run(int code, String out, String err) {}

  private final Path dir;
  private final String endpoint;
  private final String token;
  private final List<String> transcript = new ArrayList<>();
  private String pathFirst = "";

  HcloudRunner(Path dir, Emulator emu, String token) {
    this(dir, emu.apiEndpoint(), token);
  }

  /**
   * A runner talking to {@code endpoint} (the emulator's, or a {@link RecordingProxy}'s in front of
   * it).
   */
  HcloudRunner(Path dir, java.net.URI endpoint, String token) {
    this.dir = dir;
    this.endpoint = endpoint.toString();
    this.token = token;
  }

  /**
   * Runs {@code hcloud ARGS} and asserts that it exits 0 and really ran a command: hcloud 1.30
   * answers a subcommand it does not have (such as {@code primary-ip add-label}) with its group's
   * help and exit 0, sending nothing.
   */
  Run ok(String... args) throws IOException, InterruptedException {
    Run r = run(args);
    assertEquals(0, r.code(), "hcloud " + String.join(" ", args) + "\n" + r.out() + r.err());
    assertFalse(
        r.out().contains("Available Commands:"),
        "hcloud "
            + String.join(" ", args)
            + " is not a command of this hcloud: it printed its group's help\n"
            + r.out());
    return r;
  }

  /** Runs {@code hcloud ARGS}, whatever its exit code. */
  Run run(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Tools.require("hcloud"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().clear();
    pb.environment().put("PATH", pathFirst + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    pb.environment().put("HOME", dir.toString());
    pb.environment().put("HCLOUD_CONFIG", dir.resolve("cli.toml").toString());
    pb.environment().put("HCLOUD_ENDPOINT", endpoint);
    pb.environment().put("HCLOUD_TOKEN", token);
    pb.environment().put("HCLOUD_POLL_INTERVAL", "100ms");
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    pb.redirectOutput(out.toFile());
    pb.redirectError(err.toFile());
    Process p = pb.start();
    assertTrue(
        p.waitFor(180, TimeUnit.SECONDS), "hcloud " + String.join(" ", args) + " did not finish");
    Run r = new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    transcript.add("hcloud " + String.join(" ", args) + " -> exit " + r.code());
    return r;
  }

  /** Puts {@code bin} first on hcloud's PATH: a stand-in for a program hcloud runs (ssh). */
  HcloudRunner withPathFirst(Path bin) {
    this.pathFirst = bin + ":";
    return this;
  }

  /** Every command run so far with its exit code. */
  List<String> transcript() {
    return List.copyOf(transcript);
  }
}
