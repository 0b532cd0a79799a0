package dev.hzone.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import okhttp3.Headers;

/**
 * Keeps requests inside the rate-limit budget instead of running into {@code 429}. It learns the
 * budget from every answer's headers and counts the requests in flight. When the budget left, less
 * the requests in flight and the reserve kept for other tools, is used up, each new request is held
 * back until the refill has made room for it, so that the client slows to the refill rate (1
 * request per second by default) rather than being refused or spending the reserve.
 */
final class RateLimitPacer {
  private final Clock clock;
  private RateLimitBudget budget;
  private int inFlight;
  private int reserve;
  private volatile PacingListener listener = PacingListener.NONE;

  RateLimitPacer(Clock clock) {
    this.clock = clock;
  }

  /** The budget as last seen, if any answer carried the headers. */
  synchronized Optional<RateLimitBudget> budget() {
    return Optional.ofNullable(budget);
  }

  /** Who hears about requests held back from now on. */
  void listener(PacingListener l) {
    listener = java.util.Objects.requireNonNull(l, "listener");
  }

  /** Tells the listener that a request waits {@code wait}, outside the pacer's lock. */
  void held(Duration wait) {
    RateLimitBudget b = budget().orElse(null);
    if (b != null) {
      listener.held(wait, b);
    }
  }

  /** Keeps {@code requests} of the budget unspent from now on ({@code --reserve}). */
  synchronized void keepInReserve(int requests) {
    if (requests < 0) {
      throw new IllegalArgumentException("the reserve must not be negative");
    }
    reserve = requests;
  }

  /**
   * Reserves room for one request and says how long to wait before sending it. Every reservation
   * must be followed by {@link #release}.
   */
  synchronized Duration reserve() {
    Duration wait = Duration.ZERO;
    if (budget != null) {
      Instant now = clock.instant();
      int free = budget.remainingAt(now) - inFlight - reserve;
      if (free < 1) {
        // Our place in the queue: the refill must first cover those ahead of us, then us.
        wait = budget.refillInterval().multipliedBy(1L - free);
      }
    }
    inFlight++;
    return wait;
  }

  /** Ends a reservation; {@code headers} are the answer's, or null when none came. */
  synchronized void release(Headers headers) {
    inFlight = Math.max(0, inFlight - 1);
    if (headers != null) {
      Instant now = clock.instant();
      parse(headers, now).filter(b -> isNewer(b, now)).ifPresent(b -> budget = b);
    }
  }

  /**
   * Answers to parallel requests arrive in any order, so an answer may carry a budget older than
   * the one already known: the server counted it before the others. The lower reading wins, unless
   * the limit itself changed.
   */
  private boolean isNewer(RateLimitBudget b, Instant now) {
    return budget == null
        || b.limit() != budget.limit()
        || b.remaining() <= budget.remainingAt(now);
  }

  /** The budget in an answer's headers, if all three are there and numeric. */
  static Optional<RateLimitBudget> parse(Headers headers, Instant now) {
    String limit = headers.get("RateLimit-Limit");
    String remaining = headers.get("RateLimit-Remaining");
    String reset = headers.get("RateLimit-Reset");
    if (limit == null || remaining == null || reset == null) {
      return Optional.empty();
    }
    try {
      int l = Integer.parseInt(limit.trim());
      int r = Integer.parseInt(remaining.trim());
      long s = Long.parseLong(reset.trim());
      return l < 1
          ? Optional.empty()
          : Optional.of(new RateLimitBudget(l, r, Instant.ofEpochSecond(s), now));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
