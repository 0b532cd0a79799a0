package dev.hzone.migrate;

/**
 * A TSIG key that cannot be read: names the source (file or option) and what is wrong, never the secret.
 */
public final class TsigKeyException extends MigrationException {
  private final String source;

  public TsigKeyException(String source, String message) {
    super(source + ": " + message);
    this.source = source;
  }

  /** The file or option the key came from. */
  public String source() {
    return source;
  }
}
