package dev.hzone.api;

import java.time.Duration;

/**
 * Hears when the client holds a request back to stay inside the rate-limit budget (and any reserve
 * kept with {@link HcloudClient#reserveRateLimit}), before it waits: the hook behind the progress
 * that {@code hzone plan} and {@code apply} show while they pace themselves. Called on the thread
 * that makes the request, possibly from several threads at once.
 */
@FunctionalInterface
public interface PacingListener {
  /** A listener that ignores pacing. */
  PacingListener NONE = (wait, budget) -> {};

  /**
   * A request is about to wait {@code wait} for the refill.
   *
   * @param budget the budget as the last answer told it, the reason for the wait
   */
  void held(Duration wait, RateLimitBudget budget);
}
