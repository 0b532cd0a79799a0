package dev.hzone.api;

import java.time.Duration;
import java.util.Objects;

/**
 * How actions are polled, by {@link ActionWaiter} and by everything that waits through it (the sync
 * applier, the ACME hook): the first poll comes after {@code initialInterval}; after a poll in
 * which nothing finished the interval grows by {@code multiplier} up to {@code maxInterval}, and a
 * poll in which something finished starts it again from {@code initialInterval}, so a batch that
 * keeps finishing is polled briskly; waiting gives up after {@code timeout}. The defaults (500 ms
 * growing by 1.5 to 2.5 s, 10 minutes) match the hcloud CLI's pace: DNS actions usually finish
 * within a second or two, and a longer wait costs few requests. How many ids go into one request is
 * not an option: the API answers at most {@value ActionClient#MAX_IDS_PER_REQUEST} ({@link
 * ActionClient#get(java.util.Collection)}).
 *
 * @param initialInterval wait before the first poll, and after a poll in which something finished
 * @param maxInterval longest wait between polls
 * @param multiplier growth of the interval per poll without progress, at least 1
 * @param timeout give up (with {@link ActionTimeoutException}) after this long
 */
public record PollOptions(
    Duration initialInterval, Duration maxInterval, double multiplier, Duration timeout) {

  /** 500 ms growing by 1.5 to 2.5 s, 10 minutes. */
  public static final PollOptions DEFAULT =
      new PollOptions(Duration.ofMillis(500), Duration.ofMillis(2500), 1.5, Duration.ofMinutes(10));

  public PollOptions {
    Objects.requireNonNull(initialInterval, "initialInterval");
    Objects.requireNonNull(maxInterval, "maxInterval");
    Objects.requireNonNull(timeout, "timeout");
    if (multiplier < 1) {
      throw new IllegalArgumentException("multiplier must be at least 1, not " + multiplier);
    }
  }

  /** The same options with another time-out. */
  public PollOptions withTimeout(Duration newTimeout) {
    return new PollOptions(initialInterval, maxInterval, multiplier, newTimeout);
  }

  /**
   * The wait before the next poll when the last {@code idlePolls} polls saw nothing finish (0 at
   * first).
   */
  public Duration interval(int idlePolls) {
    double millis = initialInterval.toMillis() * Math.pow(multiplier, idlePolls);
    return millis >= maxInterval.toMillis() ? maxInterval : Duration.ofMillis(Math.round(millis));
  }
}
