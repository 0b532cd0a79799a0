package dev.hzone.acme;

/**
 * The zone cannot take the change right now because another action runs on it (the API's {@code
 * locked} or {@code conflict}); trying again shortly succeeds. Thrown by {@link ChallengeZones}
 * implementations.
 */
public class ZoneBusyException extends AcmeException {
  public ZoneBusyException(String message, Throwable cause) {
    super(message, cause);
  }
}
