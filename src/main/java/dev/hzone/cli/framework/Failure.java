package dev.hzone.cli.framework;

/**
 * What the user is told about an exception from the library, and the exit code that goes with it.
 *
 * @param exitCode see {@link ExitCodes}
 * @param message one line, with file and line or field where there is one; never a secret
 */
public record Failure(int exitCode, String message) {}
