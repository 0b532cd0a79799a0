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
  private final Clock clock =
      new Clock() {
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

  @Test
  void keepsNoMoreThanItsBoundOfBucketsWhateverKeysArrive() {
    RateLimiter limiter = new RateLimiter(clock);
    for (int i = 0; i < 3 * RateLimiter.MAX_BUCKETS; i++) {
      limiter.take("key " + i);
    }
    // Today every key stayed for ever: 20,000 made-up headers grew the emulator by 80 MB.
    assertEquals(RateLimiter.MAX_BUCKETS, limiter.bucketCount());
  }

  @Test
  void dropsBucketsThatHaveRefilledSinceTheyHoldNothingANewOneWouldNot() {
    RateLimiter limiter = new RateLimiter(clock);
    limiter.take("a");
    limiter.take("b");
    now = now.plus(Duration.ofSeconds(2));
    limiter.take("c");
    assertEquals(1, limiter.bucketCount(), "a and b are full again and gone; c is spent by one");
    assertEquals(3599, limiter.take("a").remaining(), "a comes back as a full bucket");
  }

  @Test
  void anEvictedBucketDoesNotGiveBackASpentBudget() {
    RateLimiter limiter = new RateLimiter(clock, 2);
    limiter.take("spent");
    limiter.take("spent");
    assertFalse(limiter.take("spent").allowed());
    for (int i = 0; i < 100; i++) {
      limiter.take("other " + i);
    }
    assertFalse(
        limiter.take("spent").allowed(), "a recently used bucket stays while others come and go");
  }
}
