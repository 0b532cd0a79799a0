package dev.hzone.sync.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.api.HcloudClient;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.emulator.dnsapi.NameserverSets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's end-to-end cases: hzone plan and apply against the emulator, requests counted in its
 * log.
 */
class SyncEndToEndTest {
  /** Nameservers no code may assume: what a zone is assigned must be read from the zone. */
  static final NameserverSets OTHER_NAMESERVERS =
      new NameserverSets(List.of(List.of("ns1.assigned.example.", "ns2.assigned.example.")));

  @TempDir Path dir;
  private EmulatorFixture emu;

  @BeforeEach
  void start() {
    emu = new EmulatorFixture(dir);
  }

  @AfterEach
  void stop() {
    emu.close();
  }

  private void copyExampleZones() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("zones"))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".zone")).toList()) {
        emu.write("zones/" + p.getFileName(), Files.readString(p));
      }
    }
  }

  private static void assertExit(int expected, EmulatorFixture.Run run) {
    assertEquals(expected, run.code(), run::toString);
  }

  @Test
  void fromNothingApplyCreatesTheZonesAndThePlanIsThenEmpty() throws IOException {
    copyExampleZones();
    EmulatorFixture.Run apply = emu.run("apply", "--yes", "--create-zones", "zones/");
    assertExit(0, apply);
    assertTrue(apply.out().contains("example.com: new primary zone"), apply::toString);
    EmulatorFixture.Run plan = emu.run("plan", "--detailed-exitcode", "zones/");
    assertExit(0, plan);
    assertTrue(plan.out().contains("example.com: no changes"), plan::toString);
    assertTrue(
        plan.out().contains("bäckerei-müller.de (xn--bckerei-mller-bfb28a.de): no changes"),
        plan::toString);
    assertTrue(
        plan.out()
            .contains("Plan: 0 to create, 0 to change, 0 to delete; no API requests to apply"),
        plan::toString);
  }

  @Test
  void aZoneIsCreatedFromTheUsersRecordsAloneAndHetznerAddsItsSoaAndAssignedNameservers() {
    // Issue 13.3 (ledger L-CREATE-ZONEFILE): no SOA, and an apex NS naming only the user's own
    // nameserver. The zone is assigned other nameservers than Hetzner's usual ones (ledger
    // L-ASSIGNED-PER-ZONE), so a name hzone made up would show.
    emu.close();
    emu = new EmulatorFixture(dir, OTHER_NAMESERVERS);
    emu.write(
        "zones/example.com.zone",
        """
        $ORIGIN example.com.
        $TTL 3600
        @    IN NS  ns1.example.net.
        www  IN A   203.0.113.10
        """);
    emu.markLog();
    assertExit(0, emu.run("apply", "--yes", "--create-zones", "zones/"));
    assertTrue(
        emu.requestsSinceMark().contains("POST /v1/zones 201"), emu.requestsSinceMark()::toString);
    try (HcloudClient c = emu.client()) {
      List<String> assigned =
          c.zones().get("example.com").orElseThrow().authoritativeNameservers().assigned();
      Rrset ns = c.rrsets().get("example.com", RrsetKey.of("@", RecordType.NS)).orElseThrow();
      List<String> expected = new java.util.ArrayList<>(List.of("ns1.example.net."));
      expected.addAll(assigned);
      assertEquals(OTHER_NAMESERVERS.forZone("example.com"), assigned);
      assertEquals(new java.util.TreeSet<>(expected), new java.util.TreeSet<>(ns.values()));
      Rrset soa = c.rrsets().get("example.com", RrsetKey.of("@", RecordType.SOA)).orElseThrow();
      assertTrue(soa.values().get(0).startsWith(assigned.get(0) + " "), soa.values()::toString);
    }
    EmulatorFixture.Run plan = emu.run("plan", "--detailed-exitcode", "zones/");
    assertExit(0, plan);
  }

  @Test
  void oneChangeInAZoneOf5000RrsetsCostsAtMostFourRequests() {
    StringBuilder zone = new StringBuilder("$ORIGIN example.com.\n$TTL 3600\n");
    for (int i = 0; i < 5000; i++) {
      zone.append("host")
          .append(i)
          .append(" IN A 10.")
          .append(i / 250)
          .append('.')
          .append(i % 250)
          .append(".1\n");
    }
    emu.write("zones/example.com.zone", zone.toString());
    assertExit(0, emu.run("apply", "--yes", "--create-zones", "zones/"));
    emu.write(
        "zones/example.com.zone",
        zone.toString().replace("host42 IN A 10.0.42.1", "host42 IN A 10.0.42.2"));
    emu.markLog();
    EmulatorFixture.Run apply = emu.run("apply", "--yes", "zones/");
    assertExit(0, apply);
    List<String> requests = emu.requestsSinceMark();
    assertTrue(requests.size() <= 4, () -> "requests: " + requests);
    assertEquals("GET /v1/zones/example.com 200", requests.get(0));
    assertEquals("GET /v1/zones/example.com/zonefile 200", requests.get(1));
    assertTrue(
        requests
            .get(2)
            .startsWith("POST /v1/zones/example.com/rrsets/host42/A/actions/set_records 201"),
        () -> "requests: " + requests);
    assertExit(0, emu.run("plan", "--detailed-exitcode", "zones/"));
  }

  @Test
  void commentsSurviveAnUnrelatedChange() throws IOException {
    copyExampleZones();
    assertExit(0, emu.run("apply", "--yes", "--create-zones", "zones/"));
    Path f = dir.resolve("zones/example.com.zone");
    Files.writeString(f, Files.readString(f).replace("203.0.113.20", "203.0.113.21"));
    assertExit(0, emu.run("apply", "--yes", "zones/"));
    try (HcloudClient c = emu.client()) {
      Rrset apex = c.rrsets().get("example.com", RrsetKey.of("@", RecordType.A)).orElseThrow();
      assertEquals(List.of(new RecordValue("203.0.113.10", "web-1")), apex.records());
      Rrset preview =
          c.rrsets().get("example.com", RrsetKey.of("*.preview", RecordType.A)).orElseThrow();
      assertEquals("per-branch preview deployments", preview.records().get(0).comment());
    }
    assertExit(0, emu.run("plan", "--detailed-exitcode", "zones/"));
  }

  @Test
  void acmeChallengesAndIgnoredNamesSurviveEveryApply() throws IOException {
    copyExampleZones();
    emu.write("zones/hzone.toml", "[defaults]\nignore = [\"dyn*\"]\n");
    assertExit(0, emu.run("apply", "--yes", "--create-zones", "zones/"));
    try (HcloudClient c = emu.client()) {
      c.rrsets()
          .create(
              "example.com",
              Rrset.of(
                  RrsetKey.of("_acme-challenge", RecordType.TXT),
                  OptionalInt.of(60),
                  List.of(RecordValue.of("\"renewal-in-progress\""))));
      c.rrsets()
          .create(
              "example.com",
              Rrset.of(
                  RrsetKey.of("dyn1", RecordType.A),
                  OptionalInt.empty(),
                  List.of(RecordValue.of("192.0.2.77"))));
    }
    Path f = dir.resolve("zones/example.com.zone");
    for (String strategy : List.of("rrsets", "import")) {
      String text = Files.readString(f);
      Files.writeString(
          f,
          text.replace(
              "shop            IN  A     203.0.113.2", "shop            IN  A     203.0.113.3"));
      EmulatorFixture.Run apply = emu.run("apply", "--yes", "--strategy", strategy, "zones/");
      assertExit(0, apply);
      assertTrue(
          apply
              .out()
              .contains(
                  "left alone: dyn1 A (ignore pattern \"dyn*\"), _acme-challenge TXT (ACME "
                      + "challenge not in the zone file)"),
          apply::toString);
      try (HcloudClient c = emu.client()) {
        assertTrue(
            c.rrsets()
                .get("example.com", RrsetKey.of("_acme-challenge", RecordType.TXT))
                .isPresent(),
            strategy);
        assertTrue(
            c.rrsets().get("example.com", RrsetKey.of("dyn1", RecordType.A)).isPresent(), strategy);
        // An import drops comments; hzone sets them again.
        assertEquals(
            "web-1",
            c.rrsets()
                .get("example.com", RrsetKey.of("@", RecordType.A))
                .orElseThrow()
                .records()
                .get(0)
                .comment(),
            strategy);
      }
      assertExit(0, emu.run("plan", "--detailed-exitcode", "zones/"));
    }
  }

  @Test
  void thresholdsRefuseAndForcePasses() {
    StringBuilder zone = new StringBuilder("$ORIGIN example.com.\n$TTL 3600\n");
    for (int i = 0; i < 12; i++) {
      zone.append("h").append(i).append(" IN A 192.0.2.").append(i + 1).append('\n');
    }
    emu.write("zones/example.com.zone", zone.toString());
    assertExit(0, emu.run("apply", "--yes", "--create-zones", "zones/"));
    emu.write("zones/example.com.zone", zone.toString().replace("192.0.2.", "198.51.100."));
    emu.markLog();
    EmulatorFixture.Run refused = emu.run("apply", "--yes", "zones/");
    assertExit(1, refused);
    assertTrue(
        refused.err().contains("refusing an unsafe plan (run with --force to apply it anyway)"),
        refused::toString);
    assertTrue(
        refused
            .err()
            .contains(
                "example.com: 12 of 12 existing RRSets would change (100%), above the limit "
                    + "of 30%"),
        refused::toString);
    assertTrue(
        emu.requestsSinceMark().stream().noneMatch(l -> l.startsWith("POST")),
        () -> emu.requestsSinceMark().toString());
    emu.write("zones/hzone.toml", "[zones.\"example.com\"]\nmax_update_percent = 100\n");
    assertExit(0, emu.run("plan", "zones/"));
    Files.exists(dir);
    emu.write("zones/hzone.toml", "");
    assertExit(0, emu.run("apply", "--yes", "--force", "zones/"));
    assertExit(0, emu.run("plan", "--detailed-exitcode", "zones/"));
  }

  @Test
  void aStaleSavedPlanIsRefusedAndAFreshOneAppliesExactly() throws IOException {
    copyExampleZones();
    assertExit(0, emu.run("apply", "--yes", "--create-zones", "zones/"));
    Path f = dir.resolve("zones/example.org.zone");
    Files.writeString(f, Files.readString(f).replace("192.0.2.80", "192.0.2.88"));
    assertExit(2, emu.run("plan", "--detailed-exitcode", "--out", "plan.json", "zones/"));
    try (HcloudClient c = emu.client()) {
      c.rrsets()
          .create(
              "example.org",
              Rrset.of(
                  RrsetKey.of("new", RecordType.A),
                  OptionalInt.empty(),
                  List.of(RecordValue.of("192.0.2.99"))));
    }
    emu.markLog();
    EmulatorFixture.Run stale = emu.run("apply", "--yes", "plan.json");
    assertExit(1, stale);
    assertTrue(
        stale.err().contains("the plan is stale: example.org has changed at Hetzner"),
        stale::toString);
    assertTrue(emu.requestsSinceMark().stream().noneMatch(l -> l.startsWith("POST")));

    assertExit(2, emu.run("plan", "--detailed-exitcode", "--out", "plan.json", "zones/"));
    EmulatorFixture.Run fresh = emu.run("apply", "--yes", "plan.json");
    assertExit(0, fresh);
    assertExit(0, emu.run("plan", "--detailed-exitcode", "zones/"));
  }

  @Test
  void withoutYesApplyAsksAndOnlyYesGoesAhead() throws IOException {
    copyExampleZones();
    EmulatorFixture.Run no = emu.runWithInput("no\n", "apply", "--create-zones", "zones/");
    assertExit(1, no);
    assertTrue(no.err().contains("Only 'yes' goes ahead"), no::toString);
    assertExit(2, emu.run("plan", "--detailed-exitcode", "--create-zones", "zones/"));
    assertExit(0, emu.runWithInput("yes\n", "apply", "--create-zones", "zones/"));
  }

  @Test
  void verifyDnsAsksTheNameservers() throws IOException {
    copyExampleZones();
    String ns = "127.0.0.1:" + emu.dns().orElseThrow().getPort();
    EmulatorFixture.Run apply =
        emu.run(
            "apply",
            "--yes",
            "--create-zones",
            "--verify-dns",
            "--nameserver",
            ns,
            "--timeout",
            "20",
            "zones/");
    assertExit(0, apply);
    assertTrue(apply.err().contains("Verified: "), apply::toString);
    assertFalse(apply.err().contains("not served"), apply::toString);
  }

  @Test
  void verifyDnsNamesWhatANameserverDoesNotServe() throws IOException {
    copyExampleZones();
    try (EmulatorFixture other = new EmulatorFixture(dir.resolve("other"))) {
      String ns = "127.0.0.1:" + other.dns().orElseThrow().getPort();
      EmulatorFixture.Run apply =
          emu.run(
              "apply",
              "--yes",
              "--create-zones",
              "--verify-dns",
              "--nameserver",
              ns,
              "--timeout",
              "2",
              "zones/");
      assertExit(69, apply);
      assertTrue(
          apply
              .err()
              .contains(
                  "not served: example.com www/CNAME at 127.0.0.1:"
                      + ns.substring(10)
                      + ": serves REFUSED, expected example.com."),
          apply::toString);
    }
  }

  @Test
  void pullWritesZoneFilesThatPlanAsUnchanged() throws IOException {
    copyExampleZones();
    assertExit(0, emu.run("apply", "--yes", "--create-zones", "zones/"));
    EmulatorFixture.Run pull = emu.run("pull", "pulled/");
    assertExit(0, pull);
    assertTrue(Files.exists(dir.resolve("pulled/example.com.zone")), pull::toString);
    assertTrue(Files.readString(dir.resolve("pulled/example.com.zone")).contains("; web-1"));
    assertExit(0, emu.run("plan", "--detailed-exitcode", "pulled/"));
    assertExit(1, emu.run("pull", "pulled/"));
  }

  @Test
  void secondaryZonesFollowHzoneToml() throws Exception {
    Path key =
        emu.write(
            "zones/keys/example.net.key",
            "key \"t\" { algorithm hmac-sha256; secret \"c2VjcmV0LXRzaWcta2V5LWZvci10ZXN0cw==\"; };\n");
    // A key file as a checkout or `tsig-keygen > FILE` under umask 022 leaves it: others may read
    // the key.
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
    String toml =
        """
        [zones."example.net"]
        mode = "secondary"
        primaries = [{ address = "198.51.100.7", tsig_algorithm = "hmac-sha256", tsig_key_file = "keys/example.net.key" }]
        """;
    emu.write("zones/hzone.toml", toml);
    EmulatorFixture.Run create = emu.run("apply", "--yes", "--create-zones", "zones/");
    assertExit(0, create);
    assertFalse((create.out() + create.err()).contains("c2VjcmV0"), create::toString);
    String warning =
        "warning: zones/keys/example.net.key holds a TSIG key but has mode rw-r--r--, so other users may "
            + "read it; run: chmod 600 zones/keys/example.net.key\n";
    assertEquals(
        1,
        create.err().split(java.util.regex.Pattern.quote(warning), -1).length - 1,
        create::toString);
    assertFalse(create.out().contains("chmod"), "warnings go to stderr: " + create);
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
    EmulatorFixture.Run quiet = emu.run("plan", "--detailed-exitcode", "zones/");
    assertExit(0, quiet);
    assertFalse(quiet.err().contains("warning"), quiet::toString);
    emu.write("zones/hzone.toml", toml.replace("198.51.100.7", "198.51.100.8"));
    EmulatorFixture.Run change = emu.run("apply", "--yes", "zones/");
    assertExit(0, change);
    assertTrue(
        change
            .out()
            .contains(
                "primaries [198.51.100.7:53 (tsig hmac-sha256)] -> [198.51.100.8:53 (tsig "
                    + "hmac-sha256)]  [change_primary_nameservers]"),
        change::toString);
    assertExit(0, emu.run("plan", "--detailed-exitcode", "zones/"));
  }

  /**
   * 100 lines of {@code $GENERATE 1-65536} ask for 6.5 million records: refused from the file,
   * nothing sent.
   */
  @Test
  void aGenerateBombIsRefusedWithItsLineBeforeAnyRequest() {
    StringBuilder bomb =
        new StringBuilder(
            "$ORIGIN example.com.\n$TTL 300\n@ SOA ns1 hostmaster 1 7200 900 1209600 300\n"
                + "@ NS ns1.example.net.\n");
    for (int i = 0; i < 100; i++) {
      bomb.append("$GENERATE 1-65536 h").append(i).append("-$ A 10.0.0.1\n");
    }
    emu.write("zones/example.com.zone", bomb.toString());
    emu.markLog();
    for (String[] command :
        List.of(
            new String[] {"apply", "--yes", "--create-zones", "zones/"},
            new String[] {"plan", "zones/"},
            new String[] {"file", "check", "zones/example.com.zone"})) {
      EmulatorFixture.Run run = emu.run(command);
      assertExit(65, run);
      assertTrue(
          run.err()
              .contains("zones/example.com.zone:20: the zone would have more than 1048576 records"),
          run::toString);
      assertTrue(run.err().contains("nothing was generated"), run::toString);
    }
    assertEquals(List.of(), emu.requestsSinceMark());
  }

  @Test
  void badInputStopsBeforeAnyRequest() {
    emu.write("zones/example.com.zone", "$ORIGIN example.com.\nwww IN A 300.1.1.1\n");
    emu.markLog();
    EmulatorFixture.Run run = emu.run("apply", "--yes", "--create-zones", "zones/");
    assertExit(65, run);
    assertTrue(run.err().contains("zones/example.com.zone:2:"), run::toString);
    emu.write("zones/example.com.zone", "$ORIGIN example.com.\nwww IN A 192.0.2.1\n");
    emu.write("zones/hzone.toml", "[defaults]\nmax_update_percent = 300\n");
    EmulatorFixture.Run config = emu.run("plan", "zones/");
    assertExit(65, config);
    assertTrue(
        config.err().contains("zones/hzone.toml:2: defaults.max_update_percent"), config::toString);
    assertEquals(List.of(), emu.requestsSinceMark());
  }
}
