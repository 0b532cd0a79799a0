package dev.hzone.emulator.web;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The API's rate limit: a bucket of 3,600 requests per project (here: per token) that refills by one
 * request per second, with bursts allowed. Every request, authenticated or not, takes one.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#rate-limiting">Rate limiting</a>
 */
public final class RateLimiter {
  /** Requests per hour. */
  public static final int LIMIT = 3600;

  private final Clock clock;
  private final int limit;
  private final double refillPerMilli;
  private final Map<String, Bucket> buckets = new HashMap<>();

  /** The outcome of taking one request from a bucket. */
  public record Decision(boolean allowed, int limit, int remaining, long resetEpochSecond) {}

  private static final class Bucket {
    double tokens;
    long lastMillis;
  }

  /** A limiter with the API's budget. */
  public RateLimiter(Clock clock) {
    this(clock, LIMIT);
  }

  /** A limiter with {@code limit} requests per hour, refilled evenly. */
  public RateLimiter(Clock clock, int limit) {
    this.clock = clock;
    this.limit = limit;
    this.refillPerMilli = limit / 3_600_000.0;
  }

  /** Takes one request from the bucket of {@code key}, if there is one left. */
  public synchronized Decision take(String key) {
    long now = clock.millis();
    Bucket b = buckets.computeIfAbsent(key, k -> {
      Bucket n = new Bucket();
      n.tokens = limit;
      n.lastMillis = now;
      return n;
    });
    b.tokens = Math.min(limit, b.tokens + Math.max(0, now - b.lastMillis) * refillPerMilli);
    b.lastMillis = now;
    boolean allowed = b.tokens >= 1;
    if (allowed) {
      b.tokens -= 1;
    }
    long msToFull = (long) Math.ceil((limit - b.tokens) / refillPerMilli);
    long reset = (now + msToFull + 999) / 1000;
    return new Decision(allowed, limit, (int) Math.floor(b.tokens), reset);
  }
}
