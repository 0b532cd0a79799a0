package dev.hzone.cli.framework;

import dev.hzone.api.ApiTransportException;
import dev.hzone.sync.SyncException;
import dev.hzone.sync.TsigKeyFiles;
import dev.hzone.sync.config.ConfigException;
import dev.hzone.sync.config.DesiredZones;
import dev.hzone.sync.document.PlanDocumentReader;
import dev.hzone.sync.remote.RemoteReadException;

/** The exit code and message for each failure of {@code dev.hzone.sync} (CLI.md, "Exit codes"). */
final class SyncFailures {
  private SyncFailures() {}

  static Failure describe(SyncException e) {
    if (e instanceof ConfigException
        || e instanceof TsigKeyFiles.TsigKeyFileException
        || e instanceof PlanDocumentReader.PlanDocumentException
        || e instanceof DesiredZones.DesiredZonesException) {
      return new Failure(ExitCodes.DATA, e.getMessage());
    }
    if (e instanceof RemoteReadException r && unreachable(r)) {
      return new Failure(ExitCodes.UNAVAILABLE, e.getMessage());
    }
    // Planning problems, unsafe or stale plans, incomplete reads: the operation failed, nothing was
    // sent.
    return new Failure(ExitCodes.FAILED, e.getMessage());
  }

  private static boolean unreachable(RemoteReadException e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof ApiTransportException) {
        return true;
      }
    }
    return false;
  }
}
