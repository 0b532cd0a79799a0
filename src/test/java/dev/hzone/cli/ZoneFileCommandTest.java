package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    Files.writeString(file, """
        $TTL 600
        www   IN A   192.0.2.2
        new   IN A   192.0.2.3
        @     IN TXT "hello"
        """);
    CliRun declined = emu.withInput("n\n", "zone", "import", "import.com", "--file", file.toString());
    assertEquals(ExitCodes.FAILED, declined.code(), declined.transcript());
    assertTrue(declined.out().contains("  - old"), declined.out());
    assertTrue(declined.out().contains("  + new"), declined.out());
    assertTrue(declined.out().contains("default TTL 3600 -> 600"), declined.out());
    assertTrue(declined.err().contains("Import? [y/N]"), declined.err());
    assertTrue(emu.ok("record", "list", "import.com").out().contains("old"), "nothing changed");

    CliRun done = emu.ok("zone", "import", "import.com", "--file", file.toString(), "--yes");
    assertTrue(done.err().contains("The file has no SOA record; keeping the zone's current one."), done.err());
    String list = emu.ok("record", "list", "import.com", "-o", "columns=name,type", "-o", "noheader").out();
    assertTrue(list.contains("new ") && !list.contains("old "), list);
    assertTrue(emu.ok("zone", "describe", "import.com").out().contains("TTL:          600"));
    assertTrue(emu.ok("zone", "import", "import.com", "--file", file.toString()).out().contains("nothing to import"));
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
    String list = emu.ok("record", "list", "fromfile.com", "-o", "columns=name,type,records", "-o", "noheader").out();
    assertTrue(list.matches("(?s).*\nwww +A +192\\.0\\.2\\.10\n.*"), list);
    assertTrue(emu.ok("zone", "describe", "fromfile.com").out().contains("TTL:          900"));
  }
}
