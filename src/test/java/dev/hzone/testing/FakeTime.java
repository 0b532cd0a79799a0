package dev.hzone.testing;

import dev.hzone.api.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A clock that only moves when the sleeper sleeps, and records each sleep: tests of waiting code
 * see every wait and never wait.
 */
public final class FakeTime extends Clock implements Sleeper {
  private volatile Instant now = Instant.parse("2026-11-28T12:00:00Z");
  public final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration d) {
    sleeps.add(d);
    if (d.compareTo(Duration.ZERO) > 0) {
      advance(d);
    }
  }

  public synchronized void advance(Duration d) {
    now = now.plus(d);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
