package dev.hzone.api;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link ActionWaiter} polls: the first poll comes after {@code initialInterval}, each following
 * interval is {@code multiplier} times longer up to {@code maxInterval}, and waiting gives up after
 * {@code timeout}. The defaults (500 ms growing by 1.5 to 2.5 s, 10 minutes) match the hcloud CLI's pace:
 * DNS actions usually finish within a second or two, and a longer wait costs few requests.
 *
 * @param initialInterval wait before the first poll
 * @param maxInterval longest wait between polls
 * @param multiplier growth of the interval per poll, at least 1
 * @param timeout give up (with {@link ActionTimeoutException}) after this long
 * @param maxIdsPerRequest most action ids in one {@code GET /actions?id=..} request
 */
public record PollOptions(
    Duration initialInterval, Duration maxInterval, double multiplier, Duration timeout, int maxIdsPerRequest) {

  /** 500 ms growing by 1.5 to 2.5 s, 10 minutes, 100 ids per request. */
  public static final PollOptions DEFAULT =
      new PollOptions(Duration.ofMillis(500), Duration.ofMillis(2500), 1.5, Duration.ofMinutes(10), 100);

  public PollOptions {
    Objects.requireNonNull(initialInterval, "initialInterval");
    Objects.requireNonNull(maxInterval, "maxInterval");
    Objects.requireNonNull(timeout, "timeout");
    if (multiplier < 1) {
      throw new IllegalArgumentException("multiplier must be at least 1, not " + multiplier);
    }
    if (maxIdsPerRequest < 1) {
      throw new IllegalArgumentException("maxIdsPerRequest must be at least 1");
    }
  }

  /** The same options with another time-out. */
  public PollOptions withTimeout(Duration newTimeout) {
    return new PollOptions(initialInterval, maxInterval, multiplier, newTimeout, maxIdsPerRequest);
  }

  /** The wait before poll number {@code poll} (0 for the first). */
  public Duration interval(int poll) {
    double millis = initialInterval.toMillis() * Math.pow(multiplier, poll);
    return millis >= maxInterval.toMillis() ? maxInterval : Duration.ofMillis(Math.round(millis));
  }
}
