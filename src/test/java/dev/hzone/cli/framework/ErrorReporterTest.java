package dev.hzone.cli.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.acme.AcmeException;
import dev.hzone.acme.ZoneBusyException;
import dev.hzone.api.ApiTransportException;
import dev.hzone.api.HcloudException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** How library exceptions become one line and an exit code. */
class ErrorReporterTest {

  @Test
  void aBugInTheLibraryIsAnInternalErrorNotAUsageError() {
    // Before: any IllegalArgumentException from anywhere was reported as the user's mistake, with
    // exit 64.
    Failure f =
        ErrorReporter.describe(new IllegalArgumentException("index out of range in the planner"));
    assertEquals(ExitCodes.FAILED, f.exitCode());
    assertTrue(f.message().startsWith("internal error: "), f.message());
  }

  @Test
  void usageErrorsAreTheCommandLinesOwn() {
    CliException usage = CliException.usage("unknown option '--frobnicate'");
    assertEquals(ExitCodes.USAGE, usage.exitCode());
  }

  @Test
  void everyClientFailureIsAnHcloudExceptionAndAnUnreachableApiIs69() {
    HcloudException e = new ApiTransportException("connection refused", new IOException("refused"));
    Failure f = ErrorReporter.describe(e);
    assertEquals(ExitCodes.UNAVAILABLE, f.exitCode());
    assertTrue(f.message().contains("connection refused"), f.message());
  }

  @Test
  void aBusyZoneIsAnAcmeFailure() {
    AcmeException busy = new ZoneBusyException("zone example.com is locked", null);
    assertEquals(ExitCodes.FAILED, ErrorReporter.describe(busy).exitCode());
  }
}
