package dev.hzone.acme;

/** A DNS-01 hook failure that is not the API's: no zone for the name, a CNAME loop, a value it cannot place. */
public class AcmeException extends RuntimeException {
  public AcmeException(String message) {
    super(message);
  }

  public AcmeException(String message, Throwable cause) {
    super(message, cause);
  }
}
