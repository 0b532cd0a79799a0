package dev.hzone.sync.verify;

import static dev.hzone.sync.SyncFixtures.APEX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.api.Sleeper;
import dev.hzone.emulator.dns.DnsServer;
import dev.hzone.emulator.dns.DnsServerOptions;
import dev.hzone.sync.SyncFixtures;
import dev.hzone.sync.plan.Plan;
import dev.hzone.sync.plan.ZonePlan;
import dev.hzone.testing.FakeTime;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link DnsVerifier} against a real nameserver on loopback (the emulator's, which serves a
 * published zone at once): what the plan changed is checked on every server, lagging servers are
 * asked again until the time is up, and what is left differing is named.
 */
class DnsVerifierTest {
  private static final Instant START = Instant.parse("2026-11-28T12:00:00Z");

  private static final String BEFORE = APEX + "www IN A 192.0.2.1\nold IN TXT \"gone soon\"\n";
  private static final String AFTER =
      APEX + "www IN A 192.0.2.2\nwww IN A 192.0.2.3\nmail IN MX 10 MX.Example.COM.\n";

  private final FakeTime time = new FakeTime();
  private Runnable onFirstSleep = () -> {};

  /** The fake time's sleeper, running {@link #onFirstSleep} before the first wait. */
  private final Sleeper sleeper =
      d -> {
        if (time.sleeps.isEmpty()) {
          onFirstSleep.run();
        }
        time.sleep(d);
      };

  private DnsServer dns;

  @BeforeEach
  void start() throws Exception {
    dns = DnsServer.start(new InetSocketAddress("127.0.0.1", 0), DnsServerOptions.defaults());
  }

  @AfterEach
  void stop() {
    dns.close();
  }

  private DnsVerifier verifier() {
    return new DnsVerifier(
        new DnsVerifier.Options(
            Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(2)),
        sleeper,
        time);
  }

  private static Plan plan(String desired, String remote) {
    return new Plan(List.of(SyncFixtures.plan(desired, remote)));
  }

  private DnsVerifier.Result verify(Plan plan, List<InetSocketAddress> servers)
      throws InterruptedException {
    return verifier().verify(plan, Map.of("example.com", servers));
  }

  @Test
  void aServerThatServesThePlanPassesAtOnce() throws Exception {
    Plan plan = plan(AFTER, BEFORE);
    dns.publish(SyncFixtures.zone(AFTER));
    DnsVerifier.Result r = verify(plan, List.of(dns.address()));
    assertTrue(r.succeeded(), r.mismatches().toString());
    // www updated, mail created, old deleted: three RRSets on one server; values compared in
    // canonical form (MX.Example.COM. as the server's lower case)
    assertEquals(3, r.checked());
    assertEquals(0, r.notCheckable());
    assertEquals(List.of(), time.sleeps, "nothing to wait for");
  }

  @Test
  void everyServerIsAskedAndEachLaggingOneIsNamed() throws Exception {
    Plan plan = plan(AFTER, BEFORE);
    dns.publish(SyncFixtures.zone(AFTER));
    try (DnsServer stale =
        DnsServer.start(new InetSocketAddress("127.0.0.1", 0), DnsServerOptions.defaults())) {
      stale.publish(SyncFixtures.zone(BEFORE));
      DnsVerifier.Result r = verify(plan, List.of(dns.address(), stale.address()));
      assertFalse(r.succeeded());
      assertEquals(3, r.checked(), "the up-to-date server's three RRSets");
      String at = " at 127.0.0.1:" + stale.address().getPort() + ": serves ";
      assertEquals(
          List.of(
              "example.com www/A" + at + "192.0.2.1, expected 192.0.2.2, 192.0.2.3",
              "example.com mail/MX" + at + "nothing, expected 10 MX.Example.COM.",
              "example.com old/TXT" + at + "\"gone soon\", expected nothing"),
          r.mismatches().stream().sorted(byRrset()).toList());
      assertFalse(time.sleeps.isEmpty(), "the stale server was asked again");
      assertTrue(
          Duration.between(START, time.instant()).compareTo(Duration.ofSeconds(5)) >= 0,
          "kept asking until the time was up");
    }
  }

  @Test
  void aServerThatCatchesUpBeforeTheTimeoutPasses() throws Exception {
    Plan plan = plan(AFTER, BEFORE);
    dns.publish(SyncFixtures.zone(BEFORE));
    onFirstSleep = () -> dns.publish(SyncFixtures.zone(AFTER));
    DnsVerifier.Result r = verify(plan, List.of(dns.address()));
    assertTrue(r.succeeded(), r.mismatches().toString());
    assertEquals(3, r.checked());
    assertFalse(time.sleeps.isEmpty(), "the first round saw the old zone");
  }

  @Test
  void aSilentServerIsAMismatchSayingItDidNotAnswer() throws Exception {
    try (DatagramSocket silent = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      InetSocketAddress quiet =
          new InetSocketAddress(InetAddress.getLoopbackAddress(), silent.getLocalPort());
      DnsVerifier verifier =
          new DnsVerifier(
              new DnsVerifier.Options(Duration.ZERO, Duration.ofSeconds(1), Duration.ofMillis(300)),
              sleeper,
              time);
      DnsVerifier.Result r =
          verifier.verify(
              plan(APEX + "www IN A 192.0.2.2\n", APEX), Map.of("example.com", List.of(quiet)));
      assertEquals(1, r.mismatches().size(), r.mismatches().toString());
      assertTrue(r.mismatches().get(0).contains("serves no answer ("), r.mismatches().get(0));
      assertEquals(0, r.checked());
    }
  }

  @Test
  void namesBelowADelegationAreNotCheckableButTheCutItselfIs() throws Exception {
    String desired = APEX + "sub IN NS ns1.elsewhere.test.\nwww.sub IN A 192.0.2.7\n";
    ZonePlan z = SyncFixtures.plan(desired, APEX);
    dns.publish(SyncFixtures.zone(desired));
    DnsVerifier.Result r = verify(new Plan(List.of(z)), List.of(dns.address()));
    assertTrue(r.succeeded(), r.mismatches().toString());
    assertEquals(1, r.checked(), "the NS at the cut, from the referral's authority section");
    assertEquals(1, r.notCheckable(), "www.sub is answered with a referral");
  }

  @Test
  void soaChangesAndZonesWithoutServersAreNotAsked() throws Exception {
    String newSoa =
        APEX.replace("2026112801 86400", "2026112802 86400").replace("3600000 3600", "3600000 60");
    DnsVerifier.Result r =
        verifier().verify(plan(newSoa, APEX), Map.of("example.com", List.of(dns.address())));
    assertEquals(new DnsVerifier.Result(0, 0, List.of()), r);
    DnsVerifier.Result none = verifier().verify(plan(AFTER, BEFORE), Map.of());
    assertEquals(new DnsVerifier.Result(0, 0, List.of()), none);
  }

  private static java.util.Comparator<String> byRrset() {
    List<String> order = List.of(" www/", " mail/", " old/");
    return java.util.Comparator.comparingInt(
        s -> {
          for (int i = 0; i < order.size(); i++) {
            if (s.contains(order.get(i))) {
              return i;
            }
          }
          return order.size();
        });
  }
}
