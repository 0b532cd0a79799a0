package dev.hzone.cli.framework;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the HTTP requests the invocation's API client sends (retries and polls included), for
 * summaries such as {@code hzone apply}'s "N requests". Kept in {@link Invocation#resources()};
 * {@link ClientFactory} feeds it.
 */
public final class RequestCounter {
  private final AtomicLong count = new AtomicLong();

  /** The counter of this invocation. */
  public static RequestCounter of(Invocation inv) {
    return inv.resources().get(RequestCounter.class, RequestCounter::new);
  }

  void increment() {
    count.incrementAndGet();
  }

  /** Requests sent so far. */
  public long count() {
    return count.get();
  }
}
