package dev.hzone.cli.framework;

/** The exit codes that scripts rely on (CLI.md). */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;

  /** The operation failed: API error, failed action, refused plan. */
  public static final int FAILED = 1;

  /** {@code plan --detailed-exitcode}: changes are pending. */
  public static final int PENDING = 2;

  /** Usage error (sysexits EX_USAGE). */
  public static final int USAGE = 64;

  /** Invalid input data: zone file, config (EX_DATAERR). */
  public static final int DATA = 65;

  /** The API or a nameserver is unreachable (EX_UNAVAILABLE). */
  public static final int UNAVAILABLE = 69;

  private ExitCodes() {}
}
