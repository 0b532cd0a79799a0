package dev.hzone.acme;

import dev.hzone.api.Sleeper;
import dev.hzone.resolve.PropagationWaiter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Waits until every authoritative nameserver serves a challenge value, asking them directly (not
 * through a resolver, whose cache could answer for them), so that the hook returns as soon as the
 * CA can see the record, and never after a guessed fixed sleep. The schedule is {@link
 * PropagationWaiter}'s: servers are asked every {@link #DEFAULT_INTERVAL} (2 s) on a fixed schedule
 * from the start; one that has served the value is not asked again.
 */
public final class PropagationCheck {
  /** The default time between rounds. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(2);

  /** The shortest time a query of the last rounds is given, however close the deadline. */
  private static final Duration MIN_QUERY_TIMEOUT = Duration.ofMillis(200);

  private final TxtProbe probe;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration interval;

  public PropagationCheck(TxtProbe probe, Clock clock, Sleeper sleeper, Duration interval) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("the polling interval must be positive");
    }
    this.probe = probe;
    this.clock = clock;
    this.sleeper = sleeper;
    this.interval = interval;
  }

  /**
   * Returns once every server serves {@code value} at {@code fqdn}.
   *
   * @return how long it took
   * @throws PropagationTimeoutException when {@code timeout} passes first, naming the servers that
   *     lag
   */
  public Duration await(
      String fqdn, String value, List<Nameserver> servers, Duration timeout, AcmeListener listener)
      throws InterruptedException {
    if (servers.isEmpty()) {
      throw new AcmeException(
          "no nameserver to check " + fqdn + " against; name one with --nameserver HOST:PORT");
    }
    listener.checking(fqdn, servers, timeout);
    PropagationWaiter.Round<Nameserver, Observation> round =
        (pending, left) -> {
          Duration queryTimeout =
              left.compareTo(interval) < 0 ? max(left, MIN_QUERY_TIMEOUT) : interval;
          Map<Nameserver, Observation> seen =
              new LinkedHashMap<>(probe.probe(pending, fqdn, value, queryTimeout));
          for (Nameserver ns : pending) {
            seen.putIfAbsent(ns, new Observation(ns, Observation.State.UNREACHABLE, "no answer"));
          }
          return seen;
        };
    PropagationWaiter.Outcome<Nameserver, Observation> o =
        new PropagationWaiter(new PropagationWaiter.Schedule(timeout, interval), sleeper, clock)
            .await(
                servers,
                round,
                (server, seen) -> seen.state() == Observation.State.SERVES,
                new PropagationWaiter.Listener<>() {
                  @Override
                  public void settled(Nameserver server, Observation observation, Duration after) {
                    listener.serves(server, after);
                  }

                  @Override
                  public void lagging(List<Observation> observations, Duration after) {
                    listener.lagging(observations, after);
                  }
                });
    if (!o.complete()) {
      throw new PropagationTimeoutException(fqdn, timeout, new ArrayList<>(o.pending().values()));
    }
    return o.elapsed();
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
