package dev.hzone.api;

import java.time.Duration;

/**
 * Waits. Injected wherever the client waits (back-off, rate-limit pacing, action polling), so tests
 * replace it with one that only records the waits and advances a fake clock.
 */
@FunctionalInterface
public interface Sleeper {
  /** The real one, {@link Thread#sleep}; zero and negative durations return at once. */
  Sleeper SYSTEM =
      d -> {
        if (d.compareTo(Duration.ZERO) > 0) {
          Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
        }
      };

  void sleep(Duration duration) throws InterruptedException;
}
