package dev.hzone.emulator.web;

import java.time.Duration;

/**
 * Waits; injected so that tests of latency need not wait for real. The client's twin is {@code
 * dev.hzone.api.Sleeper}, with the same behaviour; the emulator keeps its own because it shares no
 * code with the client it checks (EmulatorIndependenceTest).
 */
@FunctionalInterface
public interface Sleeper {
  void sleep(Duration d) throws InterruptedException;

  /** {@link Thread#sleep}; zero and negative durations return at once. */
  Sleeper REAL =
      d -> {
        if (d.compareTo(Duration.ZERO) > 0) {
          Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
        }
      };
}
