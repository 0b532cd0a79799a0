package dev.hzone.sync;

/**
 * The base of the sync package's failures. Each subclass says what went wrong in one line that
 * names the zone (and the file, RRSet or change) at fault; none carries a secret.
 */
public abstract class SyncException extends RuntimeException {
  protected SyncException(String message) {
    super(message);
  }

  protected SyncException(String message, Throwable cause) {
    super(message, cause);
  }
}
