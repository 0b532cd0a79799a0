package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.cli.framework.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hzone zone export|import} and {@code zone create --file} against the emulator. */
class ZoneFileCommandTest {
  @TempDir static Path dir;
  static EmulatorFixture emu;

  @BeforeAll
  static void start() {
    emu = new EmulatorFixture(dir);
  }

  @AfterAll
  static void stop() {
    emu.close();
  }

  @Test
  void exportPrintsTheCanonicalZoneFile() {
    emu.ok("zone", "create", "export.com");
    emu.ok("record", "add", "export.com", "www", "A", "192.0.2.1", "--ttl", "300");
    emu.ok("record", "add", "export.com", "@", "MX", "10 mail", "--comment", "primary mx");
    String text = emu.ok("zone", "export", "export.com").out();
    assertTrue(text.startsWith("$ORIGIN export.com.\n$TTL 3600\n"), text);
    assertTrue(text.contains("IN MX    10 mail.export.com. ; primary mx\n"), text);
    assertTrue(text.matches("(?s).*\nwww +300 +IN A +192\\.0\\.2\\.1\n.*"), text);
    assertTrue(text.contains("IN SOA"), text);
  }

  @Test
  void importShowsWhatChangesAndAsks() throws Exception {
    emu.ok("zone", "create", "import.com");
    emu.ok("record", "add", "import.com", "old", "A", "192.0.2.1");
    emu.ok("record", "add", "import.com", "www", "A", "192.0.2.2");
    Path file = dir.resolve("import.com.zone");
    Files.writeString(
        file,
        """
        $TTL 600
        www   IN A   192.0.2.2
        new   IN A   192.0.2.3
        @     IN TXT "hello"
        """);
    CliRun declined =
        emu.withInput("n\n", "zone", "import", "import.com", "--file", file.toString());
    assertEquals(ExitCodes.FAILED, declined.code(), declined.transcript());
    assertTrue(declined.out().contains("  - old A"), declined.out());
    assertTrue(declined.out().contains("  + new A"), declined.out());
    assertTrue(declined.out().contains("ttl 3600 -> 600"), declined.out());
    assertTrue(declined.err().contains("Import? [y/N]"), declined.err());
    assertTrue(emu.ok("record", "list", "import.com").out().contains("old"), "nothing changed");

    // The preview is apply's plan of the same file with --strategy import, line for line.
    String applyPlan = emu.ok("plan", "--strategy", "import", file.toString()).out();
    assertEquals(planLines(applyPlan), planLines(declined.out()));

    emu.ok("zone", "import", "import.com", "--file", file.toString(), "--yes");
    String list =
        emu.ok("record", "list", "import.com", "-o", "columns=name,type", "-o", "noheader").out();
    assertTrue(list.contains("new ") && !list.contains("old "), list);
    assertTrue(emu.ok("zone", "describe", "import.com").out().contains("TTL:          600"));
    assertTrue(
        emu.ok("zone", "import", "import.com", "--file", file.toString())
            .out()
            .contains("nothing to import"));
  }

  /**
   * The plan as printed, without the header of zone import, the read line (requests so far) and the
   * rate-limit budget left, which the requests between the two runs lower.
   */
  private static String planLines(String out) {
    StringBuilder sb = new StringBuilder();
    for (String line : out.split("\n")) {
      if (line.startsWith("import.com:") || line.startsWith("  ") || line.startsWith("Plan:")) {
        sb.append(line.replaceAll(", \\d+ left in the rate-limit budget", "")).append('\n');
      }
    }
    assertTrue(sb.toString().contains("zone file import"), out);
    return sb.toString();
  }

  @Test
  void importAndCreateFromAFileKeepRecordComments() throws Exception {
    Path file = dir.resolve("comments.com.zone");
    Files.writeString(
        file,
        """
        $TTL 600
        www   IN A   192.0.2.7 ; web server
        @     IN MX  10 mail ; primary mx
        """);
    emu.ok("zone", "create", "comments.com");
    CliRun preview =
        emu.withInput("n\n", "zone", "import", "comments.com", "--file", file.toString());
    assertTrue(preview.out().contains("web server"), preview.out());
    emu.ok("zone", "import", "comments.com", "--file", file.toString(), "--yes");
    String exported = emu.ok("zone", "export", "comments.com").out();
    assertTrue(exported.contains("; web server"), exported);
    assertTrue(exported.contains("; primary mx"), exported);

    // hcloud's form (no prompt) takes the same path.
    Files.writeString(file, "$TTL 600\nwww IN A 192.0.2.8 ; moved\n");
    emu.ok("zone", "import-zonefile", "--zonefile", file.toString(), "comments.com");
    exported = emu.ok("zone", "export", "comments.com").out();
    assertTrue(exported.contains("192.0.2.8 ; moved"), exported);

    Path created = dir.resolve("created.com.zone");
    Files.writeString(created, "$TTL 900\nwww IN A 192.0.2.9 ; from create\n");
    emu.ok("zone", "create", "created.com", "--file", created.toString());
    exported = emu.ok("zone", "export", "created.com").out();
    assertTrue(exported.contains("192.0.2.9 ; from create"), exported);
  }

  @Test
  void badZoneFileIsRefusedWithFileAndLine() throws Exception {
    emu.ok("zone", "create", "broken.com");
    Path file = dir.resolve("broken.zone");
    Files.writeString(file, "$TTL 600\nwww IN A 192.0.2.1\nbad IN A 999.1.1.1\n");
    CliRun r = emu.hzone("zone", "import", "broken.com", "--file", file.toString(), "--yes");
    assertEquals(ExitCodes.DATA, r.code(), r.transcript());
    assertTrue(r.err().contains(file + ":3:"), r.err());
  }

  @Test
  void createFromAFile() throws Exception {
    Path file = dir.resolve("fromfile.zone");
    Files.writeString(file, "$TTL 900\nwww IN A 192.0.2.10\n");
    emu.ok("zone", "create", "fromfile.com", "--file", file.toString());
    String list =
        emu.ok(
                "record",
                "list",
                "fromfile.com",
                "-o",
                "columns=name,type,records",
                "-o",
                "noheader")
            .out();
    assertTrue(list.matches("(?s).*\nwww +A +192\\.0\\.2\\.10\n.*"), list);
    assertTrue(emu.ok("zone", "describe", "fromfile.com").out().contains("TTL:          900"));
  }
}
