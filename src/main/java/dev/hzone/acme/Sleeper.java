package dev.hzone.acme;

import java.time.Duration;

/** Waits; injected so that tests advance a fake clock instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
  /** {@link Thread#sleep}; zero and negative durations return at once. */
  Sleeper SYSTEM = d -> {
    if (d.compareTo(Duration.ZERO) > 0) {
      Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
    }
  };

  void sleep(Duration duration) throws InterruptedException;
}
