package dev.hzone.sync.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.RrsetKey;
import dev.hzone.sync.SyncFixtures;
import dev.hzone.sync.ZoneAttributes;
import dev.hzone.sync.remote.Operation;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class WavesTest {
  private static final RrsetKey WWW = RrsetKey.of("www", RecordType.A);
  private static final RrsetKey MAIL = RrsetKey.of("mail", RecordType.A);

  @Test
  void opsOnOneRrsetRunOneAfterAnother() {
    List<Operation> ops =
        List.of(
            new Operation.ChangeRrsetProtection(WWW, false),
            new Operation.SetRecords(WWW, List.of(RecordValue.of("192.0.2.1"))),
            new Operation.ChangeRrsetTtl(WWW, OptionalInt.of(60)),
            new Operation.ChangeRrsetProtection(WWW, true));
    assertEquals(4, Waves.of(ops).size());
    assertEquals(4, Waves.actionWaves(ops));
  }

  @Test
  void followUpsOnDifferentRrsetsRunTogetherAfterTheZoneOperation() {
    List<Operation> ops =
        List.of(
            new Operation.ImportZonefile("$ORIGIN example.com.\n"),
            new Operation.UpdateRecords(WWW, List.of(new RecordValue("192.0.2.1", "web"))),
            new Operation.UpdateRecords(MAIL, List.of(new RecordValue("192.0.2.2", "mail"))),
            new Operation.SetRrsetLabels(WWW, Map.of("a", "b")));
    List<List<Operation>> waves = Waves.of(ops);
    assertEquals(3, waves.size());
    assertEquals(1, waves.get(0).size());
    assertEquals(2, waves.get(1).size());
    assertEquals(1, waves.get(2).size());
    // The labels PUT returns no action: nothing to poll for in its wave.
    assertEquals(2, Waves.actionWaves(ops));
  }

  @Test
  void zoneSettingsChangeSideBySideButCreationStandsAlone() {
    List<Operation> settings =
        List.of(
            new Operation.ChangeZoneTtl(7200),
            new Operation.SetZoneLabels(Map.of("a", "b")),
            new Operation.ChangeZoneProtection(true));
    assertEquals(1, Waves.of(settings).size());
    assertEquals(1, Waves.actionWaves(settings));
    List<Operation> create =
        List.of(
            new Operation.CreateZone(
                "example.com",
                new ZoneAttributes(ZoneMode.PRIMARY, 3600, Map.of(), true, List.of()),
                java.util.Optional.empty()),
            new Operation.ChangeZoneProtection(true),
            new Operation.ChangeRrsetProtection(WWW, true));
    List<List<Operation>> waves = Waves.of(create);
    assertEquals(2, waves.size());
    assertEquals(1, waves.get(0).size());
  }

  @Test
  void rrsetChangesWaitForPhaseOneOnlyWhereANameIsDeletedOrAZoneImported() {
    ZonePlan p =
        SyncFixtures.plan(
            SyncFixtures.APEX.replace("$TTL 3600", "$TTL 7200")
                + """
        www CNAME web.example.net.
        mail IN A 192.0.2.25
        api 600 IN A 192.0.2.30
        """,
            SyncFixtures.APEX
                + """
        www IN A 192.0.2.1
        old IN A 192.0.2.99
        api 300 IN A 192.0.2.30
        """);
    int[] phases = Waves.phases(p);
    java.util.Map<String, Integer> bySubject = new java.util.TreeMap<>();
    for (int i = 0; i < phases.length; i++) {
      bySubject.put(p.changes().get(i).subject(), phases[i]);
    }
    // www/A is deleted, so www/CNAME waits; the rest run with the deletes and the zone TTL change.
    assertEquals(
        java.util.Map.of(
            "zone", 1, "old/A", 1, "www/A", 1, "www/CNAME", 2, "mail/A", 1, "api/A", 1),
        bySubject,
        p.changes()::toString);
  }
}
