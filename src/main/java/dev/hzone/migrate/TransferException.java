package dev.hzone.migrate;

import java.util.Objects;

/**
 * A zone transfer that did not complete. The {@link Reason} says whose move it is: {@link
 * Reason#UNREACHABLE} is the network's, the others are the server's answer to us.
 */
public final class TransferException extends MigrationException {
  /** Why the transfer failed. */
  public enum Reason {
    /** No connection or no answer: unknown host, connection refused, timed out. */
    UNREACHABLE,
    /** The server refused the transfer (its allow-transfer does not match us or our key). */
    REFUSED,
    /** The server rejected our TSIG signature, or its answer failed our verification. */
    TSIG_FAILED,
    /** The server is not authoritative for the zone, or answered with another error code. */
    NOT_SERVED,
    /**
     * The answer broke the protocol (missing SOA, garbled message, an error RCODE after the first
     * message).
     */
    PROTOCOL,
    /** The zone has more records (or bytes) than the transfer's limit allows. */
    TOO_LARGE
  }

  private final Reason reason;
  private final TsigVerdict tsig;

  public TransferException(Reason reason, TsigVerdict tsig, String message, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.tsig = Objects.requireNonNull(tsig, "tsig");
  }

  public TransferException(Reason reason, TsigVerdict tsig, String message) {
    this(reason, tsig, message, null);
  }

  public Reason reason() {
    return reason;
  }

  /** What became of the TSIG signature, as far as it is known. */
  public TsigVerdict tsig() {
    return tsig;
  }
}
