package dev.hzone.cli.framework;

import dev.hzone.acme.AcmeException;
import dev.hzone.api.ActionFailedException;
import dev.hzone.api.ActionTimeoutException;
import dev.hzone.api.ApiException;
import dev.hzone.api.ApiTransportException;
import dev.hzone.api.InconsistentListException;
import dev.hzone.emulator.EmulatorException;
import dev.hzone.migrate.ExportFormatException;
import dev.hzone.migrate.MigrationException;
import dev.hzone.migrate.TransferException;
import dev.hzone.zonefile.ZoneFileException;
import java.io.UncheckedIOException;

/**
 * Maps exceptions from the library packages to a {@link Failure}: one line and an exit code. Each
 * package's exception type gets a case here, so that users never see a stack trace.
 */
public final class ErrorReporter {
  private ErrorReporter() {}

  /**
   * Why a file operation failed, without repeating the path: a {@link
   * java.nio.file.FileSystemException}'s message is often just the path ("cannot read the token
   * file X: X").
   */
  public static String reason(java.io.IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException fs) {
      return fs.getReason() != null ? fs.getReason() : fs.getClass().getSimpleName();
    }
    return String.valueOf(e.getMessage());
  }

  public static Failure describe(RuntimeException e) {
    if (e instanceof ZoneFileException z) {
      return new Failure(ExitCodes.DATA, z.getMessage());
    }
    if (e instanceof TransferException t) {
      return new Failure(
          t.reason() == TransferException.Reason.UNREACHABLE
              ? ExitCodes.UNAVAILABLE
              : ExitCodes.FAILED,
          t.getMessage());
    }
    if (e instanceof dev.hzone.tsig.TsigKeyException || e instanceof ExportFormatException) {
      return new Failure(ExitCodes.DATA, e.getMessage());
    }
    if (e instanceof MigrationException m) {
      return new Failure(ExitCodes.FAILED, m.getMessage());
    }
    if (e instanceof UncheckedIOException io) {
      return new Failure(ExitCodes.FAILED, String.valueOf(io.getCause().getMessage()));
    }
    if (e instanceof ApiException api) {
      return new Failure(ExitCodes.FAILED, "API error: " + api.getMessage());
    }
    if (e instanceof ApiTransportException t) {
      return new Failure(ExitCodes.UNAVAILABLE, "cannot reach the API: " + t.getMessage());
    }
    if (e instanceof InconsistentListException l) {
      return new Failure(ExitCodes.FAILED, l.getMessage());
    }
    if (e instanceof ActionFailedException a) {
      return new Failure(ExitCodes.FAILED, a.getMessage());
    }
    if (e instanceof ActionTimeoutException t) {
      return new Failure(ExitCodes.FAILED, t.getMessage());
    }
    if (e instanceof dev.hzone.sync.SyncException s) {
      return SyncFailures.describe(s);
    }
    if (e instanceof EmulatorException emu) {
      return new Failure(ExitCodes.UNAVAILABLE, "the emulator cannot start: " + emu.getMessage());
    }
    if (e instanceof AcmeException a) {
      return new Failure(ExitCodes.FAILED, a.getMessage());
    }
    return new Failure(
        ExitCodes.FAILED, "internal error: " + e + " (set HZONE_DEBUG=1 for details)");
  }
}
