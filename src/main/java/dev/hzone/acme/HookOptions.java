package dev.hzone.acme;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a hook run checks propagation.
 *
 * @param nameservers where to check; empty means the zone's assigned nameservers, resolved, on port
 *     53
 * @param timeout how long to wait for every server, counted from the start of the run (default 180
 *     s)
 * @param interval time between rounds of queries (2 s)
 * @param policy which names and values the hook agrees to write or remove ({@link
 *     ChallengePolicy#STRICT})
 */
public record HookOptions(
    List<Nameserver> nameservers, Duration timeout, Duration interval, ChallengePolicy policy) {
  /** The default timeout. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(180);

  public HookOptions {
    nameservers = List.copyOf(nameservers);
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(policy, "policy");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the timeout must be positive");
    }
  }

  /** With the strict policy. */
  public HookOptions(List<Nameserver> nameservers, Duration timeout, Duration interval) {
    this(nameservers, timeout, interval, ChallengePolicy.STRICT);
  }

  /** The zone's own nameservers, 180 s, every 2 s, the strict policy. */
  public static HookOptions defaults() {
    return new HookOptions(List.of(), DEFAULT_TIMEOUT, PropagationCheck.DEFAULT_INTERVAL);
  }

  public HookOptions withNameservers(List<Nameserver> servers) {
    return new HookOptions(servers, timeout, interval, policy);
  }

  public HookOptions withTimeout(Duration t) {
    return new HookOptions(nameservers, t, interval, policy);
  }

  public HookOptions withPolicy(ChallengePolicy p) {
    return new HookOptions(nameservers, timeout, interval, p);
  }
}
