package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The smaller things a new user trips over (issue 15, items 10 and 12). */
class PapercutsTest {
  @TempDir Path dir;

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  @Test
  void aMissingTokenFileIsNamedOnceWithTheReason() {
    CliRun r =
        CliRun.run(
            dir,
            Map.of("HCLOUD_ENDPOINT", "http://127.0.0.1:9/v1"),
            "--token-file",
            "nope.txt",
            "zone",
            "list");
    assertEquals(65, r.code(), r.transcript());
    assertTrue(
        r.err()
            .contains("cannot read the token file " + dir.resolve("nope.txt") + ": no such file"),
        r.transcript());
    assertEquals(1, count(r.err(), "nope.txt"), r.transcript());
  }

  @Test
  void noTokenSuggestsHzonesOwnContextCommand() {
    CliRun r =
        CliRun.run(
            dir,
            Map.of(
                "HCLOUD_CONFIG",
                dir.resolve("none.toml").toString(),
                "HCLOUD_ENDPOINT",
                "http://127.0.0.1:9/v1"),
            "zone",
            "list");
    assertEquals(64, r.code(), r.transcript());
    assertTrue(r.err().contains("'hzone context create NAME'"), r.transcript());
    assertFalse(r.err().contains("hcloud context create"), r.transcript());
  }

  @Test
  void aTakenDnsPortIsReportedOnce() throws Exception {
    try (DatagramSocket taken = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      CliRun r =
          CliRun.run(
              dir,
              Map.of(),
              "emulator",
              "--listen",
              "127.0.0.1:0",
              "--dns-listen",
              "127.0.0.1:" + taken.getLocalPort());
      assertEquals(69, r.code(), r.transcript());
      assertEquals(1, count(r.err(), "cannot serve DNS on"), r.transcript());
      assertTrue(r.err().contains("127.0.0.1:" + taken.getLocalPort()), r.transcript());
    }
  }

  @Test
  void unicodeZoneNamesAreShownAsUnicodeWithPunycodeInMessages() throws Exception {
    try (EmulatorFixture api = new EmulatorFixture(dir)) {
      String shown = "bücher.example (xn--bcher-kva.example)";
      assertTrue(
          api.ok("zone", "create", "bücher.example")
              .out()
              .startsWith("Zone " + shown + " created"));
      assertTrue(
          api.ok("record", "add", "bücher.example", "www", "A", "192.0.2.1")
              .out()
              .contains("in zone " + shown),
          "record add");
      assertTrue(
          api.ok("zone", "enable-protection", "bücher.example").out().contains("zone " + shown));
      CliRun refused = api.hzone("zone", "delete", "bücher.example");
      assertEquals(1, refused.code(), refused.transcript());
      assertTrue(
          refused.err().contains("zone " + shown + " is protected")
              && refused.err().contains("run 'hzone zone disable-protection bücher.example' first"),
          refused.transcript());
      Files.writeString(dir.resolve("bücher.example.zone"), "www 300 IN A 192.0.2.1\n");
      assertTrue(
          api.ok("file", "check", "bücher.example.zone").out().contains("ok, zone " + shown));
      assertTrue(api.ok("plan", "bücher.example.zone").out().contains(shown), "plan");
    }
  }

  @Test
  void theRepositorysOwnZoneFilesAreFormatted() {
    CliRun r =
        CliRun.run(Path.of("").toAbsolutePath(), Map.of(), "file", "fmt", "--check", "zones/");
    assertEquals(0, r.code(), r.transcript());
  }

  @Test
  void aFileNameThatIsNoDomainNeedsAnOrigin() throws Exception {
    Files.writeString(dir.resolve("zone.txt"), "www 300 IN A 192.0.2.1\n");
    CliRun r = CliRun.run(dir, Map.of(), "file", "check", "zone.txt");
    assertEquals(65, r.code(), r.transcript());
    assertTrue(
        r.err().startsWith("zone.txt:1: zone.txt is not a domain") && r.err().contains("--origin"),
        r.transcript());
    assertFalse(r.out().contains("ok, zone zone.txt"), r.transcript());
    CliRun withOrigin =
        CliRun.run(dir, Map.of(), "file", "check", "--origin", "example.com", "zone.txt");
    assertEquals(0, withOrigin.code(), withOrigin.transcript());
    Files.writeString(dir.resolve("zone.txt"), "$ORIGIN example.com.\nwww 300 IN A 192.0.2.1\n");
    assertEquals(0, CliRun.run(dir, Map.of(), "file", "check", "zone.txt").code());
  }

  @Test
  void pullKeepsTheFilesSerialAndWritesFilesOthersMayRead() throws Exception {
    try (EmulatorFixture api = new EmulatorFixture(dir)) {
      api.ok("zone", "create", "example.com");
      api.ok("pull", "--zone", "example.com", "zones");
      Path file = dir.resolve("zones/example.com.zone");
      String first = serial(Files.readString(file));
      api.ok("record", "add", "example.com", "www", "A", "192.0.2.1");
      api.ok("record", "add", "example.com", "www", "A", "192.0.2.2");
      api.ok("pull", "--force", "--zone", "example.com", "zones");
      String text = Files.readString(file);
      assertEquals(first, serial(text), text);
      assertTrue(text.contains("192.0.2.2"), text);
      // What any new file in that directory gets (0644 under the usual umask 022), never 0600.
      Path plain = Files.createFile(dir.resolve("zones/plain"));
      Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
      assertEquals(expected, Files.getPosixFilePermissions(file));
      assertTrue(
          expected.contains(PosixFilePermission.OTHERS_READ)
              || !expected.contains(PosixFilePermission.GROUP_READ),
          "sanity: the test runs under an ordinary umask");
    }
  }

  private static String serial(String zoneFile) {
    Matcher m = Pattern.compile("IN SOA\\s+\\S+\\s+\\S+\\s+(\\d+)").matcher(zoneFile);
    assertTrue(m.find(), zoneFile);
    return m.group(1);
  }
}
