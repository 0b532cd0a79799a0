package dev.hzone.api;

/**
 * The server metadata service could not be reached, or did not answer as documented. {@link #unreachable()}
 * tells the two apart: not reachable at all usually means the program does not run on a Hetzner Cloud server.
 */
public final class MetadataException extends RuntimeException {
  private final boolean unreachable;

  public MetadataException(String message, boolean unreachable, Throwable cause) {
    super(message, cause);
    this.unreachable = unreachable;
  }

  /** True when no answer came at all (connection refused, time-out, no route). */
  public boolean unreachable() {
    return unreachable;
  }
}
