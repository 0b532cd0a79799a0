package dev.hzone.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ZoneLocatorTest {
  @Test
  void candidatesAreParentsLongestFirstWithoutTheTld() {
    assertEquals(
        List.of("_acme-challenge.www.example.test", "www.example.test", "example.test"),
        ZoneLocator.candidates("_acme-challenge.www.example.test."));
  }

  @Test
  void stopsAtTheFirstZoneFoundWhichIsTheLongest() {
    FakeChallengeZones api =
        new FakeChallengeZones().withZone("example.test").withZone("dev.example.test");
    ChallengeTarget t = new ZoneLocator(api).locate("_acme-challenge.www.dev.example.test.");
    assertEquals("dev.example.test", t.zone().name());
    assertEquals("_acme-challenge.www", t.relativeName());
    assertEquals(
        List.of(
            "zone _acme-challenge.www.dev.example.test",
            "zone www.dev.example.test",
            "zone dev.example.test",
            "rrsets dev.example.test _acme-challenge.www"),
        api.calls);
  }

  @Test
  void apexChallengeCostsTwoZoneLookupsAndOneRrsetRead() {
    FakeChallengeZones api = new FakeChallengeZones().withZone("example.test");
    ChallengeTarget t = new ZoneLocator(api).locate("_acme-challenge.example.test.");
    assertEquals("_acme-challenge", t.relativeName());
    assertEquals(3, api.calls.size());
  }

  @Test
  void followsADelegatingCnameIntoAnotherZone() {
    FakeChallengeZones api =
        new FakeChallengeZones()
            .withZone("example.test", "_acme-challenge CNAME - www.acme.example.net.")
            .withZone("example.net");
    ChallengeTarget t = new ZoneLocator(api).locate("_acme-challenge.example.test.");
    assertEquals("example.net", t.zone().name());
    assertEquals("www.acme", t.relativeName());
    assertEquals("www.acme.example.net.", t.fqdn());
    assertEquals(1, t.cnameHops());
  }

  @Test
  void relativeCnameTargetIsReadInsideTheZone() {
    FakeChallengeZones api =
        new FakeChallengeZones().withZone("example.test", "_acme-challenge CNAME - acme-dns");
    assertEquals(
        "acme-dns.example.test.",
        new ZoneLocator(api).locate("_acme-challenge.example.test.").fqdn());
  }

  @Test
  void cnameToAZoneOutsideTheProjectIsAClearError() {
    FakeChallengeZones api =
        new FakeChallengeZones()
            .withZone("example.test", "_acme-challenge CNAME - x.auth.example.org.");
    AcmeException e =
        assertThrows(
            AcmeException.class,
            () -> new ZoneLocator(api).locate("_acme-challenge.example.test."));
    assertTrue(
        e.getMessage().contains("delegated by CNAME to x.auth.example.org."), e.getMessage());
  }

  @Test
  void cnameLoopEnds() {
    FakeChallengeZones api =
        new FakeChallengeZones()
            .withZone(
                "example.test",
                "_acme-challenge CNAME - a.example.test.",
                "a CNAME - _acme-challenge.example.test.");
    AcmeException e =
        assertThrows(
            AcmeException.class,
            () -> new ZoneLocator(api).locate("_acme-challenge.example.test."));
    assertTrue(e.getMessage().contains("loop"), e.getMessage());
  }

  @Test
  void nameInNoZoneNamesWhatWasAskedFor() {
    AcmeException e =
        assertThrows(
            AcmeException.class,
            () ->
                new ZoneLocator(new FakeChallengeZones()).locate("_acme-challenge.example.test."));
    assertEquals(
        "no zone of this project contains _acme-challenge.example.test. (asked for "
            + "_acme-challenge.example.test, example.test)",
        e.getMessage());
  }
}
