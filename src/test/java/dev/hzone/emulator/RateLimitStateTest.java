package dev.hzone.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's rate-limit budget outlives the emulator on its state directory, as the API keeps
 * one budget per project whatever process asks (common.md §7): a restart takes up the budget left,
 * refilled for the time in between, on the emulator's clock. A fresh directory, or a budget saved
 * under another limit, starts full.
 */
class RateLimitStateTest {
  private static final Instant START = Instant.parse("2026-12-03T20:00:00Z");

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(START);

  private Emulator start(Path state, int limit) {
    InetAddress lo = InetAddress.getLoopbackAddress();
    EmulatorOptions o =
        EmulatorOptions.defaults()
            .withListen(new InetSocketAddress(lo, 0))
            .withToken("t")
            .withStateDir(state);
    return Emulator.builder(o).noDns().clock(clock).rateLimit(limit).start();
  }

  private static int remainingAfterOne(Emulator emu) {
    ApiTestClient.Response r = new ApiTestClient(emu.apiEndpoint(), "t").get("/locations");
    assertEquals(200, r.status());
    return Integer.parseInt(r.header("RateLimit-Remaining").orElseThrow());
  }

  @Test
  void aRestartTakesUpTheBudgetLeftRefilledForTheTimeBetween() {
    Path state = dir.resolve("state");
    try (Emulator emu = start(state, 100)) {
      for (int i = 0; i < 9; i++) {
        remainingAfterOne(emu);
      }
      assertEquals(90, remainingAfterOne(emu));
    }
    assertTrue(Files.isRegularFile(state.resolve("rate_limit.json")));
    try (Emulator emu = start(state, 100)) {
      assertEquals(89, remainingAfterOne(emu), "not a fresh budget");
    }
    clock.advance(Duration.ofSeconds(36 * 5)); // 100 an hour: one request back every 36 s
    try (Emulator emu = start(state, 100)) {
      assertEquals(93, remainingAfterOne(emu), "five refilled while it was stopped");
    }
    clock.advance(Duration.ofHours(2));
    try (Emulator emu = start(state, 100)) {
      assertEquals(99, remainingAfterOne(emu), "full again, never more");
    }
  }

  @Test
  void aFreshDirectoryOrAnotherLimitStartsFull() {
    Path state = dir.resolve("state");
    try (Emulator emu = start(state, 100)) {
      assertEquals(99, remainingAfterOne(emu));
      assertEquals(98, remainingAfterOne(emu));
    }
    try (Emulator emu = start(state, 50)) {
      assertEquals(49, remainingAfterOne(emu), "a budget saved under another limit");
    }
    try (Emulator emu = start(dir.resolve("other"), 100)) {
      assertEquals(99, remainingAfterOne(emu));
    }
  }

  @Test
  void aDamagedBudgetFileCostsAFullBudgetAndNothingElse() throws Exception {
    Path state = dir.resolve("state");
    try (Emulator emu = start(state, 100)) {
      remainingAfterOne(emu);
    }
    Files.writeString(state.resolve("rate_limit.json"), "{ not json");
    try (Emulator emu = start(state, 100)) {
      assertEquals(99, remainingAfterOne(emu));
    }
  }

  @Test
  void aBuilderCanStartTheBudgetLow() {
    InetAddress lo = InetAddress.getLoopbackAddress();
    EmulatorOptions o =
        EmulatorOptions.defaults().withListen(new InetSocketAddress(lo, 0)).withToken("t");
    try (Emulator emu =
        Emulator.builder(o).noDns().clock(clock).rateLimit(100).rateLimitRemaining(3).start()) {
      assertEquals(2, remainingAfterOne(emu));
    }
  }
}
