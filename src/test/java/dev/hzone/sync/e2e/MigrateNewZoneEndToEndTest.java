package dev.hzone.sync.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.api.HcloudClient;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RrsetKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate file --apply} into a zone that does not exist yet, at an emulator that assigns
 * other nameservers than Hetzner's usual ones (ledger L-ASSIGNED-PER-ZONE): the zone ends up with
 * its assigned nameservers only and the old SOA's contact and timers under its own primary; no
 * nameserver name is made up.
 */
class MigrateNewZoneEndToEndTest {
  @TempDir Path dir;
  private EmulatorFixture emu;

  @BeforeEach
  void start() throws IOException {
    emu = new EmulatorFixture(dir, SyncEndToEndTest.OTHER_NAMESERVERS);
    try (InputStream in = getClass().getResourceAsStream("/migrate/registrar-example.com.txt")) {
      emu.write("export.txt", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @AfterEach
  void stop() {
    emu.close();
  }

  @Test
  void theNewZoneHasItsAssignedNameserversAndTheOldSoaTimers() throws IOException {
    EmulatorFixture.Run migrate =
        emu.run(
            "migrate",
            "file",
            "export.txt",
            "--zone",
            "example.com",
            "--out",
            "zones/example.com.zone",
            "--apply",
            "--yes");
    assertEquals(0, migrate.code(), migrate::toString);
    List<String> assigned = SyncEndToEndTest.OTHER_NAMESERVERS.forZone("example.com");
    try (HcloudClient c = emu.client()) {
      assertEquals(
          assigned,
          c.zones().get("example.com").orElseThrow().authoritativeNameservers().assigned());
      assertEquals(
          new TreeSet<>(assigned),
          new TreeSet<>(
              c.rrsets()
                  .get("example.com", RrsetKey.of("@", RecordType.NS))
                  .orElseThrow()
                  .values()),
          "no other apex NS: neither the old host's nor made-up ones");
      String soa =
          c.rrsets()
              .get("example.com", RrsetKey.of("@", RecordType.SOA))
              .orElseThrow()
              .values()
              .get(0);
      assertTrue(
          soa.startsWith(assigned.get(0) + " dns.registrar.example. ")
              && soa.endsWith(" 28800 7200 604800 3600"),
          soa);
    }
    String file = Files.readString(dir.resolve("zones/example.com.zone"));
    assertFalse(file.contains("hetzner"), file);
    assertTrue(file.contains(assigned.get(0)), file);
    EmulatorFixture.Run plan = emu.run("plan", "--detailed-exitcode", "zones/");
    assertEquals(0, plan.code(), plan::toString);
  }
}
