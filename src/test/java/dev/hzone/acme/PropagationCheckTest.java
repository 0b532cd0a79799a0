package dev.hzone.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.testing.FakeTime;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PropagationCheckTest {
  private final FakeTime time = new FakeTime();
  private final Nameserver a = new Nameserver("a", new InetSocketAddress("127.0.0.1", 1));
  private final Nameserver b = new Nameserver("b", new InetSocketAddress("127.0.0.2", 2));
  private final List<List<String>> asked = new ArrayList<>();

  /**
   * A probe under which server {@code ns} serves the value from {@code servesAt} seconds after
   * start.
   */
  private TxtProbe probe(Map<Nameserver, Integer> servesAt) {
    java.time.Instant start = time.instant();
    return (servers, fqdn, value, timeout) -> {
      asked.add(servers.stream().map(Nameserver::label).toList());
      long now = Duration.between(start, time.instant()).toSeconds();
      Map<Nameserver, Observation> out = new LinkedHashMap<>();
      for (Nameserver ns : servers) {
        boolean serves = now >= servesAt.get(ns);
        out.put(
            ns,
            new Observation(
                ns,
                serves ? Observation.State.SERVES : Observation.State.LAGS,
                serves ? "serves it" : "no TXT yet"));
      }
      time.advance(Duration.ofMillis(10));
      return out;
    };
  }

  private PropagationCheck check(TxtProbe probe) {
    return new PropagationCheck(probe, time, time, Duration.ofSeconds(2));
  }

  @Test
  void returnsAtOnceWhenEveryServerAlreadyServesIt() throws Exception {
    Duration waited =
        check(probe(Map.of(a, 0, b, 0)))
            .await(
                "_acme-challenge.example.test.",
                "v",
                List.of(a, b),
                Duration.ofSeconds(180),
                AcmeListener.NONE);
    assertEquals(List.of(), time.sleeps);
    assertEquals(Duration.ofMillis(10), waited);
  }

  @Test
  void pollsEveryTwoSecondsUntilTheSlowestServesAndStopsAskingTheOthers() throws Exception {
    Duration waited =
        check(probe(Map.of(a, 0, b, 5)))
            .await(
                "_acme-challenge.example.test.",
                "v",
                List.of(a, b),
                Duration.ofSeconds(180),
                AcmeListener.NONE);
    assertEquals(List.of(List.of("a", "b"), List.of("b"), List.of("b"), List.of("b")), asked);
    // Rounds at 0, 2, 4, 6 s on a fixed schedule: the sleeps make up for the time the queries took.
    assertEquals(
        List.of(Duration.ofMillis(1990), Duration.ofMillis(1990), Duration.ofMillis(1990)),
        time.sleeps);
    assertEquals(Duration.ofMillis(6010), waited);
  }

  @Test
  void timeoutNamesTheServersThatLag() {
    List<List<Observation>> reported = new ArrayList<>();
    AcmeListener listener =
        new AcmeListener() {
          @Override
          public void lagging(List<Observation> lagging, Duration after) {
            reported.add(lagging);
          }
        };
    PropagationTimeoutException e =
        assertThrows(
            PropagationTimeoutException.class,
            () ->
                check(probe(Map.of(a, 0, b, 1000)))
                    .await(
                        "_acme-challenge.example.test.",
                        "v",
                        List.of(a, b),
                        Duration.ofSeconds(5),
                        listener));
    assertEquals(
        "after 5 s these nameservers still do not serve the TXT at _acme-challenge.example.test.: "
            + "b (no TXT yet)",
        e.getMessage());
    assertEquals(List.of(b), e.lagging().stream().map(Observation::server).toList());
    // Rounds at 0, 2, 4 and a last one at the deadline (5 s).
    assertEquals(4, asked.size());
    assertTrue(reported.size() >= 3);
  }

  @Test
  void noServersIsAClearError() {
    AcmeException e =
        assertThrows(
            AcmeException.class,
            () ->
                check(probe(Map.of()))
                    .await(
                        "x.example.test.",
                        "v",
                        List.of(),
                        Duration.ofSeconds(5),
                        AcmeListener.NONE));
    assertTrue(e.getMessage().contains("--nameserver"), e.getMessage());
  }
}
