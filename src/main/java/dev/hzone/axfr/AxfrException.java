package dev.hzone.axfr;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A zone transfer that did not complete; nothing of it is kept. {@link #kind()} says whose move it
 * is, {@link #message()} which message of the stream failed (counting from 1), {@link #rcode()} and
 * {@link #tsigError()} what the server or our verification said. The message never holds a TSIG
 * secret.
 */
public final class AxfrException extends RuntimeException {
  /** Why the transfer failed. */
  public enum Kind {
    /** No connection: unknown host, connection refused, network error. */
    UNREACHABLE,
    /** The transfer took longer than {@link AxfrLimits#timeout()}. */
    TIMEOUT,
    /** A message carried an RCODE other than NOERROR. */
    RCODE,
    /** A TSIG signature was missing or did not verify, or the server rejected ours. */
    TSIG,
    /**
     * The stream broke the protocol: no SOA first or last, empty answer, TC bit, cut off, garbled.
     */
    PROTOCOL,
    /** More records or bytes than {@link AxfrLimits} allows. */
    LIMIT
  }

  private final Kind kind;
  private final int message;
  private final int rcode;
  private final int tsigError;

  /**
   * @param message the failing message's number, 0 when none was read
   * @param rcode the message's RCODE, or -1
   * @param tsigError the TSIG error (the server's, or our verification's as an RCODE such as
   *     BADSIG), or -1
   */
  public AxfrException(
      Kind kind, int message, int rcode, int tsigError, String text, Throwable cause) {
    super(text, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.message = message;
    this.rcode = rcode;
    this.tsigError = tsigError;
  }

  static AxfrException of(Kind kind, int message, String text) {
    return new AxfrException(kind, message, -1, -1, text, null);
  }

  public Kind kind() {
    return kind;
  }

  /** The number of the message that failed (1 is the first), or 0 when it failed before any. */
  public int message() {
    return message;
  }

  /** The RCODE of the failing message, if it was read. */
  public OptionalInt rcode() {
    return rcode < 0 ? OptionalInt.empty() : OptionalInt.of(rcode);
  }

  /**
   * The TSIG error: the one the server put in its TSIG record, or our verification's (BADSIG,
   * FORMERR...).
   */
  public OptionalInt tsigError() {
    return tsigError < 0 ? OptionalInt.empty() : OptionalInt.of(tsigError);
  }
}
