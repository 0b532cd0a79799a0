package dev.hzone.api;

import java.time.Duration;
import java.util.Objects;

/**
 * How the client retries requests that failed in a way {@link RetryPolicy} calls safe.
 *
 * @param maxAttempts tries per request in all, the first included (default 5)
 * @param backoff waits between tries when the answer says nothing about when to come back
 * @param maxRateLimitWait longest single wait after a {@code 429}, whatever its headers say
 */
public record RetryOptions(int maxAttempts, Backoff backoff, Duration maxRateLimitWait) {

  public RetryOptions {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
    }
    Objects.requireNonNull(backoff, "backoff");
    Objects.requireNonNull(maxRateLimitWait, "maxRateLimitWait");
  }

  /** Never retry. */
  public static RetryOptions none() {
    return new RetryOptions(1, Backoff.NONE, Duration.ZERO);
  }
}
