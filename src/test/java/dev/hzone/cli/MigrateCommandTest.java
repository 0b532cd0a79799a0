package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.dns.ZoneData;
import dev.hzone.zonefile.ParsedZone;
import dev.hzone.zonefile.ReadOptions;
import dev.hzone.zonefile.ZoneFileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code hzone migrate file} end to end, in-process, on hand-written exports of each host's kind.
 */
class MigrateCommandTest {
  @TempDir Path dir;

  static String resource(String name) {
    try (InputStream in = MigrateCommandTest.class.getResourceAsStream("/migrate/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  CliRun run(String... args) {
    return CliRun.run(dir, Map.of(), args);
  }

  void copy(String fixture) throws IOException {
    Files.writeString(dir.resolve(fixture), resource(fixture), StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"cloudflare", "route53", "registrar"})
  void convertsEachHostsExportToTheGoldenZoneFile(String host) throws IOException {
    copy(host + "-example.com.txt");
    CliRun r = run("migrate", "file", host + "-example.com.txt", "--zone", "example.com");
    assertEquals(0, r.code(), r.transcript());
    assertEquals(resource(host + "-example.com.expected.zone"), r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"cloudflare", "route53", "registrar"})
  void writesAZoneFileThatReadsBackAsTheSameZoneAndFormatsUnchanged(String host)
      throws IOException {
    copy(host + "-example.com.txt");
    CliRun r =
        run(
            "migrate",
            "file",
            host + "-example.com.txt",
            "--zone",
            "example.com",
            "--out",
            "zones/example.com.zone");
    assertEquals(0, r.code(), r.transcript());
    assertEquals("", r.out());
    Path written = dir.resolve("zones/example.com.zone");
    ParsedZone back = new ZoneFileReader(ReadOptions.defaults()).read(written);
    ZoneData expected =
        new ZoneFileReader(ReadOptions.defaults())
            .parse(resource(host + "-example.com.expected.zone"), "golden", "example.com")
            .zone();
    assertEquals(expected, back.zone());
    CliRun fmt = run("file", "fmt", "--check", "zones/example.com.zone");
    assertEquals(0, fmt.code(), fmt.transcript());
  }

  @Test
  void printsTheReportOnStderrWithFileAndLine() throws IOException {
    copy("route53-example.com.txt");
    CliRun r = run("migrate", "file", "route53-example.com.txt", "--zone", "example.com");
    assertTrue(
        r.err()
            .contains(
                "read 15 records of example.com from route53-example.com.txt (Route 53 (cli53))"),
        r.err());
    assertTrue(
        r.err()
            .contains(
                "dropped  route53-example.com.txt:15: status A: Route 53 failover SECONDARY "
                    + "dropped: Hetzner has no health checks, so only the PRIMARY is served\n"
                    + "         -> switch to the standby by changing the record when the primary fails\n"),
        r.err());
    assertTrue(
        r.err()
            .contains(
                "check    route53-example.com.txt:18: www A (2 records): Route 53 ALIAS to "
                    + "origin.example.com. replaced by copies of its A records"),
        r.err());
  }

  @Test
  void readsTheExportFromStandardInput() {
    CliRun r =
        CliRun.withInput(
            dir,
            Map.of(),
            resource("registrar-example.com.txt"),
            "migrate",
            "file",
            "-",
            "--zone",
            "example.com");
    assertEquals(0, r.code(), r.transcript());
    assertTrue(r.out().contains("files     IN CNAME cdn.example.com.\n"), r.out());
    assertTrue(
        r.err()
            .contains(
                "<stdin>:24: docs CNAME: target ghs.google.com.example.com. looks like "
                    + "ghs.google.com. with a forgotten trailing dot"),
        r.err());
  }

  @Test
  void badExportEndsWithFileLineAndDataErrorAndWritesNothing() throws IOException {
    Files.writeString(
        dir.resolve("broken.txt"), "$TTL 300\n@ SOA ns. h. 1 2 3 4 5\nwww A 192.0.2.300\n");
    CliRun r = run("migrate", "file", "broken.txt", "--zone", "example.com", "--out", "out.zone");
    assertEquals(65, r.code(), r.transcript());
    assertTrue(r.err().startsWith("hzone: broken.txt:3: "), r.err());
    assertFalse(Files.exists(dir.resolve("out.zone")));
    assertEquals("", r.out());
  }

  @Test
  void missingFileAndMissingZoneAreReported() {
    CliRun missing = run("migrate", "file", "nope.txt", "--zone", "example.com");
    assertEquals(65, missing.code());
    assertEquals("hzone: nope.txt: no such file\n", missing.err());
    CliRun noZone = run("migrate", "file", "nope.txt");
    assertEquals(64, noZone.code());
    assertEquals("hzone: missing --zone NAME (see 'hzone migrate file --help')\n", noZone.err());
  }

  @Test
  void axfrRefusesABadAddressAndABadKeyFileBeforeAnyNetwork() throws IOException {
    CliRun bad = run("migrate", "axfr", "--from", "ns1:notaport", "--zone", "example.com");
    assertEquals(64, bad.code());
    assertEquals(
        "hzone: --from: 'ns1:notaport' is not HOST[:PORT]: the port is not a number "
            + "(see 'hzone migrate axfr --help')\n",
        bad.err());
    Files.writeString(dir.resolve("k.key"), "hmac-sha384:k:c2VjcmV0");
    if (Files.getFileAttributeView(dir, java.nio.file.attribute.PosixFileAttributeView.class)
        != null) {
      Files.setPosixFilePermissions(
          dir.resolve("k.key"),
          java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    }
    CliRun key =
        run(
            "migrate",
            "axfr",
            "--from",
            "127.0.0.1:1",
            "--zone",
            "example.com",
            "--tsig-file",
            "k.key");
    assertEquals(65, key.code());
    assertEquals(
        "hzone: k.key: unsupported TSIG algorithm 'hmac-sha384' (use hmac-sha256, hmac-sha1 or "
            + "hmac-md5)\n",
        key.err());
  }

  @Test
  void aTsigKeyFileOthersMayReadIsWarnedAbout() throws IOException {
    Path k = dir.resolve("open.key");
    Files.writeString(k, "hmac-sha384:k:c2VjcmV0");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.getFileAttributeView(k, java.nio.file.attribute.PosixFileAttributeView.class) != null,
        "no POSIX permissions on this file system: nothing to warn about");
    Files.setPosixFilePermissions(
        k, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
    CliRun r =
        run(
            "migrate",
            "axfr",
            "--from",
            "127.0.0.1:1",
            "--zone",
            "example.com",
            "--tsig-file",
            "open.key");
    assertTrue(
        r.err()
            .startsWith(
                "warning: "
                    + k
                    + " holds a TSIG key but has mode rw-r-----, so other users may "
                    + "read it; run: chmod 600 "
                    + k
                    + "\n"),
        r.err());
  }

  @Test
  void everyVerbHasHelpWithAnExample() {
    for (String verb : new String[] {"axfr", "file", "verify"}) {
      CliRun r = run("migrate", verb, "--help");
      assertEquals(0, r.code());
      assertTrue(r.out().contains("Examples:\n  hzone migrate " + verb), r.out());
    }
  }
}
