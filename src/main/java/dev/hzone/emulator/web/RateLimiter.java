package dev.hzone.emulator.web;

import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The API's rate limit: a bucket of 3,600 requests per project that refills by one request per
 * second, with bursts allowed. Every request, authenticated or not, takes one (common.md §7:
 * "applies to all requests, authenticated or not").
 *
 * <p>The caller chooses the key: the project (the emulator's one valid token) for authenticated
 * requests, the client's address for the rest, so that a flood of made-up tokens shares one budget
 * instead of getting a fresh one per header. Buckets are bounded: a bucket that has refilled to
 * full is the same as no bucket and is dropped, and past {@link #MAX_BUCKETS} the least recently
 * used one goes, so no sequence of keys can grow the map without bound.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#rate-limiting">Rate limiting</a>
 */
public final class RateLimiter {
  /** Requests per hour. */
  public static final int LIMIT = 3600;

  /**
   * The key of the project's bucket: every request with the emulator's token (the API keeps one
   * budget per project, whatever token of it a request carries).
   */
  public static final String PROJECT = "token";

  /** The most buckets kept at once. */
  public static final int MAX_BUCKETS = 4096;

  private final Clock clock;
  private final int limit;
  private final double refillPerMilli;
  private final Map<String, Bucket> buckets =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
          return size() > MAX_BUCKETS;
        }
      };
  private long nextSweepMillis;

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
    sweepFullBuckets(now);
    Bucket b =
        buckets.computeIfAbsent(
            key,
            k -> {
              Bucket n = new Bucket();
              n.tokens = limit;
              n.lastMillis = now;
              return n;
            });
    b.tokens = refilled(b, now);
    b.lastMillis = now;
    boolean allowed = b.tokens >= 1;
    if (allowed) {
      b.tokens -= 1;
    }
    long msToFull = (long) Math.ceil((limit - b.tokens) / refillPerMilli);
    long reset = (now + msToFull + 999) / 1000;
    return new Decision(allowed, limit, (int) Math.floor(b.tokens), reset);
  }

  /** Requests per hour. */
  public int limit() {
    return limit;
  }

  /**
   * The requests left in the bucket of {@code key} now, fractions of the refill included; the whole
   * limit when it has no bucket (never used, or full again).
   */
  public synchronized double remaining(String key) {
    Bucket b = buckets.get(key);
    return b == null ? limit : refilled(b, clock.millis());
  }

  /**
   * Sets the bucket of {@code key} to {@code remaining} requests as of {@code atMillis} (epoch
   * milliseconds on this limiter's clock), refilled since then up to the limit: a budget saved by
   * an earlier run of the emulator, or one a test starts low.
   */
  public synchronized void restore(String key, double remaining, long atMillis) {
    long now = clock.millis();
    Bucket b = new Bucket();
    b.tokens = Math.max(0, Math.min(limit, remaining));
    b.lastMillis = Math.min(atMillis, now);
    b.tokens = refilled(b, now);
    b.lastMillis = now;
    buckets.put(key, b);
  }

  /** How many buckets are kept now (for tests of the bound). */
  public synchronized int bucketCount() {
    return buckets.size();
  }

  private double refilled(Bucket b, long now) {
    return Math.min(limit, b.tokens + Math.max(0, now - b.lastMillis) * refillPerMilli);
  }

  /**
   * Drops buckets that are full again, at most once a second: they hold nothing a new bucket would
   * not.
   */
  private void sweepFullBuckets(long now) {
    if (now < nextSweepMillis) {
      return;
    }
    nextSweepMillis = now + 1000;
    for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
      if (refilled(it.next(), now) >= limit) {
        it.remove();
      }
    }
  }
}
