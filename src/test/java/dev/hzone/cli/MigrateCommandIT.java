package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.migrate.LargeZone;
import dev.hzone.testing.NamedServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hzone migrate axfr} and {@code verify} against BIND serving a TSIG-protected,
 * DNSSEC-signed zone of over a thousand records; the zone file hzone writes is then served by a
 * second named, standing in for Hetzner's nameservers.
 */
class MigrateCommandIT {
  static final NamedServer.Key KEY = NamedServer.Key.random("old-primary-key", "hmac-sha256");
  @TempDir static Path oldDir;
  static NamedServer old;
  @TempDir Path dir;

  @BeforeAll
  static void start() {
    old =
        NamedServer.builder(oldDir)
            .key(KEY)
            .zone(
                NamedServer.Zone.of(LargeZone.NAME, LargeZone.text())
                    .allowTransferTo(KEY)
                    .signed(NamedServer.Signing.NSEC3))
            .start();
  }

  @AfterAll
  static void stop() {
    if (old != null) {
      old.close();
    }
  }

  CliRun run(String... args) {
    return CliRun.run(dir, Map.of(), args);
  }

  void keyFile(String name, NamedServer.Key key) throws IOException {
    Files.writeString(dir.resolve(name), key.bindStatement(), StandardCharsets.UTF_8);
    if (Files.getFileAttributeView(dir, java.nio.file.attribute.PosixFileAttributeView.class)
        != null) {
      // as a careful user keeps it: a key others may read draws a warning
      Files.setPosixFilePermissions(
          dir.resolve(name), java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    }
  }

  @Test
  void transfersConvertsWritesAndVerifiesAgainstAServerLoadedWithTheResult(@TempDir Path newDir)
      throws IOException {
    keyFile("old.key", KEY);
    CliRun axfr =
        run(
            "migrate",
            "axfr",
            "--from",
            old.hostPort(),
            "--zone",
            LargeZone.NAME,
            "--tsig-file",
            "old.key",
            "--out",
            "zones/migrate.test.zone");
    assertEquals(0, axfr.code(), axfr.transcript());
    assertTrue(axfr.err().contains("dropped  DNSSEC: "), axfr.err());
    for (String u : LargeZone.UNSUPPORTED) {
      assertTrue(
          axfr.err().contains("dropped  " + u + ": "), "missing " + u + " in\n" + axfr.err());
    }
    assertFalse(axfr.err().contains(KEY.secret()));
    String zoneText = Files.readString(dir.resolve("zones/migrate.test.zone"));
    assertTrue(
        zoneText.startsWith(
            "; Migrated to Hetzner DNS by 'hzone migrate' from AXFR from " + old.hostPort()));
    String records = String.join("\n", zoneText.lines().filter(l -> !l.startsWith(";")).toList());
    assertFalse(
        records.contains("RRSIG") || records.contains("NSEC") || records.contains("SSHFP"),
        records);
    assertTrue(
        zoneText.contains("\n; dropped: host1 SSHFP: SSHFP is not a type the Hetzner API accepts"));

    try (NamedServer hetzner =
        NamedServer.builder(newDir).zone(NamedServer.Zone.of(LargeZone.NAME, zoneText)).start()) {
      CliRun verify =
          run(
              "migrate",
              "verify",
              "--zone",
              LargeZone.NAME,
              "--old",
              old.hostPort(),
              "--tsig-file",
              "old.key",
              "--nameserver",
              hetzner.hostPort());
      assertEquals(0, verify.code(), verify.transcript());
      assertTrue(verify.out().contains("  differences       0\n"), verify.out());
      assertTrue(
          verify.out().contains("OK: every new nameserver answers as " + old.hostPort()),
          verify.out());
      assertTrue(
          verify.out().contains("  DNSSEC records: CDNSKEY 1, CDS 1, DNSKEY 2, NSEC3 "),
          verify.out());
      for (String u : LargeZone.UNSUPPORTED) {
        assertTrue(
            verify.out().contains("\n  " + u + ": "), "missing " + u + " in\n" + verify.out());
      }
      long notMigratedLines =
          verify
              .out()
              .lines()
              .dropWhile(l -> !l.equals("Not migrated:"))
              .skip(1)
              .takeWhile(l -> l.startsWith("  "))
              .count();
      assertEquals(LargeZone.UNSUPPORTED.size() + 1, notMigratedLines, verify.out());
    }
  }

  @Test
  void aWrongKeyEndsWithBadSignatureExitOneAndNothingWritten() throws IOException {
    keyFile("wrong.key", KEY.withOtherSecret());
    CliRun r =
        run(
            "migrate",
            "axfr",
            "--from",
            old.hostPort(),
            "--zone",
            LargeZone.NAME,
            "--tsig-file",
            "wrong.key",
            "--out",
            "out.zone");
    assertEquals(1, r.code(), r.transcript());
    assertEquals(
        "hzone: zone transfer of migrate.test from "
            + old.hostPort()
            + " failed: the signature with key "
            + "'old-primary-key' did not verify: the secret differs from the server's (BADSIG)\n",
        r.err());
    assertFalse(Files.exists(dir.resolve("out.zone")));
    assertEquals("", r.out());
  }

  @Test
  void aRefusedTransferEndsWithExitOneAndNothingWritten() {
    CliRun r =
        run(
            "migrate",
            "axfr",
            "--from",
            old.hostPort(),
            "--zone",
            LargeZone.NAME,
            "--out",
            "out.zone");
    assertEquals(1, r.code(), r.transcript());
    assertTrue(
        r.err()
            .startsWith(
                "hzone: zone transfer of migrate.test from " + old.hostPort() + " was refused"),
        r.err());
    assertFalse(Files.exists(dir.resolve("out.zone")));
  }

  @Test
  void anUnreachableHostEndsWithExitSixtyNineAndNothingWritten(@TempDir Path goneDir)
      throws IOException {
    NamedServer gone =
        NamedServer.builder(goneDir)
            .key(KEY)
            .zone(NamedServer.Zone.of(LargeZone.NAME, LargeZone.text()).allowTransferTo(KEY))
            .start();
    String where = gone.hostPort();
    gone.stop();
    keyFile("old.key", KEY);
    CliRun r =
        run(
            "migrate",
            "axfr",
            "--from",
            where,
            "--zone",
            LargeZone.NAME,
            "--tsig-file",
            "old.key",
            "--out",
            "out.zone");
    assertEquals(69, r.code(), r.transcript());
    assertTrue(
        r.err()
            .startsWith("hzone: cannot reach " + where + " for a zone transfer of migrate.test: "),
        r.err());
    assertFalse(Files.exists(dir.resolve("out.zone")));
    CliRun v =
        run(
            "migrate",
            "verify",
            "--zone",
            LargeZone.NAME,
            "--old",
            where,
            "--nameserver",
            old.hostPort());
    assertEquals(69, v.code(), v.transcript());
  }

  @Test
  void verifyReportsADifferenceWithExitOne(@TempDir Path newDir) throws IOException {
    keyFile("old.key", KEY);
    CliRun axfr =
        run(
            "migrate",
            "axfr",
            "--from",
            old.hostPort(),
            "--zone",
            LargeZone.NAME,
            "--tsig-file",
            "old.key");
    assertEquals(0, axfr.code(), axfr.transcript());
    String changed = axfr.out().replace(" 198.51.100.13\n", " 203.0.113.12\n");
    assertFalse(changed.equals(axfr.out()), "the test must change the zone");
    try (NamedServer hetzner =
        NamedServer.builder(newDir).zone(NamedServer.Zone.of(LargeZone.NAME, changed)).start()) {
      CliRun verify =
          run(
              "migrate",
              "verify",
              "--zone",
              LargeZone.NAME,
              "--old",
              old.hostPort(),
              "--tsig-file",
              "old.key",
              "--nameserver",
              hetzner.hostPort());
      assertEquals(1, verify.code(), verify.transcript());
      assertTrue(
          verify
              .out()
              .contains(
                  "Differences:\n  h12 A at "
                      + hetzner.hostPort()
                      + ": different values: missing 198.51.100.13; extra 203.0.113.12\n"),
          verify.out());
      assertTrue(
          verify.out().contains("NOT OK: 1 difference(s); do not change the delegation yet"));
    }
  }
}
