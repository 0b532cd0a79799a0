package dev.hzone.acme;

/**
 * A DNS-01 hook failure: no zone for the name, a CNAME loop, a value it cannot place, a zone that
 * stays busy ({@link ZoneBusyException}), or a value not served in time ({@link
 * PropagationTimeoutException}).
 */
public class AcmeException extends RuntimeException {
  public AcmeException(String message) {
    super(message);
  }

  public AcmeException(String message, Throwable cause) {
    super(message, cause);
  }
}
