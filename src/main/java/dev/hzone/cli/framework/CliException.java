package dev.hzone.cli.framework;

/**
 * A failure that ends a command with a message on stderr and a given exit code, never a stack
 * trace. Thrown by command code; caught once, in {@link dev.hzone.cli.Main}.
 */
public final class CliException extends RuntimeException {
  private final int exitCode;

  public CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public CliException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }

  /** A usage error (64): wrong flags or arguments. */
  public static CliException usage(String message) {
    return new CliException(ExitCodes.USAGE, message);
  }

  /** Invalid input data (65): a zone file or config file that does not parse or validate. */
  public static CliException data(String message) {
    return new CliException(ExitCodes.DATA, message);
  }

  /** The operation failed (1). */
  public static CliException failed(String message) {
    return new CliException(ExitCodes.FAILED, message);
  }

  /** The API or a nameserver could not be reached (69). */
  public static CliException unavailable(String message, Throwable cause) {
    return new CliException(ExitCodes.UNAVAILABLE, message, cause);
  }
}
