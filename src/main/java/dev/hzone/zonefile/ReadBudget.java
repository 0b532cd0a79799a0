package dev.hzone.zonefile;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one read of a zone may still use: records and {@code $INCLUDE}s ({@link
 * ReadOptions#recordLimit()}, {@link ReadOptions#includeLimit()}), shared by the parsers of the
 * chunks of a file read in parallel, so that a small file cannot make the reader build millions of
 * records or follow includes that multiply.
 */
final class ReadBudget {
  private final int recordLimit;
  private final int includeLimit;
  private final AtomicInteger records = new AtomicInteger();
  private final AtomicInteger includes = new AtomicInteger();

  ReadBudget(int recordLimit, int includeLimit) {
    this.recordLimit = recordLimit;
    this.includeLimit = includeLimit;
  }

  /** A budget with no practical limit, for tests that build parsers by hand. */
  static ReadBudget unlimited() {
    return new ReadBudget(Integer.MAX_VALUE, Integer.MAX_VALUE);
  }

  /** Counts one record; false when it is one past the limit. */
  boolean record() {
    return records.incrementAndGet() <= recordLimit;
  }

  /** Whether {@code more} records still fit. */
  boolean hasRoomFor(long more) {
    return records.get() + more <= recordLimit;
  }

  /** The records counted so far. */
  int records() {
    return records.get();
  }

  /** Counts one {@code $INCLUDE}; false when it is one past the limit. */
  boolean include() {
    return includes.incrementAndGet() <= includeLimit;
  }

  int recordLimit() {
    return recordLimit;
  }

  int includeLimit() {
    return includeLimit;
  }
}
