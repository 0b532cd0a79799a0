package dev.hzone.sync.apply;

import static dev.hzone.sync.SyncFixtures.APEX;
import static dev.hzone.sync.SyncFixtures.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.api.PollOptions;
import dev.hzone.api.Sleeper;
import dev.hzone.sync.SyncFixtures;
import dev.hzone.sync.plan.Change;
import dev.hzone.sync.plan.DesiredZone;
import dev.hzone.sync.plan.Plan;
import dev.hzone.sync.plan.PlanOptions;
import dev.hzone.sync.plan.RemotePlanner;
import dev.hzone.sync.plan.StalePlanException;
import dev.hzone.sync.plan.ZoneSettings;
import dev.hzone.sync.remote.Operation;
import dev.hzone.sync.remote.RemoteReadException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApplierTest {
  private static final PollOptions FAST =
      new PollOptions(Duration.ofMillis(1), Duration.ofMillis(2), 1.5, Duration.ofMinutes(1));

  private final FakeDnsProvider fake = new FakeDnsProvider();
  private final RemotePlanner remotePlanner = new RemotePlanner(fake, SyncFixtures.PLANNER, 4);

  private Plan plan(String desired) {
    return plan(desired, PlanOptions.DEFAULT);
  }

  private Plan plan(String desired, PlanOptions options) {
    return remotePlanner.plan(
        List.of(SyncFixtures.desired(desired, ZoneSettings.DEFAULT)), options);
  }

  private ApplyResult apply(Plan plan) {
    return apply(plan, ApplyListener.NONE);
  }

  private ApplyResult apply(Plan plan, ApplyListener listener) {
    return new Applier(fake, new Applier.Options(4), d -> {}, Clock.systemUTC(), FAST)
        .apply(plan, listener);
  }

  private static final String REMOTE =
      APEX
          + """
      www 300 IN A 203.0.113.10 ; web-1
      old IN TXT "legacy"
      cname IN CNAME example.net.
      _acme-challenge IN TXT "renewal"
      """;

  private static final String DESIRED =
      APEX
          + """
      www 600 IN A 203.0.113.10 ; web-1
      www 600 IN A 203.0.113.11 ; web-2
      cname IN A 192.0.2.1
      shop IN A 192.0.2.2 ; shop
      @ IN MX 10 mx1.example.net.
      """;

  @Test
  void applyingThePlanConvergesAndLeavesUnownedRecordsAlone() {
    fake.with(zone(REMOTE));
    Plan p = plan(DESIRED);
    ApplyResult r = apply(p);
    assertTrue(r.succeeded(), () -> r.failures().toString());
    assertEquals(6, r.applied());
    assertTrue(plan(DESIRED).isEmpty(), () -> SyncFixtures.printed(plan(DESIRED).zones().get(0)));
    assertTrue(
        fake.state("example.com").get("_acme-challenge", dev.hzone.dns.RecordType.TXT).isPresent());
  }

  @Test
  void aNewZoneIsCreatedInOneRequestAndItsCommentsRestored() {
    Plan p = plan(DESIRED, PlanOptions.DEFAULT.withZoneCreation(PlanOptions.ZoneCreation.ALLOW));
    ApplyResult r = apply(p);
    assertTrue(r.succeeded(), () -> r.failures().toString());
    List<String> writes = fake.log().stream().filter(l -> l.startsWith("POST")).toList();
    assertEquals(
        List.of(
            "POST example.com create_zone",
            "POST example.com update_records shop/A",
            "POST example.com update_records www/A"),
        sorted(writes));
    assertTrue(plan(DESIRED).isEmpty());
  }

  @Test
  void everyFailedChangeIsNamedAndTheRestStillGoes() {
    fake.with(zone(REMOTE));
    fake.failRequest = op -> op.rrsetKey().map(k -> k.name().equals("shop")).orElse(false);
    fake.failAction = op -> op instanceof Operation.DeleteRrset;
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    ApplyResult r =
        apply(
            plan(DESIRED),
            new ApplyListener() {
              @Override
              public void changeFailed(String zone, Change change, String reason) {
                events.add("failed " + change.subject());
              }

              @Override
              public void changeDone(String zone, Change change) {
                events.add("done " + change.subject());
              }
            });
    List<String> failures = new ArrayList<>();
    for (ApplyResult.FailedChange f : r.failures()) {
      // Action ids depend on which request went first; the rest of the message does not.
      failures.add(f.describe().replaceAll("action \\d+", "action N"));
    }
    // An action that failed is sent once more before its change fails; a refused request is not.
    assertEquals(
        List.of(
            "example.com cname/CNAME: delete_rrset: action N failed: action_failed: injected (sent twice)",
            "example.com old/TXT: delete_rrset: action N failed: action_failed: injected (sent twice)",
            "example.com shop/A: create_rrset failed: 422 invalid_input: injected failure"),
        sorted(failures));
    assertEquals(
        2,
        fake.log().stream().filter(l -> l.equals("POST example.com delete_rrset old/TXT")).count());
    assertEquals(
        1,
        fake.log().stream().filter(l -> l.equals("POST example.com create_rrset shop/A")).count());
    assertTrue(events.contains("done www/A"));
    assertTrue(events.contains("done @/MX"));
  }

  @Test
  void anOperationWhoseActionFailedOnceOrThatMetAServerErrorIsSentOnceMore() {
    fake.with(zone(REMOTE));
    java.util.Set<String> failedOnce = java.util.concurrent.ConcurrentHashMap.newKeySet();
    fake.failAction = op -> op instanceof Operation.DeleteRrset && failedOnce.add(op.toString());
    fake.serverError = op -> op instanceof Operation.CreateRrset && failedOnce.add(op.toString());
    ApplyResult r = apply(plan(DESIRED));
    assertTrue(r.succeeded(), () -> r.failures().toString());
    assertEquals(
        2,
        fake.log().stream().filter(l -> l.equals("POST example.com delete_rrset old/TXT")).count());
    assertEquals(
        2,
        fake.log().stream().filter(l -> l.equals("POST example.com create_rrset shop/A")).count());
    assertTrue(plan(DESIRED).isEmpty());
  }

  @Test
  void runningAgainAfterAPartialApplyConverges() {
    fake.with(zone(REMOTE));
    fake.failRequest = op -> op instanceof Operation.ChangeRrsetTtl;
    assertEquals(1, apply(plan(DESIRED)).failures().size());
    fake.failRequest = op -> false;
    Plan second = plan(DESIRED);
    assertEquals(1, second.zones().get(0).changes().size());
    assertTrue(apply(second).succeeded());
    assertTrue(plan(DESIRED).isEmpty());
  }

  @Test
  void everyRunningActionIsPolledInOneRequest() {
    StringBuilder desired = new StringBuilder(APEX);
    for (int i = 0; i < 60; i++) {
      desired.append("h").append(i).append(" IN A 192.0.2.").append(i + 1).append(" ; c\n");
    }
    fake.with(zone(APEX));
    fake.pollsRunning = 2;
    Plan p = plan(desired.toString());
    // Real pauses between polls, so that requests sent meanwhile are polled together.
    PollOptions paced =
        new PollOptions(Duration.ofMillis(50), Duration.ofMillis(50), 1.5, Duration.ofMinutes(1));
    ApplyResult r =
        new Applier(fake, new Applier.Options(4), Sleeper.SYSTEM, Clock.systemUTC(), paced)
            .apply(p, ApplyListener.NONE);
    assertTrue(r.succeeded(), () -> r.failures().toString());
    assertEquals(60, r.applied());
    // 60 creates, whose actions each stay running for two polls. How many poll rounds that takes
    // depends on
    // how the creates and the rounds interleave (the machine's load), so count what each poll asked
    // for:
    // every action went through the one shared poller, exactly twice (never polled on its own,
    // never
    // again once finished), and each poll was one request. That each round asks for every running
    // action
    // at once is shown without threads racing in ActionPollerTest.
    List<List<Long>> polls = fake.polled();
    assertEquals(r.polls(), polls.size());
    java.util.Map<Long, Integer> timesPolled = new java.util.TreeMap<>();
    polls.forEach(ids -> ids.forEach(id -> timesPolled.merge(id, 1, Integer::sum)));
    assertEquals(60, timesPolled.size(), timesPolled::toString);
    assertTrue(timesPolled.values().stream().allMatch(n -> n == 2), timesPolled::toString);
    assertEquals(60 + r.polls(), r.requests());
  }

  @Test
  void actionsTheApiForgetsFailTheirChangesAndARerunConverges() {
    fake.with(zone(REMOTE));
    fake.pollsRunning = 1;
    fake.forgetFinished = true;
    ApplyResult r = apply(plan(DESIRED));
    assertFalse(r.succeeded(), "an action the API does not list is not known to have finished");
    assertTrue(
        r.failures().stream().allMatch(f -> f.reason().contains("does not list action")),
        () -> r.failures().toString());
    fake.forgetFinished = false;
    assertTrue(apply(plan(DESIRED)).succeeded());
    assertTrue(plan(DESIRED).isEmpty());
  }

  @Test
  void aFailedOrIncompleteReadStopsTheRunInsteadOfPlanningDeletes() {
    fake.with(zone(REMOTE));
    String orgZone = APEX.replace("example.com", "example.org");
    fake.with(SyncFixtures.zone(orgZone, "example.org"));
    fake.failExport = z -> z.equals("example.com");
    List<DesiredZone> both =
        List.of(
            SyncFixtures.desired(DESIRED, ZoneSettings.DEFAULT),
            new DesiredZone(
                SyncFixtures.zone(orgZone, "example.org"), ZoneSettings.DEFAULT, Optional.empty()));
    RemoteReadException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            RemoteReadException.class, () -> remotePlanner.plan(both, PlanOptions.DEFAULT));
    assertEquals(List.of("example.com: 503 unavailable: injected"), e.failures());

    // An answer without the apex SOA and NS cannot be the whole zone: no plan is made from it.
    fake.failExport = z -> false;
    fake.withoutRrset("example.com", dev.hzone.dns.RrsetKey.of("@", dev.hzone.dns.RecordType.SOA));
    RemoteReadException incomplete =
        org.junit.jupiter.api.Assertions.assertThrows(
            RemoteReadException.class, () -> remotePlanner.plan(both, PlanOptions.DEFAULT));
    assertEquals(
        List.of(
            "example.com: the zone file read has no apex SOA or NS, so it cannot be the whole zone"),
        incomplete.failures());
  }

  @Test
  void aZoneThatCannotBeCreatedSkipsItsOtherChanges() {
    fake.failAction = op -> op instanceof Operation.CreateZone;
    ApplyResult r =
        apply(plan(DESIRED, PlanOptions.DEFAULT.withZoneCreation(PlanOptions.ZoneCreation.ALLOW)));
    assertEquals(0, r.applied());
    assertEquals(1, r.failures().size());
    assertEquals("zone", r.failures().get(0).subject());
  }

  @Test
  void aStalePlanIsRefused() {
    fake.with(zone(REMOTE));
    Plan p = plan(DESIRED);
    remotePlanner.checkFresh(p);
    fake.withRrset(
        "example.com",
        zone(APEX + "new IN A 192.0.2.9\n").get("new", dev.hzone.dns.RecordType.A).orElseThrow());
    StalePlanException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            StalePlanException.class, () -> remotePlanner.checkFresh(p));
    assertEquals(List.of("example.com"), e.zones());
  }

  @Test
  void readingAZoneCostsALookupAndOneExport() {
    fake.with(zone(REMOTE));
    plan(DESIRED);
    assertEquals(List.of("GET /zones/example.com", "GET /zones/example.com/zonefile"), fake.log());
  }

  private static List<String> sorted(List<String> l) {
    List<String> out = new ArrayList<>(l);
    Collections.sort(out);
    return out;
  }
}
