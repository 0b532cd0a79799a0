package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.api.HcloudClient;
import dev.hzone.emulator.Emulator;
import dev.hzone.emulator.EmulatorOptions;
import dev.hzone.migrate.LargeZone;
import dev.hzone.testing.NamedServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8's proof: BIND's named serves a TSIG-protected, DNSSEC-signed zone of over a thousand
 * records of mixed types (some the API does not accept); {@code migrate axfr --apply} puts it into
 * the emulator, and {@code migrate verify} against the emulator's DNS server agrees on every
 * migrated RRSet and lists exactly what was dropped. Failures (wrong key, refused transfer,
 * unreachable host) change nothing anywhere.
 */
class MigrateIntoEmulatorIT {
  static final String TOKEN = "migrate-it-token-" + "0".repeat(47);
  static final NamedServer.Key KEY = NamedServer.Key.random("old-primary-key", "hmac-sha256");
  @TempDir static Path oldDir;
  static NamedServer old;

  @TempDir Path dir;
  @TempDir Path state;
  Emulator emulator;

  @BeforeAll
  static void startOld() {
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
  static void stopOld() {
    if (old != null) {
      old.close();
    }
  }

  @BeforeEach
  void startEmulator() throws IOException {
    InetAddress lo = InetAddress.getLoopbackAddress();
    emulator =
        Emulator.builder(
                EmulatorOptions.defaults()
                    .withListen(new InetSocketAddress(lo, 0))
                    .withDnsListen(new InetSocketAddress(lo, 0))
                    .withStateDir(state)
                    .withToken(TOKEN)
                    .withActionDuration(Duration.ofMillis(5)))
            .start();
    Files.writeString(dir.resolve("old.key"), KEY.bindStatement(), StandardCharsets.UTF_8);
    ownerOnly(
        dir.resolve("old.key")); // a key others may read adds a warning to every command's output
  }

  @AfterEach
  void stopEmulator() {
    emulator.close();
  }

  CliRun hzone(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--endpoint";
    all[1] = emulator.apiEndpoint().toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return CliRun.run(dir, Map.of("HCLOUD_TOKEN", TOKEN), all);
  }

  String emulatorDns() {
    InetSocketAddress a = emulator.dnsAddress().orElseThrow();
    return a.getAddress().getHostAddress() + ":" + a.getPort();
  }

  int zonesAtTheEmulator() {
    try (HcloudClient c =
        HcloudClient.builder().endpoint(emulator.apiEndpoint().toString()).token(TOKEN).build()) {
      return c.zones().list(dev.hzone.api.ZoneListOptions.ALL).size();
    }
  }

  /** The lines of the "Not migrated:" section of verify's output. */
  static List<String> notMigrated(String out) {
    return out.lines()
        .dropWhile(l -> !l.equals("Not migrated:"))
        .skip(1)
        .takeWhile(l -> l.startsWith("  "))
        .map(String::strip)
        .toList();
  }

  @Test
  void axfrApplyThenVerifyAgreesOnEverythingAndListsExactlyWhatWasDropped() throws IOException {
    CliRun apply =
        hzone(
            "migrate",
            "axfr",
            "--from",
            old.hostPort(),
            "--zone",
            LargeZone.NAME,
            "--tsig-file",
            "old.key",
            "--out",
            "zones/migrate.test.zone",
            "--apply",
            "--yes");
    assertEquals(0, apply.code(), apply.transcript());
    assertTrue(apply.out().contains(LargeZone.NAME), apply.out());
    assertTrue(apply.err().contains("Applied "), apply.err());
    assertTrue(Files.exists(dir.resolve("zones/migrate.test.zone")));
    assertEquals(1, zonesAtTheEmulator());

    CliRun verify =
        hzone(
            "migrate",
            "verify",
            "--zone",
            LargeZone.NAME,
            "--old",
            old.hostPort(),
            "--tsig-file",
            "old.key",
            "--nameserver",
            emulatorDns());
    assertEquals(0, verify.code(), verify.transcript());
    assertTrue(verify.out().contains("  differences       0\n"), verify.out());
    assertTrue(
        verify.out().contains("OK: every new nameserver answers as " + old.hostPort()),
        verify.out());
    List<String> dropped = notMigrated(verify.out());
    assertTrue(
        dropped.get(0).startsWith("DNSSEC records: CDNSKEY 1, CDS 1, DNSKEY 2, NSEC3 "),
        dropped.get(0));
    TreeSet<String> unsupported = new TreeSet<>();
    for (String line : dropped.subList(1, dropped.size())) {
      String[] f = line.split(" ", 3);
      unsupported.add(f[0] + " " + f[1].replace(":", ""));
    }
    assertEquals(new TreeSet<>(LargeZone.UNSUPPORTED), unsupported);
    assertEquals(LargeZone.UNSUPPORTED.size(), dropped.size() - 1);

    // The file in the repository and the zone at Hetzner agree: a plan from the file has nothing to
    // do.
    CliRun plan = hzone("plan", "--detailed-exitcode", "zones/migrate.test.zone");
    assertEquals(0, plan.code(), plan.transcript());
  }

  @Test
  void applyingAgainChangesNothing() {
    assertEquals(
        0,
        hzone(
                "migrate",
                "axfr",
                "--from",
                old.hostPort(),
                "--zone",
                LargeZone.NAME,
                "--tsig-file",
                "old.key",
                "--apply",
                "--yes")
            .code());
    CliRun again =
        hzone(
            "migrate",
            "axfr",
            "--from",
            old.hostPort(),
            "--zone",
            LargeZone.NAME,
            "--tsig-file",
            "old.key",
            "--apply",
            "--yes");
    assertEquals(0, again.code(), again.transcript());
    assertTrue(again.err().contains("No changes"), again.err());
  }

  @Test
  void withLocalTheEmulatorInProcessIsTargetAndNameserver(@TempDir Path localState) {
    String ls = localState.toString();
    CliRun apply =
        CliRun.run(
            dir,
            Map.of(),
            "--local-state",
            ls,
            "migrate",
            "axfr",
            "--from",
            old.hostPort(),
            "--zone",
            LargeZone.NAME,
            "--tsig-file",
            "old.key",
            "--apply",
            "--yes");
    assertEquals(0, apply.code(), apply.transcript());
    CliRun verify =
        CliRun.run(
            dir,
            Map.of(),
            "--local-state",
            ls,
            "migrate",
            "verify",
            "--zone",
            LargeZone.NAME,
            "--old",
            old.hostPort(),
            "--tsig-file",
            "old.key");
    assertEquals(0, verify.code(), verify.transcript());
    assertTrue(verify.out().contains("and 1 new nameserver(s)"), verify.out());
  }

  @Test
  void failuresWithApplyChangeNothingAnywhere(@TempDir Path goneDir) throws IOException {
    Files.writeString(
        dir.resolve("wrong.key"), KEY.withOtherSecret().bindStatement(), StandardCharsets.UTF_8);
    ownerOnly(dir.resolve("wrong.key"));
    CliRun wrong =
        hzone(
            "migrate",
            "axfr",
            "--from",
            old.hostPort(),
            "--zone",
            LargeZone.NAME,
            "--tsig-file",
            "wrong.key",
            "--out",
            "out.zone",
            "--apply",
            "--yes");
    assertEquals(1, wrong.code(), wrong.transcript());
    assertTrue(wrong.err().contains("(BADSIG)"), wrong.err());

    CliRun refused =
        hzone(
            "migrate",
            "axfr",
            "--from",
            old.hostPort(),
            "--zone",
            LargeZone.NAME,
            "--out",
            "out.zone",
            "--apply",
            "--yes");
    assertEquals(1, refused.code(), refused.transcript());
    assertTrue(refused.err().contains("was refused"), refused.err());

    NamedServer gone =
        NamedServer.builder(goneDir)
            .zone(
                NamedServer.Zone.of(
                    "x.test",
                    "$TTL 300\n@ SOA ns. h. 1 2 3 4 5\n@ NS ns.x.test.\nns A 192.0.2.1\n"))
            .start();
    String where = gone.hostPort();
    gone.stop();
    CliRun unreachable =
        hzone(
            "migrate",
            "axfr",
            "--from",
            where,
            "--zone",
            LargeZone.NAME,
            "--tsig-file",
            "old.key",
            "--out",
            "out.zone",
            "--apply",
            "--yes");
    assertEquals(69, unreachable.code(), unreachable.transcript());
    assertTrue(unreachable.err().startsWith("hzone: cannot reach " + where), unreachable.err());

    assertFalse(Files.exists(dir.resolve("out.zone")));
    assertEquals(0, zonesAtTheEmulator());
    for (CliRun r : List.of(wrong, refused, unreachable)) {
      assertEquals("", r.out(), r.transcript());
      assertFalse(r.err().contains(KEY.secret()));
    }
  }

  @Test
  void verifyReportsAChangeMadeAtHetznerAfterTheMigration() {
    assertEquals(
        0,
        hzone(
                "migrate",
                "axfr",
                "--from",
                old.hostPort(),
                "--zone",
                LargeZone.NAME,
                "--tsig-file",
                "old.key",
                "--apply",
                "--yes")
            .code());
    CliRun set = hzone("record", "set", LargeZone.NAME, "h5", "A", "203.0.113.5");
    assertEquals(0, set.code(), set.transcript());
    CliRun verify =
        hzone(
            "migrate",
            "verify",
            "--zone",
            LargeZone.NAME,
            "--old",
            old.hostPort(),
            "--tsig-file",
            "old.key",
            "--nameserver",
            emulatorDns());
    assertEquals(1, verify.code(), verify.transcript());
    assertTrue(
        verify
            .out()
            .contains(
                "  h5 A at "
                    + emulatorDns()
                    + ": different values: missing 198.51.100.6; "
                    + "extra 203.0.113.5\n"),
        verify.out());
  }

  private static void ownerOnly(Path file) throws java.io.IOException {
    Files.setPosixFilePermissions(
        file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
  }
}
