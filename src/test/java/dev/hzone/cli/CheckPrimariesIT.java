package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.testing.NamedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code zone check-primaries} against BIND's named serving a TSIG-protected primary on loopback,
 * with a secondary zone in the emulator pointing at it: the right key, a wrong key, and named
 * stopped.
 */
class CheckPrimariesIT {
  static final String ZONE_NAME = "secondary-check.com";
  static final String ZONE =
      """
      $TTL 300
      @       SOA   ns1.secondary-check.com. hostmaster.secondary-check.com. 2026112801 3600 600 86400 300
      @       NS    ns1.secondary-check.com.
      ns1     A     192.0.2.53
      www     A     192.0.2.80
      www     AAAA  2001:db8::80
      mail    MX    10 mx.secondary-check.com.
      mx      A     192.0.2.25
      """;

  @TempDir Path dir;

  @Test
  void reportsSerialAndTsigThenTheWrongKeyThenUnreachable() throws Exception {
    NamedServer.Key key = NamedServer.Key.random("transfer-key", "hmac-sha256");
    Path keyFile = dir.resolve("transfer.key");
    Files.writeString(keyFile, key.bindStatement());
    Path wrongFile = dir.resolve("wrong.key");
    Files.writeString(wrongFile, key.withOtherSecret().bindStatement());
    try (EmulatorFixture emu = new EmulatorFixture(dir.resolve("emu"));
        NamedServer named =
            NamedServer.builder(Files.createDirectories(dir.resolve("named")))
                .key(key)
                .zone(NamedServer.Zone.of(ZONE_NAME, ZONE).allowTransferTo(key))
                .start()) {
      emu.ok(
          "zone",
          "create",
          ZONE_NAME,
          "--mode",
          "secondary",
          "--primary",
          named.hostPort(),
          "--tsig-key-file",
          keyFile.toString());

      CliRun good = emu.hzone("zone", "check-primaries", ZONE_NAME);
      assertEquals(0, good.code(), good.transcript());
      String row =
          good.out().lines().filter(l -> l.startsWith("127.0.0.1")).findFirst().orElseThrow();
      assertTrue(
          row.matches("127\\.0\\.0\\.1:\\d+ +yes +2026112801 +valid +7 +ok +ok +complete"), row);
      assertFalse(good.out().contains(key.secret()), "never the secret");
      JsonObject json =
          JsonParser.parseString(emu.ok("zone", "check-primaries", ZONE_NAME, "-o", "json").out())
              .getAsJsonArray()
              .get(0)
              .getAsJsonObject();
      assertEquals(2026112801L, json.get("serial").getAsLong());
      assertEquals("valid", json.get("tsig").getAsString());
      assertEquals("transfer-key", json.get("tsig_key_name").getAsString());

      emu.ok(
          "zone",
          "set-primaries",
          ZONE_NAME,
          "--primary",
          named.hostPort(),
          "--tsig-key-file",
          wrongFile.toString());
      CliRun wrong = emu.hzone("zone", "check-primaries", ZONE_NAME);
      assertEquals(ExitCodes.FAILED, wrong.code(), wrong.transcript());
      assertTrue(wrong.out().contains("bad signature"), wrong.out());
      assertTrue(wrong.out().contains("tsig failed"), wrong.out());

      named.stop();
      long start = System.nanoTime();
      CliRun down = emu.hzone("zone", "check-primaries", ZONE_NAME);
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertEquals(ExitCodes.UNAVAILABLE, down.code(), down.transcript());
      String downRow =
          down.out().lines().filter(l -> l.startsWith("127.0.0.1")).findFirst().orElseThrow();
      assertTrue(downRow.matches("127\\.0\\.0\\.1:\\d+ +no +- .*"), downRow);
      assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "reported within 10 s, took " + took);
    }
  }
}
