package dev.hzone.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hzone acme present} against an emulator whose DNS server serves each change 3 s after its
 * action finished ({@code --dns-delay 3000}): the hook waits until the value is served, polling
 * every 2 s, so it returns at the first round after 3 s; with the value already served it returns
 * at the first round, at once.
 */
class AcmeDelayIT {
  private static final Pattern DONE =
      Pattern.compile("done in ([0-9.]+) s \\(waiting for nameservers ([0-9.]+) s\\)");
  private static final double DELAY_S = 3.0;

  @TempDir static Path work;
  private static EmulatorProcess emulator;

  @BeforeAll
  static void start() throws Exception {
    emulator =
        EmulatorProcess.start(
            Files.createDirectories(work.resolve("emulator")), (int) (DELAY_S * 1000));
    emulator.createZone("example.test");
  }

  @AfterAll
  static void stop() throws Exception {
    if (emulator != null) {
      emulator.close();
    }
  }

  /**
   * Runs the hook through the launcher; returns the seconds it spent waiting for the nameserver.
   */
  private double present(String value) throws Exception {
    Map<String, String> env = new HashMap<>(emulator.clientEnv());
    ExternalProcess.Result r =
        ExternalProcess.run(
            List.of(
                EmulatorProcess.root().resolve("hzone").toString(),
                "--verbose",
                "acme",
                "present",
                "--nameserver",
                emulator.dns,
                "--timeout",
                "30",
                "_acme-challenge.example.test.",
                value),
            env,
            work,
            work.resolve("hook-" + value + ".log"),
            120);
    assertEquals(0, r.exitCode(), r.output());
    Matcher m = DONE.matcher(r.output());
    assertTrue(m.find(), r.output());
    return Double.parseDouble(m.group(2));
  }

  @Test
  void hookWaitsUntilTheDelayedServerServesTheValueAndNoLonger() throws Exception {
    double waited = present("delayedValue_000000000000000000000000000000");
    // Rounds run at 0, 2, 4 s after the write: the value appears at 3 s, so the 4 s round sees it.
    assertTrue(
        waited >= DELAY_S - 0.2,
        "returned after " + waited + " s, before the server could serve the value");
    assertTrue(
        waited < DELAY_S + 2 + 1.5, "waited " + waited + " s, more than one round past the delay");
  }

  @Test
  void hookReturnsAtTheFirstRoundWhenTheValueIsAlreadyServed() throws Exception {
    present("servedValue_0000000000000000000000000000000");
    double waited = present("servedValue_0000000000000000000000000000000");
    assertTrue(waited < 1.0, "waited " + waited + " s for a value that was already served");
  }
}
