package dev.hzone.sync.plan;

import static dev.hzone.sync.SyncFixtures.APEX;
import static dev.hzone.sync.SyncFixtures.plan;
import static dev.hzone.sync.SyncFixtures.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RrsetKey;
import dev.hzone.sync.PrimaryServer;
import dev.hzone.sync.SyncFixtures;
import dev.hzone.sync.ZoneAttributes;
import dev.hzone.sync.remote.Operation;
import dev.hzone.sync.remote.ReadMethod;
import dev.hzone.sync.remote.RemoteZone;
import dev.hzone.sync.remote.ZoneInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlannerTest {

  private static void assertPlan(String expected, ZonePlan plan) {
    String got = printed(plan);
    assertEquals(expected, got, () -> "got:\n" + got);
  }

  @Nested
  class Unchanged {
    @Test
    void sameZoneWrittenDifferentlyPlansNothing() {
      ZonePlan p =
          plan(
              APEX
                  + """
          @ IN AAAA 2001:db8:0:0::10
          www IN CNAME Example.COM.
          @ IN TXT "v=spf1 -all"
          mail2026._domainkey IN TXT "v=DKIM1; k=rsa; " "p=MIIB"
          @ IN MX 20 mx2.example.net.
          @ IN MX 10 mx1.example.net.
          """,
              APEX
                  + """
          @ IN MX 10 mx1.example.net.
          @ IN MX 20 MX2.EXAMPLE.NET.
          @ IN AAAA 2001:db8::10
          www IN CNAME example.com.
          @ IN TXT "v=spf1" " -all"
          mail2026._domainkey IN TXT "v=DKIM1; k=rsa; p=MIIB"
          """);
      assertTrue(p.isEmpty(), () -> printed(p));
      assertPlan(
          """
          example.com: no changes

          Plan: 0 to create, 0 to change, 0 to delete; no API requests to apply, rate-limit budget not known
          """,
          p);
    }

    @Test
    void soaSerialAndTimersAreHetznersUnlessManaged() {
      String remote = APEX;
      String desired = APEX.replace("2026112801 86400", "1 7200");
      assertTrue(plan(desired, remote).isEmpty());
    }
  }

  @Nested
  class CheapestRequest {
    @Test
    void onlyAddedValuesUseAddRecords() {
      assertPlan(
          """
          example.com: 1 to change (1 request)
            ~ www A  ttl default  [add_records]
                  203.0.113.10
                + 203.0.113.11  ; web-2

          Plan: 0 to create, 1 to change, 0 to delete; 2 API requests (1 write, 1 action poll) to apply, rate-limit budget not known
          """,
          plan(
              APEX
                  + """
          www IN A 203.0.113.10
          www IN A 203.0.113.11 ; web-2
          """,
              APEX
                  + """
          www IN A 203.0.113.10
          """));
    }

    @Test
    void onlyRemovedValuesUseRemoveRecords() {
      assertPlan(
          """
          example.com: 1 to change (1 request)
            ~ www A  ttl default  [remove_records]
                - 203.0.113.11
                  203.0.113.10

          Plan: 0 to create, 1 to change, 0 to delete; 2 API requests (1 write, 1 action poll) to apply, rate-limit budget not known
          """,
          plan(
              APEX + "www IN A 203.0.113.10\n",
              APEX + "www IN A 203.0.113.10\nwww IN A 203.0.113.11\n"));
    }

    @Test
    void addedAndRemovedValuesUseOneSetRecords() {
      ZonePlan p =
          plan(
              APEX + "www IN A 203.0.113.12\n",
              APEX + "www IN A 203.0.113.10\nwww IN A 203.0.113.11\n");
      Change.UpdateRrset u = (Change.UpdateRrset) p.changes().get(0);
      assertEquals(List.of("set_records"), names(u.operations()));
    }

    @Test
    void aCnameTargetChangeIsASet() {
      ZonePlan p =
          plan(APEX + "www IN CNAME b.example.net.\n", APEX + "www IN CNAME a.example.net.\n");
      assertEquals(List.of("set_records"), names(p.changes().get(0).operations()));
    }

    @Test
    void onlyCommentsUseUpdateRecords() {
      assertPlan(
          """
          example.com: 1 to change (1 request)
            ~ @ MX  ttl default  [update_records]
                ~ 10 mx1.example.net.  ; old -> ; new

          Plan: 0 to create, 1 to change, 0 to delete; 2 API requests (1 write, 1 action poll) to apply, rate-limit budget not known
          """,
          plan(
              APEX + "@ IN MX 10 mx1.example.net. ; new\n",
              APEX + "@ IN MX 10 mx1.example.net. ; old\n"));
    }

    @Test
    void addedValueAndChangedCommentAreOneSet() {
      ZonePlan p =
          plan(
              APEX + "www IN A 192.0.2.1 ; a\nwww IN A 192.0.2.2\n",
              APEX + "www IN A 192.0.2.1 ; b\n");
      assertEquals(List.of("set_records"), names(p.changes().get(0).operations()));
    }

    @Test
    void ttlChangesAloneUseChangeTtl() {
      assertPlan(
          """
          example.com: 2 to change (2 requests)
            ~ api A  ttl 300 -> default  [change_ttl]
                  192.0.2.81
            ~ www A  ttl default -> 60  [change_ttl]
                  203.0.113.10

          Plan: 0 to create, 2 to change, 0 to delete; 3 API requests (2 writes, 1 action poll) to apply, rate-limit budget not known
          """,
          plan(
              APEX
                  + """
          www 60 IN A 203.0.113.10
          api IN A 192.0.2.81
          """,
              APEX
                  + """
          www IN A 203.0.113.10
          api 300 IN A 192.0.2.81
          """));
    }

    @Test
    void moreThanFiftyValuesGoInBatches() {
      StringBuilder desired = new StringBuilder(APEX);
      StringBuilder remote = new StringBuilder(APEX);
      for (int i = 0; i < 120; i++) {
        desired.append("big IN TXT \"v").append(i).append("\"\n");
        desired.append("grow IN A 10.0.").append(i).append(".1\n");
      }
      remote.append("grow IN A 10.0.0.1\n");
      ZonePlan p = plan(desired.toString(), remote.toString());
      Change create =
          p.changes().stream().filter(c -> c.subject().equals("big/TXT")).findFirst().orElseThrow();
      assertEquals(
          List.of("create_rrset", "add_records", "add_records"), names(create.operations()));
      Change grow =
          p.changes().stream().filter(c -> c.subject().equals("grow/A")).findFirst().orElseThrow();
      assertEquals(List.of("add_records", "add_records", "add_records"), names(grow.operations()));
    }
  }

  @Nested
  class CreatesAndDeletes {
    @Test
    void deletesGoInAnEarlierPhaseThanCreatesSoACnameCanBecomeData() {
      ZonePlan p = plan(APEX + "www IN A 203.0.113.10\n", APEX + "www IN CNAME example.net.\n");
      assertPlan(
          """
          example.com: 1 to create, 1 to delete (2 requests)
            + www A  ttl default  [create_rrset]
                + 203.0.113.10
            - www CNAME  ttl default  [delete_rrset]
                - example.net.

          Plan: 1 to create, 0 to change, 1 to delete; 4 API requests (2 writes, 2 action polls) to apply, rate-limit budget not known
          """,
          p);
      Change create = p.changes().get(0);
      Change delete = p.changes().get(1);
      assertTrue(delete.phase() < create.phase());
    }
  }

  @Nested
  class Ownership {
    @Test
    void fileWithoutApexNsLeavesItAlone() {
      String desired =
          """
          $ORIGIN example.com.
          $TTL 3600
          www IN A 203.0.113.10
          """;
      ZonePlan p = plan(desired, APEX + "www IN A 203.0.113.10\n");
      assertTrue(p.isEmpty(), () -> printed(p));
    }

    @Test
    void extraApexNsIsAddedBesideHetznersOwn() {
      String desired =
          """
          $ORIGIN example.com.
          $TTL 3600
          @ IN NS ns1.example.net.
          """;
      assertPlan(
          """
          example.com: 1 to change (1 request)
            ~ @ NS  ttl default  [add_records]
                + ns1.example.net.
                  hydrogen.ns.hetzner.com.
                  oxygen.ns.hetzner.com.
                  helium.ns.hetzner.de.

          Plan: 0 to create, 1 to change, 0 to delete; 2 API requests (1 write, 1 action poll) to apply, rate-limit budget not known
          """,
          plan(desired, APEX));
    }

    @Test
    void removingAnExtraApexNsNeedsForce() {
      ZonePlan p = plan(APEX, APEX + "@ IN NS ns1.example.net.\n");
      assertEquals(List.of("remove_records"), names(p.changes().get(0).operations()));
      List<SafetyViolation> v = p.violations();
      assertEquals(1, v.size());
      assertEquals("apex-ns-loss", v.get(0).rule());
      assertEquals(
          "example.com: the apex NS RRSet would lose ns1.example.net.", v.get(0).message());
    }

    @Test
    void remoteAcmeChallengesSurviveUnlessTheFileNamesThem() {
      ZonePlan p =
          plan(
              APEX + "_acme-challenge.www IN TXT \"mine\"\n",
              APEX
                  + """
          _acme-challenge IN TXT "renewal-in-progress"
          _acme-challenge.shop IN A 192.0.2.1
          _acme-challenge.www IN TXT "stale"
          """);
      assertPlan(
          """
          example.com: 1 to change, 1 to delete (2 requests)
            - _acme-challenge.shop A  ttl default  [delete_rrset]
                - 192.0.2.1
            ~ _acme-challenge.www TXT  ttl default  [set_records]
                - "stale"
                + "mine"
            = left alone: _acme-challenge TXT (ACME challenge not in the zone file)

          Plan: 0 to create, 1 to change, 1 to delete; 3 API requests (2 writes, 1 action poll) to apply, rate-limit budget not known
          """,
          p);
    }

    @Test
    void ignorePatternsLeaveRemoteAloneAndWarnAboutTheFile() {
      ZoneSettings s =
          ZoneSettings.DEFAULT.withIgnore(
              List.of(
                  new IgnorePattern("dyn*", java.util.Set.of()),
                  new IgnorePattern("legacy", java.util.Set.of(RecordType.TXT))));
      ZonePlan p =
          plan(
              APEX
                  + """
          dyn2 IN A 192.0.2.2
          dyn1 IN A 192.0.2.99
          legacy IN A 192.0.2.3
          """,
              s,
              APEX
                  + """
          dyn1 IN A 192.0.2.1
          legacy IN TXT "old"
          legacy IN A 192.0.2.3
          """,
              PlanOptions.DEFAULT);
      assertPlan(
          """
          example.com: no changes
            = left alone: dyn1 A (ignore pattern "dyn*"), legacy TXT (ignore pattern "legacy" (TXT))
            ! dyn1/A is in the zone file but matches ignore pattern "dyn*"; it is left as it is
            ! dyn2/A is in the zone file but matches ignore pattern "dyn*"; it is not created

          Plan: 0 to create, 0 to change, 0 to delete; no API requests to apply, rate-limit budget not known
          """,
          p);
    }

    @Test
    void manageSoaSetsTimersButKeepsTheSerial() {
      ZoneSettings s = settings(true, true, Map.of());
      ZonePlan p = plan(APEX.replace("2026112801 86400", "7 7200"), s, APEX, PlanOptions.DEFAULT);
      Change.UpdateRrset u = (Change.UpdateRrset) p.changes().get(0);
      Operation.SetRecords set = (Operation.SetRecords) u.operations().get(0);
      assertEquals(
          "hydrogen.ns.hetzner.com. dns.hetzner.com. 2026112801 7200 10800 3600000 3600",
          set.records().get(0).value());
    }
  }

  @Nested
  class Attributes {
    private final RrsetKey www = RrsetKey.of("www", RecordType.A);

    @Test
    void rrsetLabelsAndProtectionFromSettings() {
      ZoneSettings s =
          settings(
              false,
              true,
              Map.of(
                  www, new RrsetSettings(Optional.of(Map.of("tier", "web")), Optional.of(true))));
      ZonePlan p =
          plan(
              APEX + "www IN A 192.0.2.1\n", s, APEX + "www IN A 192.0.2.1\n", PlanOptions.DEFAULT);
      assertPlan(
          """
          example.com: 1 to change (2 requests)
            ~ www A  ttl default  labels {} -> {tier=web}  protection off -> on  [update_rrset_labels, change_protection]
                  192.0.2.1

          Plan: 0 to create, 1 to change, 0 to delete; 3 API requests (2 writes, 1 action poll) to apply, rate-limit budget not known
          """,
          p);
    }

    @Test
    void aProtectedRrsetIsUnprotectedChangedAndProtectedAgainWhenManaged() {
      ZoneSettings s =
          settings(
              false, true, Map.of(www, new RrsetSettings(Optional.empty(), Optional.of(true))));
      RemoteZone remote = protectedWww();
      ZonePlan p =
          SyncFixtures.PLANNER.plan(
              SyncFixtures.desired(APEX + "www IN A 192.0.2.2\n", s),
              Optional.of(remote),
              PlanOptions.DEFAULT);
      assertEquals(
          List.of("change_protection", "set_records", "change_protection"),
          names(p.changes().get(0).operations()));
    }

    @Test
    void apexNsAreLeftAloneWhileTheApiListsNoAssignedNameservers() {
      // Ledger L-ASSIGNED-AFTER-CREATE: while create_zone runs, the zone lists none; the file's
      // own apex NS must not replace Hetzner's.
      RemoteZone r = SyncFixtures.remote(APEX + "www IN A 192.0.2.1\n");
      RemoteZone creating =
          new RemoteZone(
              new ZoneInfo(r.info().id(), r.info().name(), r.info().attributes(), List.of()),
              r.data(),
              ReadMethod.RRSET_LIST);
      ZonePlan p =
          SyncFixtures.PLANNER.plan(
              SyncFixtures.desired(
                  APEX.replaceAll("(?m)^@.* NS .*\n", "")
                      + "@ IN NS ns1.example.net.\nwww IN A 192.0.2.1\n",
                  ZoneSettings.DEFAULT),
              Optional.of(creating),
              PlanOptions.DEFAULT);
      assertTrue(p.isEmpty(), () -> printed(p));
      assertTrue(
          p.warnings().stream().anyMatch(w -> w.contains("no assigned nameservers")),
          p.warnings()::toString);
    }

    @Test
    void labelsOfAProtectedRrsetChangeWithoutLiftingItsProtection() {
      // Ledger L-PROTECTION-SCOPE: change protection does not guard labels.
      for (Optional<Boolean> managed : List.of(Optional.of(true), Optional.<Boolean>empty())) {
        ZoneSettings s =
            settings(
                false,
                true,
                Map.of(www, new RrsetSettings(Optional.of(Map.of("tier", "web")), managed)));
        ZonePlan p =
            SyncFixtures.PLANNER.plan(
                SyncFixtures.desired(APEX + "www IN A 192.0.2.1\n", s),
                Optional.of(protectedWww()),
                PlanOptions.DEFAULT);
        assertEquals(
            List.of("update_rrset_labels"),
            names(p.changes().get(0).operations()),
            "protection managed: " + managed);
        assertEquals(List.of(), p.warnings());
      }
    }

    @Test
    void aProtectedRrsetIsLeftAloneWhenProtectionIsNotManaged() {
      ZonePlan p =
          SyncFixtures.PLANNER.plan(
              SyncFixtures.desired(APEX + "www IN A 192.0.2.2\n", ZoneSettings.DEFAULT),
              Optional.of(protectedWww()),
              PlanOptions.DEFAULT);
      assertTrue(p.isEmpty());
      assertEquals(
          List.of(
              "www/A is change-protected at Hetzner, so it is not changed; set protected for it in "
                  + "hzone.toml to let hzone manage it"),
          p.warnings());
    }

    @Test
    void commentsOffKeepsRemoteComments() {
      ZoneSettings s = settings(false, false, Map.of());
      ZonePlan p =
          plan(
              APEX + "www IN A 192.0.2.1\n",
              s,
              APEX + "www IN A 192.0.2.1 ; set in the console\n",
              PlanOptions.DEFAULT);
      assertTrue(p.isEmpty(), () -> printed(p));
    }

    @Test
    void zoneTtlFollowsTheFile() {
      ZonePlan p = plan(APEX.replace("$TTL 3600", "$TTL 1800"), APEX);
      assertPlan(
          """
          example.com: 1 to change (1 request)
            ~ zone  ttl 3600 -> 1800  [change_zone_ttl]

          Plan: 0 to create, 1 to change, 0 to delete; 2 API requests (1 write, 1 action poll) to apply, rate-limit budget not known
          """,
          p);
    }

    @Test
    void exportsWithTtlsOnEveryLineAreComparedByEffectiveTtl() {
      String remote = APEX.replace("@ IN", "@ 3600 IN") + "www 3600 IN A 192.0.2.1\n";
      String desired = APEX + "www IN A 192.0.2.1\n";
      ZonePlan p =
          SyncFixtures.PLANNER.plan(
              SyncFixtures.desired(desired, ZoneSettings.DEFAULT),
              Optional.of(SyncFixtures.remote(remote, ReadMethod.ZONEFILE)),
              PlanOptions.DEFAULT);
      assertTrue(p.isEmpty(), () -> printed(p));
      ZonePlan exact = plan(desired, remote);
      assertEquals(List.of("change_ttl"), names(exact.changes().get(0).operations()));
    }

    private RemoteZone protectedWww() {
      RemoteZone r = SyncFixtures.remote(APEX + "www IN A 192.0.2.1\n");
      var data = r.data().withRrset(r.data().get(www).orElseThrow().withChangeProtected(true));
      return new RemoteZone(r.info(), data, ReadMethod.RRSET_LIST);
    }
  }

  @Nested
  class Zones {
    @Test
    void aMissingZoneNeedsCreateZones() {
      PlanningException e =
          assertThrows(
              PlanningException.class,
              () ->
                  SyncFixtures.PLANNER.plan(
                      SyncFixtures.desired(APEX, ZoneSettings.DEFAULT),
                      Optional.empty(),
                      PlanOptions.DEFAULT));
      assertEquals(
          "example.com: the zone does not exist at Hetzner; run with --create-zones to create it",
          e.getMessage());
    }

    @Test
    void aNewZoneIsCreatedWithItsFileThenItsComments() {
      ZonePlan p =
          SyncFixtures.PLANNER.plan(
              SyncFixtures.desired(
                  """
          $ORIGIN example.com.
          $TTL 1800
          www 300 IN A 203.0.113.10 ; web-1
          """,
                  ZoneSettings.DEFAULT),
              Optional.empty(),
              PlanOptions.DEFAULT.withZoneCreation(PlanOptions.ZoneCreation.ALLOW));
      assertPlan(
          """
          example.com: new primary zone (2 requests)
            + zone primary, ttl 1800  [create_zone, update_records]
            + www A  ttl 300  [in the zone file sent]
                + 203.0.113.10  ; web-1

          Plan: 2 to create, 0 to change, 0 to delete; 4 API requests (2 writes, 2 action polls) to apply, rate-limit budget not known
          """,
          p);
      // Issue 13.3: only the user's records; the API adds its SOA and the nameservers it assigns to
      // this zone.
      Operation.CreateZone create = (Operation.CreateZone) p.changes().get(0).operations().get(0);
      assertEquals(
          """
          $ORIGIN example.com.
          $TTL 1800

          www 300 IN A     203.0.113.10 ; web-1
          """,
          create.zonefile().orElseThrow());
    }

    @Test
    void aSecondaryZoneTtlChangeIsPlannedNotSkipped() {
      List<PrimaryServer> primaries =
          List.of(new PrimaryServer("192.0.2.53", 53, Optional.empty()));
      ZoneSettings secondary =
          new ZoneSettings(
              ZoneMode.SECONDARY,
              OptionalInt.of(7200),
              List.of(),
              SafetyPolicy.DEFAULT,
              Optional.empty(),
              Optional.empty(),
              primaries,
              false,
              true,
              Map.of());
      ZoneInfo info =
          new ZoneInfo(
              7,
              "example.com",
              new ZoneAttributes(ZoneMode.SECONDARY, 3600, Map.of(), false, primaries),
              List.of());
      RemoteZone remote =
          new RemoteZone(info, SyncFixtures.zone("$ORIGIN example.com.\n"), ReadMethod.NONE);
      ZonePlan p =
          SyncFixtures.PLANNER.plan(
              new DesiredZone(
                  SyncFixtures.zone("$ORIGIN example.com.\n"), secondary, Optional.empty()),
              Optional.of(remote),
              PlanOptions.DEFAULT);
      assertEquals(1, p.changes().size(), () -> p.changes().toString());
      assertEquals(List.of(new Operation.ChangeZoneTtl(7200)), p.changes().get(0).operations());
      assertEquals(7200, ((Change.UpdateZone) p.changes().get(0)).after().ttl());
    }

    @Test
    void aZoneOfAModeHzoneDoesNotKnowIsRefusedByNameNotGuessed() {
      ZoneInfo info =
          new ZoneInfo(
              7,
              "example.com",
              new ZoneAttributes(ZoneMode.UNKNOWN, 3600, Map.of(), false, List.of()),
              List.of());
      RemoteZone remote =
          new RemoteZone(info, SyncFixtures.zone("$ORIGIN example.com.\n"), ReadMethod.NONE);
      PlanningException e =
          assertThrows(
              PlanningException.class,
              () ->
                  SyncFixtures.PLANNER.plan(
                      SyncFixtures.desired(APEX, ZoneSettings.DEFAULT),
                      Optional.of(remote),
                      PlanOptions.DEFAULT));
      assertTrue(
          e.getMessage()
              .startsWith(
                  "example.com: the API gives the zone a mode this version of hzone "
                      + "does not know"),
          e.getMessage());
    }

    @Test
    void aZoneCannotChangeMode() {
      ZoneSettings secondary =
          new ZoneSettings(
              ZoneMode.SECONDARY,
              OptionalInt.empty(),
              List.of(),
              SafetyPolicy.DEFAULT,
              Optional.empty(),
              Optional.empty(),
              List.of(new PrimaryServer("192.0.2.53", 53, Optional.empty())),
              false,
              true,
              Map.of());
      PlanningException e =
          assertThrows(
              PlanningException.class,
              () ->
                  SyncFixtures.PLANNER.plan(
                      new DesiredZone(
                          SyncFixtures.zone("$ORIGIN example.com.\n"), secondary, Optional.empty()),
                      Optional.of(SyncFixtures.remote(APEX)),
                      PlanOptions.DEFAULT));
      assertTrue(e.getMessage().contains("primary at Hetzner but secondary here"), e.getMessage());
    }
  }

  @Nested
  class Import {
    @Test
    void forcedImportCarriesIgnoredRecordsAndRestoresComments() {
      ZonePlan p =
          plan(
              APEX + "www IN A 192.0.2.2 ; web\nshop IN A 192.0.2.3\n",
              ZoneSettings.DEFAULT,
              APEX + "www IN A 192.0.2.1\n_acme-challenge IN TXT \"token\"\n",
              PlanOptions.DEFAULT.withStrategy(Strategy.IMPORT));
      assertEquals(Strategy.IMPORT, p.strategy());
      Change.ImportZone imp = (Change.ImportZone) p.changes().get(0);
      assertEquals(List.of("import_zonefile", "update_records"), names(imp.operations()));
      String zonefile = ((Operation.ImportZonefile) imp.operations().get(0)).zonefile();
      assertTrue(zonefile.contains("_acme-challenge IN TXT   \"token\""), zonefile);
      assertTrue(
          zonefile.contains("IN SOA   hydrogen.ns.hetzner.com. dns.hetzner.com. 2026112801"),
          zonefile);
      assertEquals(3, p.cost().writes() + 1);
      assertEquals(2, p.count(Change.Kind.CREATE) + p.count(Change.Kind.CHANGE));
      for (Change c : p.changes().subList(1, p.changes().size())) {
        assertTrue(c.operations().isEmpty());
      }
    }

    @Test
    void autoImportsOnlyWhenItSavesManyRequestsAndLosesNothing() {
      StringBuilder desired = new StringBuilder(APEX);
      StringBuilder remote = new StringBuilder(APEX);
      for (int i = 0; i < 40; i++) {
        desired.append("h").append(i).append(" IN A 192.0.2.").append(i + 1).append('\n');
        remote.append("h").append(i).append(" IN A 198.51.100.").append(i + 1).append('\n');
      }
      assertEquals(Strategy.IMPORT, plan(desired.toString(), remote.toString()).strategy());
      assertEquals(
          Strategy.RRSETS,
          plan(desired + "c IN A 192.0.2.200 ; a comment\n", remote.toString()).strategy());
      assertEquals(
          Strategy.RRSETS,
          plan(
                  desired.toString(),
                  ZoneSettings.DEFAULT,
                  remote.toString(),
                  PlanOptions.DEFAULT.withStrategy(Strategy.RRSETS))
              .strategy());
    }
  }

  static ZoneSettings settings(
      boolean manageSoa, boolean comments, Map<RrsetKey, RrsetSettings> rrsets) {
    return new ZoneSettings(
        ZoneMode.PRIMARY,
        OptionalInt.empty(),
        List.of(),
        SafetyPolicy.DEFAULT,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        manageSoa,
        comments,
        rrsets);
  }

  static List<String> names(List<Operation> ops) {
    List<String> out = new ArrayList<>();
    for (Operation op : ops) {
      out.add(op.apiName());
    }
    return out;
  }
}
