package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plan, apply and pull: what happens before any request (input checks, flags, help). */
class SyncCommandsTest {
  @TempDir Path dir;

  // No token and an endpoint nobody listens on: any attempt to reach the API would fail
  // differently.
  private static final Map<String, String> ENV =
      Map.of("HCLOUD_TOKEN", "x".repeat(64), "HCLOUD_ENDPOINT", "http://127.0.0.1:9/v1");

  private CliRun run(String... args) {
    return CliRun.run(dir, ENV, args);
  }

  @Test
  void aBrokenZoneFileStopsWithItsLineAndNoRequest() throws Exception {
    Files.createDirectories(dir.resolve("zones"));
    Files.writeString(
        dir.resolve("zones/example.com.zone"),
        "$ORIGIN example.com.\nwww IN A 192.0.2.1\n" + "bad IN A not-an-address\n");
    CliRun r = run("plan");
    assertEquals(65, r.code(), r.transcript());
    assertTrue(r.err().contains("zones/example.com.zone:3:"), r.transcript());
    assertTrue(r.err().contains("nothing was sent to the API"), r.transcript());
  }

  @Test
  void aBrokenSettingsFileStopsWithFileLineAndField() throws Exception {
    Files.createDirectories(dir.resolve("zones"));
    Files.writeString(
        dir.resolve("zones/example.com.zone"), "$ORIGIN example.com.\nwww IN A 192.0.2.1\n");
    Files.writeString(dir.resolve("zones/hzone.toml"), "[defaults]\n\nttl = 5\n");
    CliRun r = run("apply", "--yes", "zones/");
    assertEquals(65, r.code(), r.transcript());
    assertTrue(
        r.err()
            .contains(
                "hzone: zones/hzone.toml:3: defaults.ttl: ttl must be a whole number from 60"),
        r.transcript());
  }

  @Test
  void ttlInFileAndSettingsMustAgree() throws Exception {
    Files.createDirectories(dir.resolve("zones"));
    Files.writeString(
        dir.resolve("zones/example.com.zone"),
        "$ORIGIN example.com.\n$TTL 600\nwww IN A 192.0.2.1\n");
    Files.writeString(dir.resolve("zones/hzone.toml"), "[zones.\"example.com\"]\nttl = 3600\n");
    CliRun r = run("plan");
    assertEquals(65, r.code(), r.transcript());
    assertTrue(
        r.err()
            .contains(
                "zones/hzone.toml:2: ttl = 3600 for zone example.com contradicts $TTL 600 in "
                    + "zones/example.com.zone; keep one of them"),
        r.transcript());
  }

  @Test
  void noZoneFilesIsADataError() throws Exception {
    Files.createDirectories(dir.resolve("zones"));
    CliRun r = run("plan");
    assertEquals(65, r.code(), r.transcript());
    assertTrue(r.err().contains("no zone files in zones"), r.transcript());
  }

  @Test
  void unknownStrategyIsAUsageError() throws Exception {
    Files.createDirectories(dir.resolve("zones"));
    Files.writeString(
        dir.resolve("zones/example.com.zone"),
        "$ORIGIN example.com.\n$TTL 60\nwww IN A 192.0.2.1\n");
    CliRun r = run("plan", "--strategy", "fast");
    assertEquals(64, r.code(), r.transcript());
    assertTrue(r.err().contains("--strategy must be auto, rrsets or import"), r.transcript());
  }

  @Test
  void anEditedPlanFileIsRefusedBeforeAnyRequest() throws Exception {
    Files.writeString(
        dir.resolve("plan.json"),
        "{\"format\": \"hzone-plan\", \"version\": 1, \"zones\": [], "
            + "\"checksum\": \"sha256:00\"}");
    CliRun r = run("apply", "plan.json");
    assertEquals(65, r.code(), r.transcript());
    assertTrue(r.err().contains("plan.json does not match its checksum"), r.transcript());
  }

  @Test
  void everyCommandHasHelpWithAnExample() {
    for (String c : new String[] {"plan", "apply", "pull"}) {
      CliRun r = run(c, "--help");
      assertEquals(0, r.code(), r.transcript());
      assertTrue(r.out().contains("Examples:\n  hzone " + c), r.transcript());
    }
  }
}
