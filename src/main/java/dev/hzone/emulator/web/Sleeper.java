package dev.hzone.emulator.web;

import java.time.Duration;

/** Waits; injected so that tests of latency need not wait for real. */
@FunctionalInterface
public interface Sleeper {
  void sleep(Duration d) throws InterruptedException;

  /** {@link Thread#sleep}. */
  Sleeper REAL = d -> {
    if (!d.isZero()) {
      Thread.sleep(d.toMillis());
    }
  };
}
