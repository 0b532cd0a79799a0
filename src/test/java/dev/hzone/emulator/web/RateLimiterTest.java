package dev.hzone.emulator.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private Instant now = Instant.parse("2026-03-01T10:00:00Z");
  private final Clock clock = new Clock() {
    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  };

  @Test
  void allows3600InABurstThenOneMorePerSecond() {
    RateLimiter limiter = new RateLimiter(clock);
    RateLimiter.Decision d = null;
    for (int i = 0; i < 3600; i++) {
      d = limiter.take("token");
      assertTrue(d.allowed(), "request " + i);
    }
    assertEquals(0, d.remaining());
    assertEquals(now.getEpochSecond() + 3600, d.resetEpochSecond(), "full again after an hour");
    assertFalse(limiter.take("token").allowed());
    assertTrue(limiter.take("other").allowed(), "each token has its own budget");
    now = now.plus(Duration.ofSeconds(1));
    assertTrue(limiter.take("token").allowed(), "one more after a second");
    assertFalse(limiter.take("token").allowed());
    now = now.plus(Duration.ofHours(2));
    RateLimiter.Decision full = limiter.take("token");
    assertEquals(3599, full.remaining(), "refilled to the limit, never beyond");
    assertEquals(3600, full.limit());
  }
}
