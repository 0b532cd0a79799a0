package dev.hzone.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The rate-limit budget as the last answer's {@code RateLimit-*} headers told it. The API refills
 * the budget steadily ({@code limit} requests per hour, so 1 per second at the default 3600), which
 * lets a planner say what a run will cost and how long it must wait for it.
 *
 * @param limit requests per hour ({@code RateLimit-Limit})
 * @param remaining requests left when the answer was sent ({@code RateLimit-Remaining})
 * @param reset when the budget is full again ({@code RateLimit-Reset})
 * @param observed when the answer was received
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#description/rate-limiting">Rate
 *     limiting</a>
 */
public record RateLimitBudget(int limit, int remaining, Instant reset, Instant observed) {

  public RateLimitBudget {
    Objects.requireNonNull(reset, "reset");
    Objects.requireNonNull(observed, "observed");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive");
    }
  }

  /** How long the API takes to refill one request. */
  public Duration refillInterval() {
    return Duration.ofMillis(Math.max(1, 3_600_000L / limit));
  }

  /**
   * The requests left at {@code now}, counting the refill since the answer (at most {@code limit}).
   */
  public int remainingAt(Instant now) {
    long elapsed = Math.max(0, Duration.between(observed, now).toMillis());
    long refilled = elapsed / refillInterval().toMillis();
    return (int) Math.min(limit, remaining + refilled);
  }

  /**
   * How long from {@code now} until {@code requests} more requests fit in the budget (zero if they
   * do).
   */
  public Duration waitFor(int requests, Instant now) {
    int missing = requests - remainingAt(now);
    return missing <= 0 ? Duration.ZERO : refillInterval().multipliedBy(missing);
  }
}
