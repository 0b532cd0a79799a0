package dev.hzone.sync.plan;

import static dev.hzone.sync.SyncFixtures.APEX;
import static dev.hzone.sync.SyncFixtures.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.dns.OpaqueRrset;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.ZoneData;
import dev.hzone.sync.SyncFixtures;
import dev.hzone.sync.remote.RemoteZone;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: an RRSet of a type hzone does not know is never planned as a delete because hzone
 * cannot represent it (that would destroy data the zone file cannot show); it is left alone and
 * reported, and the import strategy, which would replace it, is not taken.
 */
class UnknownTypePlanTest {
  private static final OpaqueRrset SEEDED =
      OpaqueRrset.of(
          "www", "TYPE65000", OptionalInt.of(600), List.of(RecordValue.of("\\# 3 abcdef")));

  private static RemoteZone remoteWith(String text, OpaqueRrset... opaque) {
    RemoteZone r = SyncFixtures.remote(text);
    return new RemoteZone(r.info(), r.data().withOpaque(List.of(opaque)), r.readMethod());
  }

  private static ZonePlan plan(ZoneData desired, RemoteZone remote, PlanOptions options) {
    return SyncFixtures.PLANNER.plan(
        new DesiredZone(desired, ZoneSettings.DEFAULT, Optional.of("example.com.zone")),
        Optional.of(remote),
        options);
  }

  @Test
  void aRemoteRrsetOfUnknownTypeIsLeftAloneAndReportedNeverDeleted() {
    String text = APEX + "www IN A 192.0.2.1\n";
    ZonePlan p = plan(SyncFixtures.zone(text), remoteWith(text, SEEDED), PlanOptions.DEFAULT);
    assertTrue(p.isEmpty(), () -> printed(p));
    assertEquals(
        List.of(new IgnoredRrset("www", "TYPE65000", "hzone does not know this type")),
        p.ignored());
    assertTrue(
        printed(p).contains("= left alone: www TYPE65000 (hzone does not know this type)"),
        () -> printed(p));
  }

  @Test
  void otherChangesStillPlanAndTheUnknownTypeIsNotAmongThem() {
    ZonePlan p =
        plan(
            SyncFixtures.zone(APEX + "www IN A 192.0.2.2\n"),
            remoteWith(APEX + "www IN A 192.0.2.1\nold IN A 192.0.2.3\n", SEEDED),
            PlanOptions.DEFAULT);
    assertEquals(1, p.count(Change.Kind.CHANGE), () -> printed(p));
    assertEquals(1, p.count(Change.Kind.DELETE), () -> printed(p));
    assertTrue(
        p.changes().stream().noneMatch(c -> c.subject().contains("TYPE65000")), () -> printed(p));
  }

  @Test
  void theZoneFilesRfc3597FormIsComparedWithTheRemoteOne() {
    String text = APEX + "www IN A 192.0.2.1\n";
    ZoneData same =
        SyncFixtures.zone(text)
            .withOpaque(
                List.of(
                    OpaqueRrset.of(
                        "www",
                        "type65000",
                        OptionalInt.of(600),
                        List.of(RecordValue.of("\\# 3 ABCDEF")))));
    ZonePlan p = plan(same, remoteWith(text, SEEDED), PlanOptions.DEFAULT);
    assertTrue(p.isEmpty(), () -> printed(p));
    assertEquals(
        "hzone does not know this type; the zone file has the same records",
        p.ignored().get(0).reason());
    ZoneData other =
        same.withOpaque(
            List.of(
                OpaqueRrset.of(
                    "www", "TYPE65000", OptionalInt.of(600), List.of(RecordValue.of("\\# 1 00")))));
    ZonePlan q = plan(other, remoteWith(text, SEEDED), PlanOptions.DEFAULT);
    assertTrue(q.isEmpty(), () -> printed(q));
    assertTrue(q.ignored().get(0).reason().endsWith("differ and are not sent"), () -> printed(q));
  }

  @Test
  void aZoneFilesRrsetOfUnknownTypeIsNotCreatedButSaidSo() {
    String text = APEX + "www IN A 192.0.2.1\n";
    ZonePlan p =
        plan(
            SyncFixtures.zone(text).withOpaque(List.of(SEEDED)),
            SyncFixtures.remote(text),
            PlanOptions.DEFAULT);
    assertTrue(p.isEmpty(), () -> printed(p));
    assertTrue(
        p.warnings().stream().anyMatch(w -> w.startsWith("www/TYPE65000 is in the zone file")),
        p.warnings()::toString);
  }

  @Test
  void theImportStrategyIsRefusedWhenItWouldReplaceAnUnknownType() {
    PlanningException e =
        assertThrows(
            PlanningException.class,
            () ->
                plan(
                    SyncFixtures.zone(APEX + "www IN A 192.0.2.2\n"),
                    remoteWith(APEX + "www IN A 192.0.2.1\n", SEEDED),
                    PlanOptions.DEFAULT.withStrategy(Strategy.IMPORT)));
    assertTrue(e.getMessage().contains("www/TYPE65000"), e.getMessage());
  }

  @Test
  void aNewZoneIsCreatedWithoutItsUnknownTypesAndSaysSo() {
    ZonePlan p =
        SyncFixtures.PLANNER.plan(
            new DesiredZone(
                SyncFixtures.zone(APEX + "www IN A 192.0.2.1\n").withOpaque(List.of(SEEDED)),
                ZoneSettings.DEFAULT,
                Optional.of("example.com.zone")),
            Optional.empty(),
            PlanOptions.DEFAULT.withZoneCreation(PlanOptions.ZoneCreation.ALLOW));
    assertTrue(
        p.warnings().stream().anyMatch(w -> w.startsWith("www/TYPE65000 is in the zone file")),
        p.warnings()::toString);
  }

  @Test
  void theLeftAloneListSurvivesThePlanDocument() {
    String text = APEX + "www IN A 192.0.2.1\n";
    ZonePlan p = plan(SyncFixtures.zone(text), remoteWith(text, SEEDED), PlanOptions.DEFAULT);
    StringBuilder sb = new StringBuilder();
    new dev.hzone.sync.document.JsonPlanPrinter().print(new Plan(List.of(p)), sb);
    Plan back = new dev.hzone.sync.document.PlanDocumentReader().read("plan.json", sb.toString());
    assertEquals(p.ignored(), back.zones().get(0).ignored());
  }
}
