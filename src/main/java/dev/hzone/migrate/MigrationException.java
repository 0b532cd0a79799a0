package dev.hzone.migrate;

/**
 * The root of the migration package's failures. Each subclass says what went wrong in words a user
 * can act on; none of them ever carries a TSIG secret in its message.
 */
public abstract class MigrationException extends RuntimeException {
  protected MigrationException(String message) {
    super(message);
  }

  protected MigrationException(String message, Throwable cause) {
    super(message, cause);
  }
}
