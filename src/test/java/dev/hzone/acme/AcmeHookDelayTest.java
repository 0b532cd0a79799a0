package dev.hzone.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.api.Sleeper;
import dev.hzone.emulator.dns.DnsServer;
import dev.hzone.emulator.dns.DnsServerOptions;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hook against a real DNS server that serves changes only after a delay, with the real clock:
 * it waits as long as the nameserver lags (no fixed sleep), and returns at the first round once the
 * value is served.
 */
class AcmeHookDelayTest {
  private final List<String> events = new ArrayList<>();

  /**
   * The waits the hook asked for: the real sleeper waits them, the test counts them instead of
   * timing.
   */
  private final List<Duration> sleeps = new java.util.concurrent.CopyOnWriteArrayList<>();

  private final Sleeper recording =
      d -> {
        sleeps.add(d);
        Sleeper.SYSTEM.sleep(d);
      };
  private final AcmeListener listener =
      new AcmeListener() {
        @Override
        public void lagging(List<Observation> lagging, Duration after) {
          events.add("lagging " + lagging);
        }

        @Override
        public void serves(Nameserver server, Duration after) {
          events.add("serves after " + after.toMillis() + " ms");
        }
      };

  private Duration presentWithDnsDelay(Duration delay) throws Exception {
    try (DnsServer dns =
        DnsServer.start(
            new InetSocketAddress("127.0.0.1", 0),
            DnsServerOptions.defaults().withPublishDelay(delay))) {
      FakeChallengeZones api =
          new FakeChallengeZones().withZone("example.test").onChange(dns::publish);
      AcmeHook hook =
          new AcmeHook(
              api,
              new DnsTxtProbe(),
              new NameserverAddresses(
                  h -> {
                    throw new java.net.UnknownHostException(h);
                  }),
              Clock.systemUTC(),
              recording,
              listener);
      HookOptions options =
          HookOptions.defaults()
              .withNameservers(List.of(Nameserver.parse(dns.hostPort())))
              .withTimeout(Duration.ofSeconds(30));
      PresentResult r =
          hook.present(
              Challenge.ofDomain("example.test", "delayed_value_ijkXy0q7UeC9tmJEF19OMXiVzNNB0"),
              options);
      assertEquals(
          List.of("\"delayed_value_ijkXy0q7UeC9tmJEF19OMXiVzNNB0\""),
          api.txt("example.test", "_acme-challenge"));
      return r.propagation();
    }
  }

  @Test
  void waitsUntilTheLaggingServerServesTheValue() throws Exception {
    Duration delay = Duration.ofMillis(3000);
    Duration waited = presentWithDnsDelay(delay);
    // The zone becomes visible 3 s after the write; rounds are 2 s apart, so the hook returns at
    // the 4 s round
    // (the initial publish of the zone itself was also delayed, so the first rounds see REFUSED or
    // NXDOMAIN).
    assertTrue(
        waited.compareTo(delay.minusMillis(100)) >= 0,
        "returned after " + waited + ", before the value was served");
    // Not a bound on the wall time (a loaded machine stretches it): between rounds the hook waits
    // at most one
    // interval, every round before the last saw the server lag, and the last one, which saw it
    // serve, ended
    // the wait: it returned at the first round once the value was served.
    assertTrue(
        sleeps.stream().allMatch(d -> d.compareTo(PropagationCheck.DEFAULT_INTERVAL) <= 0),
        sleeps::toString);
    assertTrue(events.get(0).startsWith("lagging"), events.toString());
    assertEquals(1, events.stream().filter(e -> e.startsWith("serves")).count(), events.toString());
    assertTrue(events.get(events.size() - 1).startsWith("serves"), events.toString());
    assertEquals(
        events.size() - 1, sleeps.size(), "one wait between rounds: " + sleeps + " " + events);
  }

  @Test
  void returnsAtTheFirstRoundWhenTheServerIsUpToDate() throws Exception {
    Duration waited = presentWithDnsDelay(Duration.ZERO);
    assertEquals(1, events.size(), events.toString());
    assertTrue(events.get(0).startsWith("serves"), events.toString());
    assertEquals(
        List.of(),
        sleeps,
        "the first round served the value, so the hook never waited (waited "
            + waited
            + " in all)");
  }
}
