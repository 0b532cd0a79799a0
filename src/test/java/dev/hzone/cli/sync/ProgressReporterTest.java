package dev.hzone.cli.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.sync.apply.ApplyResult;
import dev.hzone.sync.plan.Change;
import dev.hzone.sync.plan.PlanCost;
import dev.hzone.sync.remote.Operation;
import dev.hzone.term.Palette;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {
  private static final Rrset WWW =
      Rrset.of(
          RrsetKey.of("www", RecordType.A),
          OptionalInt.empty(),
          List.of(RecordValue.of("192.0.2.1")));
  private static final Change CREATE =
      new Change.CreateRrset(WWW, List.of(new Operation.CreateRrset(WWW)));

  private static String drive(boolean tty) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(buf, true, StandardCharsets.UTF_8);
    ProgressReporter p = new ProgressReporter(err, tty, new Palette(false));
    p.started(2, new PlanCost(2, 1));
    p.changeDone("example.com", CREATE);
    p.changeFailed("example.com", CREATE, "create_rrset failed: 409 uniqueness_error");
    p.finished(new ApplyResult(1, List.of(), 3, 1, Duration.ofMillis(5)));
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void withoutATerminalOneLinePerChange() {
    assertEquals(
        """
        Applying 2 changes with 3 API requests (2 writes, 1 action poll) ...
        example.com www/A: done (create_rrset)
        example.com www/A: failed: create_rrset failed: 409 uniqueness_error
        """,
        drive(false));
  }

  @Test
  void atATerminalOneBarRedrawnInPlace() {
    String out = drive(true);
    assertTrue(
        out.contains("\r\u001b[2K[" + "#".repeat(15) + ".".repeat(15) + "] 1/2 changes"), out);
    assertTrue(out.contains("\r\u001b[2K[" + "#".repeat(30) + "] 2/2 changes, 1 failed"), out);
    assertTrue(out.contains("example.com www/A: failed: create_rrset failed"), out);
  }
}
