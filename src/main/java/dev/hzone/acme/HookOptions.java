package dev.hzone.acme;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a hook run checks propagation.
 *
 * @param nameservers where to check; empty means the zone's assigned nameservers, resolved, on port 53
 * @param timeout how long to wait for every server, counted from the start of the run (default 180 s)
 * @param interval time between rounds of queries (2 s)
 */
public record HookOptions(List<Nameserver> nameservers, Duration timeout, Duration interval) {
  /** The default timeout. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(180);

  public HookOptions {
    nameservers = List.copyOf(nameservers);
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(interval, "interval");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the timeout must be positive");
    }
  }

  /** The zone's own nameservers, 180 s, every 2 s. */
  public static HookOptions defaults() {
    return new HookOptions(List.of(), DEFAULT_TIMEOUT, PropagationCheck.DEFAULT_INTERVAL);
  }

  public HookOptions withNameservers(List<Nameserver> servers) {
    return new HookOptions(servers, timeout, interval);
  }

  public HookOptions withTimeout(Duration t) {
    return new HookOptions(nameservers, t, interval);
  }
}
