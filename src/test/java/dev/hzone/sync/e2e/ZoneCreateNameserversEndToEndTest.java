package dev.hzone.sync.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hzone zone create} shows the nameservers the zone was assigned, read from the zone once
 * its creation has finished: the answer to {@code POST /zones} lists none (ledger
 * L-ASSIGNED-AFTER-CREATE), and they are the zone's own (L-ASSIGNED-PER-ZONE), here not Hetzner's
 * usual ones.
 */
class ZoneCreateNameserversEndToEndTest {
  @TempDir Path dir;
  private EmulatorFixture emu;

  @BeforeEach
  void start() {
    emu = new EmulatorFixture(dir, SyncEndToEndTest.OTHER_NAMESERVERS);
  }

  @AfterEach
  void stop() {
    emu.close();
  }

  @Test
  void zoneCreateShowsTheAssignedNameservers() {
    List<String> assigned = SyncEndToEndTest.OTHER_NAMESERVERS.forZone("example.com");
    EmulatorFixture.Run create = emu.run("zone", "create", "--name", "example.com");
    assertEquals(0, create.code(), create::toString);
    assertTrue(
        create.out().contains("Nameservers: " + String.join(", ", assigned)), create::toString);
    assertFalse(create.out().contains("hetzner"), create::toString);
    EmulatorFixture.Run json = emu.run("zone", "describe", "example.com", "-o", "json");
    assertEquals(0, json.code(), json::toString);
    for (String ns : assigned) {
      assertTrue(json.out().contains("\"" + ns + "\""), json::toString);
    }
  }
}
