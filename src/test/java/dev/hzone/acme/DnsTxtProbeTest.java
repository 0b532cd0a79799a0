package dev.hzone.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hzone.emulator.dns.DnsServer;
import dev.hzone.emulator.dns.DnsServerOptions;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DnsTxtProbeTest {
  private DnsServer dns;
  private Nameserver ns;
  private final FakeChallengeZones api =
      new FakeChallengeZones()
          .withZone("example.test", "_acme-challenge TXT 60 \"other\"", "many TXT 60 \"x\"");

  @BeforeEach
  void start() throws Exception {
    dns = DnsServer.start(new InetSocketAddress("127.0.0.1", 0), DnsServerOptions.defaults());
    api.onChange(dns::publish);
    ns = Nameserver.parse(dns.hostPort());
  }

  @AfterEach
  void stop() {
    dns.close();
  }

  private Observation probe(Nameserver server, String fqdn, String value)
      throws InterruptedException {
    return new DnsTxtProbe().probe(List.of(server), fqdn, value, Duration.ofSeconds(2)).get(server);
  }

  @Test
  void servedValueIsSeen() throws Exception {
    api.addTxt(
        api.zone("example.test").orElseThrow(),
        "_acme-challenge",
        "\"wanted\"",
        java.util.OptionalInt.of(60));
    assertEquals(
        Observation.State.SERVES, probe(ns, "_acme-challenge.example.test.", "wanted").state());
  }

  @Test
  void otherValuesAreCountedNotShown() throws Exception {
    Observation o = probe(ns, "_acme-challenge.example.test.", "wanted");
    assertEquals(Observation.State.LAGS, o.state());
    assertEquals("1 other TXT value(s)", o.detail());
  }

  @Test
  void missingNameLags() throws Exception {
    Observation o = probe(ns, "_acme-challenge.www.example.test.", "wanted");
    assertEquals(Observation.State.LAGS, o.state());
    assertEquals("NXDOMAIN", o.detail());
  }

  @Test
  void zoneNotServedIsRefused() throws Exception {
    Observation o = probe(ns, "_acme-challenge.example.org.", "wanted");
    assertEquals(Observation.State.UNREACHABLE, o.state());
    assertEquals("REFUSED", o.detail());
  }

  @Test
  void truncatedUdpAnswerIsFetchedOverTcp() throws Exception {
    var zone = api.zone("example.test").orElseThrow();
    for (int i = 0; i < 40; i++) {
      api.addTxt(zone, "many", "\"" + "v".repeat(40) + i + "\"", java.util.OptionalInt.of(60));
    }
    assertEquals(
        Observation.State.SERVES, probe(ns, "many.example.test.", "v".repeat(40) + 39).state());
  }

  @Test
  void silentServerTimesOut() throws Exception {
    try (DatagramSocket silent = new DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
      Nameserver quiet = Nameserver.parse("127.0.0.1:" + silent.getLocalPort());
      Map<Nameserver, Observation> seen =
          new DnsTxtProbe()
              // Long enough for the live server to answer on a loaded machine; the silent one takes
              // all of it.
              .probe(
                  List.of(quiet, ns),
                  "_acme-challenge.example.test.",
                  "other",
                  Duration.ofSeconds(2));
      assertEquals(Observation.State.UNREACHABLE, seen.get(quiet).state());
      assertEquals(Observation.State.SERVES, seen.get(ns).state());
    }
  }
}
