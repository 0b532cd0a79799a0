package dev.hzone.api;

import java.time.Duration;
import java.util.Random;

/**
 * How long to wait before retry number {@code n} (0 for the first retry). A value, so that tests
 * and callers can choose; the default is {@link #exponential}.
 */
@FunctionalInterface
public interface Backoff {
  /** No waiting at all (for tests that do not look at the waits). */
  Backoff NONE = n -> Duration.ZERO;

  Duration delay(int retry);

  /**
   * Truncated exponential back-off with full jitter, as the official SDKs do: the ceiling doubles
   * from {@code base} per retry up to {@code cap}, and the wait is uniformly random between {@code
   * base} and that ceiling, so that many clients hit by the same failure do not retry in step.
   *
   * @param base the first ceiling and the shortest wait, e.g. 1 s
   * @param cap the longest wait, e.g. 60 s
   * @param random the source of jitter (inject a seeded one for repeatable tests)
   */
  static Backoff exponential(Duration base, Duration cap, Random random) {
    long baseMs = base.toMillis();
    long capMs = cap.toMillis();
    return n -> {
      long ceiling = n >= 62 ? capMs : Math.min(capMs, baseMs << Math.min(n, 30));
      long spread = Math.max(0, ceiling - baseMs);
      long jitter;
      synchronized (random) {
        jitter = spread == 0 ? 0 : (long) (random.nextDouble() * spread);
      }
      return Duration.ofMillis(baseMs + jitter);
    };
  }
}
