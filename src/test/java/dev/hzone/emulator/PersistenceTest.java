package dev.hzone.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --state DIR}: written on every change, read back at start, never silently reset. */
class PersistenceTest {
  @TempDir Path dir;

  private TestEmulator start() {
    return TestEmulator.start(o -> o.withStateDir(dir));
  }

  private static final String KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGJ0+kIrO8n5SeTz8Dk1t8i3WL7o2WbGQ4m8Lq2iNRrW"
          + " test@example";

  @Test
  void everythingSurvivesARestart() {
    long deletedZoneAction;
    try (TestEmulator t = start()) {
      t.api.post(
          "/zones", "{\"name\":\"example.com\",\"mode\":\"primary\",\"labels\":{\"a\":\"b\"}}");
      t.api.post(
          "/zones/example.com/rrsets",
          "{\"name\":\"www\",\"type\":\"TXT\",\"ttl\":300,"
              + "\"records\":[{\"value\":\"\\\"hello\\\"\",\"comment\":\"c\"}]}");
      t.api.post(
          "/zones",
          "{\"name\":\"example.org\",\"mode\":\"secondary\",\"primary_nameservers\":["
              + "{\"address\":\"192.0.2.1\",\"tsig_algorithm\":\"hmac-sha256\",\"tsig_key\":\"c2VjcmV0\"}]}");
      t.api.post("/zones", "{\"name\":\"gone.com\",\"mode\":\"primary\"}");
      deletedZoneAction =
          t.api.delete("/zones/gone.com").json().getAsJsonObject("action").get("id").getAsLong();
      assertEquals(
          201, t.api.post("/ssh_keys", "{\"name\":\"k\",\"public_key\":\"" + KEY + "\"}").status());
      assertEquals(
          201,
          t.api
              .post(
                  "/servers",
                  "{\"name\":\"web\",\"server_type\":\"cpx22\",\"image\":\"ubuntu-24.04\","
                      + "\"ssh_keys\":[\"k\"]}")
              .status());
    }
    try (TestEmulator t = start()) {
      assertEquals(
          "\"hello\"",
          t.api
              .get("/zones/example.com/rrsets/www/TXT")
              .json()
              .getAsJsonObject("rrset")
              .getAsJsonArray("records")
              .get(0)
              .getAsJsonObject()
              .get("value")
              .getAsString());
      assertEquals(
          "b",
          t.api
              .get("/zones/example.com")
              .json()
              .getAsJsonObject("zone")
              .getAsJsonObject("labels")
              .get("a")
              .getAsString());
      assertEquals(
          "c2VjcmV0",
          t.api
              .get("/zones/example.org")
              .json()
              .getAsJsonObject("zone")
              .getAsJsonArray("primary_nameservers")
              .get(0)
              .getAsJsonObject()
              .get("tsig_key")
              .getAsString());
      assertEquals(404, t.api.get("/zones/gone.com").status());
      assertEquals(
          "delete_zone",
          t.api
              .get("/actions/" + deletedZoneAction)
              .json()
              .getAsJsonObject("action")
              .get("command")
              .getAsString());
      assertEquals(1, t.api.get("/ssh_keys").json().getAsJsonArray("ssh_keys").size());
      assertEquals(
          "web",
          t.api
              .get("/servers")
              .json()
              .getAsJsonArray("servers")
              .get(0)
              .getAsJsonObject()
              .get("name")
              .getAsString());
      long next =
          t.api
              .post("/zones", "{\"name\":\"new.com\",\"mode\":\"primary\"}")
              .json()
              .getAsJsonObject("zone")
              .get("id")
              .getAsLong();
      assertEquals(100_004, next, "IDs go on after the restart");
      assertTrue(t.published.served("example.com").isPresent(), "zones are published at start-up");
    }
  }

  @Test
  void stateFilesAreReadableByTheOwnerOnly() throws Exception {
    try (TestEmulator t = start()) {
      t.api.post("/zones", "{\"name\":\"example.com\",\"mode\":\"primary\"}");
    }
    try (var files = Files.list(dir.resolve("zones"))) {
      Path f = files.findFirst().orElseThrow();
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }
  }

  private Path zoneFile() throws Exception {
    try (TestEmulator t = start()) {
      t.api.post("/zones", "{\"name\":\"example.com\",\"mode\":\"primary\"}");
    }
    try (var files = Files.list(dir.resolve("zones"))) {
      return files.findFirst().orElseThrow();
    }
  }

  @Test
  void refusesATornFileNamingIt() throws Exception {
    Path f = zoneFile();
    String text = Files.readString(f);
    Files.writeString(f, text.substring(0, text.length() / 2));
    EmulatorException e = assertThrows(EmulatorException.class, this::start);
    assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    assertTrue(e.getMessage().contains("move the state directory away"), e.getMessage());
    assertEquals(
        text.substring(0, text.length() / 2), Files.readString(f), "the file is left as it was");
  }

  @Test
  void refusesAnEmptyFileAndMissingMembers() throws Exception {
    Path f = zoneFile();
    String text = Files.readString(f);
    Files.writeString(f, "");
    assertTrue(assertThrows(EmulatorException.class, this::start).getMessage().contains("empty"));
    Files.writeString(f, text.replace("\"name\":\"example.com\",", ""));
    EmulatorException e = assertThrows(EmulatorException.class, this::start);
    assertTrue(e.getMessage().contains("'name'"), e.getMessage());
  }

  @Test
  void ignoresTheLeftoverOfAnInterruptedWrite() throws Exception {
    Path f = zoneFile();
    Files.writeString(f.resolveSibling(f.getFileName() + ".tmp"), "{\"half");
    try (TestEmulator t = start()) {
      assertEquals(200, t.api.get("/zones/example.com").status());
    }
    assertTrue(Files.notExists(f.resolveSibling(f.getFileName() + ".tmp")));
  }

  @Test
  @SuppressWarnings(
      "try") // the first emulator is only held open, so that the second start meets its lock
  void refusesASecondEmulatorOnTheSameDirectory() {
    try (TestEmulator t = start()) {
      EmulatorException e = assertThrows(EmulatorException.class, this::start);
      assertTrue(e.getMessage().contains("in use"), e.getMessage());
    }
    try (TestEmulator again = start()) {
      assertEquals(200, again.api.get("/zones").status());
    }
  }
}
