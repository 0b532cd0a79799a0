package dev.hzone.sync.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.api.HcloudClient;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 2: the emulator exports as the real API does, a TTL on every line, so the export
 * cannot tell an inherited TTL from an explicit one of the same value. {@code sync} reads the RRSet
 * list exactly when that changes the plan (the zone TTL changes) and never sends a needless {@code
 * change_ttl}; requests counted in the emulator's access log.
 */
class ExportTtlEndToEndTest {
  @TempDir Path dir;
  private EmulatorFixture emu;

  private static final String ZONE =
      """
      $ORIGIN example.com.
      $TTL 3600
      www        IN  A  203.0.113.10
      mail  3600 IN  A  203.0.113.25
      api   300  IN  A  203.0.113.30
      """;

  @BeforeEach
  void start() {
    emu = new EmulatorFixture(dir);
    emu.write("zones/example.com.zone", ZONE);
    EmulatorFixture.Run created = emu.run("apply", "--yes", "--create-zones", "zones/");
    assertEquals(0, created.code(), created::toString);
  }

  @AfterEach
  void stop() {
    emu.close();
  }

  private OptionalInt ttl(String name) {
    try (HcloudClient c = emu.client()) {
      return c.rrsets()
          .get("example.com", RrsetKey.of(name, RecordType.A))
          .map(Rrset::ttl)
          .orElseThrow();
    }
  }

  private static List<String> rrsetTtlChanges(List<String> requests) {
    return requests.stream()
        .filter(r -> r.contains("/rrsets/") && r.contains("/actions/change_ttl"))
        .toList();
  }

  @Test
  void theExportHasATtlOnEveryLineSoInheritedAndExplicitLookAlike() {
    assertEquals(OptionalInt.empty(), ttl("www"));
    assertEquals(OptionalInt.of(3600), ttl("mail"));
    try (HcloudClient c = emu.client()) {
      String file = c.zones().exportZonefile("example.com");
      assertTrue(file.startsWith(";; Exported on "), file);
      assertTrue(file.contains("; A records\n"), file);
      assertTrue(file.contains("\nwww\t3600\tIN\tA\t203.0.113.10\n"), file);
      assertTrue(file.contains("\nmail\t3600\tIN\tA\t203.0.113.25\n"), file);
    }
  }

  @Test
  void withoutAZoneTtlChangeTheExportAloneIsReadAndNoTtlIsChanged() {
    emu.write("zones/example.com.zone", ZONE.replace("203.0.113.10", "203.0.113.11"));
    emu.markLog();
    EmulatorFixture.Run apply = emu.run("apply", "--yes", "zones/");
    assertEquals(0, apply.code(), apply::toString);
    List<String> requests = emu.requestsSinceMark();
    assertEquals("GET /v1/zones/example.com 200", requests.get(0), requests::toString);
    assertEquals("GET /v1/zones/example.com/zonefile 200", requests.get(1), requests::toString);
    assertTrue(
        requests
            .get(2)
            .startsWith("POST /v1/zones/example.com/rrsets/www/A/actions/set_records 201"),
        requests::toString);
    assertTrue(
        requests.stream().noneMatch(r -> r.startsWith("GET /v1/zones/example.com/rrsets")),
        () -> "the RRSet list is not needed: " + requests);
    assertEquals(List.of(), rrsetTtlChanges(requests));
    assertEquals(OptionalInt.empty(), ttl("www"));
    assertEquals(OptionalInt.of(3600), ttl("mail"));
    assertEquals(0, emu.run("plan", "--detailed-exitcode", "zones/").code());
  }

  @Test
  void aZoneTtlChangeReadsTheRrsetListAndChangesOnlyTheTtlsThatNeedIt() {
    // www inherits and keeps inheriting: the zone TTL change moves it, no request of its own. mail
    // has its own
    // 3600 at Hetzner and should now inherit: that one change_ttl {"ttl":null} is needed. api keeps
    // its 300.
    emu.write(
        "zones/example.com.zone",
        ZONE.replace("$TTL 3600", "$TTL 7200").replace("mail  3600 IN", "mail IN"));
    emu.markLog();
    EmulatorFixture.Run plan = emu.run("-o", "json", "plan", "zones/");
    assertEquals(0, plan.code(), plan::toString);
    assertTrue(
        plan.out().contains("\"read\":\"rrset_list\"")
            || plan.out().contains("\"read\": \"rrset_list\""),
        plan::toString);
    EmulatorFixture.Run apply = emu.run("apply", "--yes", "zones/");
    assertEquals(0, apply.code(), apply::toString);
    List<String> requests = emu.requestsSinceMark();
    assertTrue(
        requests.stream().anyMatch(r -> r.startsWith("GET /v1/zones/example.com/rrsets")),
        () -> "the export cannot tell inherited from explicit: " + requests);
    assertTrue(
        requests.stream()
            .anyMatch(r -> r.startsWith("POST /v1/zones/example.com/actions/change_ttl 201")),
        requests::toString);
    List<String> ttlChanges = rrsetTtlChanges(requests);
    assertEquals(1, ttlChanges.size(), () -> "only mail needs its own change_ttl: " + requests);
    assertTrue(
        ttlChanges
            .get(0)
            .startsWith("POST /v1/zones/example.com/rrsets/mail/A/actions/change_ttl 201"),
        requests::toString);
    assertEquals(OptionalInt.empty(), ttl("www"));
    assertEquals(OptionalInt.empty(), ttl("mail"));
    assertEquals(OptionalInt.of(300), ttl("api"));
    emu.markLog();
    assertEquals(0, emu.run("plan", "--detailed-exitcode", "zones/").code());
    assertTrue(
        emu.requestsSinceMark().stream().noneMatch(r -> r.contains("/rrsets")),
        () -> "with the zone TTL settled, the export is enough: " + emu.requestsSinceMark());
  }

  @Test
  void anExplicitTtlEqualToTheOldZoneTtlStaysWhenTheZoneTtlChanges() {
    emu.write("zones/example.com.zone", ZONE.replace("$TTL 3600", "$TTL 7200"));
    emu.markLog();
    EmulatorFixture.Run apply = emu.run("apply", "--yes", "zones/");
    assertEquals(0, apply.code(), apply::toString);
    List<String> requests = emu.requestsSinceMark();
    assertEquals(List.of(), rrsetTtlChanges(requests), () -> "no needless change_ttl: " + requests);
    assertEquals(OptionalInt.empty(), ttl("www"));
    assertEquals(OptionalInt.of(3600), ttl("mail"));
    assertEquals(0, emu.run("plan", "--detailed-exitcode", "zones/").code());
  }
}
