package dev.hzone.axfr;

import java.time.Duration;
import java.util.Objects;

/**
 * What one transfer may cost before it is given up: its wall time, its records and the bytes on the
 * wire. A server (or anyone on the path of an unsigned transfer) decides how much it sends; these
 * bound the memory and time that costs us.
 *
 * @param timeout the most the whole transfer may take, connecting included
 * @param maxRecords the most records accepted (the closing SOA not counted)
 * @param maxBytes the most bytes of DNS messages accepted
 */
public record AxfrLimits(Duration timeout, int maxRecords, long maxBytes) {
  /**
   * Default record limit: far above any zone Hetzner's DNS holds, far below what exhausts a default
   * heap.
   */
  public static final int DEFAULT_MAX_RECORDS = 200_000;

  /** Default byte limit: 128 MiB of messages. */
  public static final long DEFAULT_MAX_BYTES = 128L * 1024 * 1024;

  /** Default time for a whole transfer. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  public AxfrLimits {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the transfer timeout must be positive");
    }
    if (maxRecords < 1) {
      throw new IllegalArgumentException("the record limit must be at least 1");
    }
    if (maxBytes < 512) {
      throw new IllegalArgumentException("the byte limit must be at least 512");
    }
  }

  /** 60 s, 200,000 records, 128 MiB. */
  public static AxfrLimits defaults() {
    return new AxfrLimits(DEFAULT_TIMEOUT, DEFAULT_MAX_RECORDS, DEFAULT_MAX_BYTES);
  }

  public AxfrLimits withTimeout(Duration t) {
    return new AxfrLimits(t, maxRecords, maxBytes);
  }

  public AxfrLimits withMaxRecords(int n) {
    return new AxfrLimits(timeout, n, maxBytes);
  }
}
