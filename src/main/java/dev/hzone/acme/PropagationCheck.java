package dev.hzone.acme;

import dev.hzone.api.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Waits until every authoritative nameserver serves a challenge value, asking them directly (not through a
 * resolver, whose cache could answer for them), so that the hook returns as soon as the CA can see the
 * record, and never after a guessed fixed sleep. Servers are asked every {@link #interval} (2 s) on a fixed
 * schedule from the start; one that has served the value is not asked again.
 */
public final class PropagationCheck {
  /** The default time between rounds. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(2);

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
   * @throws PropagationTimeoutException when {@code timeout} passes first, naming the servers that lag
   */
  public Duration await(String fqdn, String value, List<Nameserver> servers, Duration timeout, AcmeListener listener)
      throws InterruptedException {
    if (servers.isEmpty()) {
      throw new AcmeException("no nameserver to check " + fqdn + " against; name one with --nameserver HOST:PORT");
    }
    Instant start = clock.instant();
    Instant deadline = start.plus(timeout);
    listener.checking(fqdn, servers, timeout);
    List<Nameserver> pending = new ArrayList<>(servers);
    for (int round = 1; ; round++) {
      Duration left = Duration.between(clock.instant(), deadline);
      Duration queryTimeout = left.compareTo(interval) < 0 ? max(left, Duration.ofMillis(200)) : interval;
      Map<Nameserver, Observation> seen = probe.probe(List.copyOf(pending), fqdn, value, queryTimeout);
      List<Observation> lagging = new ArrayList<>();
      for (Nameserver ns : List.copyOf(pending)) {
        Observation o = seen.get(ns);
        if (o != null && o.state() == Observation.State.SERVES) {
          pending.remove(ns);
          listener.serves(ns, Duration.between(start, clock.instant()));
        } else {
          lagging.add(o != null ? o : new Observation(ns, Observation.State.UNREACHABLE, "no answer"));
        }
      }
      Instant now = clock.instant();
      if (pending.isEmpty()) {
        return Duration.between(start, now);
      }
      if (!now.isBefore(deadline)) {
        throw new PropagationTimeoutException(fqdn, timeout, lagging);
      }
      listener.lagging(lagging, Duration.between(start, now));
      Instant next = start.plus(interval.multipliedBy(round));
      if (next.isAfter(deadline)) {
        next = deadline;
      }
      sleeper.sleep(Duration.between(now, next));
    }
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
