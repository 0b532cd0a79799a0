package dev.hzone.acme;

import java.time.Duration;
import java.util.List;

/**
 * Progress of a hook run, for the command line to show on stderr. Every method has a no-op default.
 */
public interface AcmeListener {
  /** A listener that ignores everything. */
  AcmeListener NONE = new AcmeListener() {};

  /**
   * The challenge's record goes to {@code target} (after following CNAMEs when {@code cnameHops >
   * 0}).
   */
  default void located(Challenge challenge, ChallengeTarget target) {}

  /** The value was already there (present) or already gone (cleanup): nothing was written. */
  default void unchanged(ChallengeTarget target, boolean present) {}

  /** The add or remove action finished. */
  default void written(ChallengeTarget target, boolean added, Duration took) {}

  /** The zone was busy with another action; trying again after {@code wait}. */
  default void busy(ChallengeTarget target, Duration wait) {}

  /** Propagation checking starts against these servers. */
  default void checking(String fqdn, List<Nameserver> servers, Duration timeout) {}

  /** {@code server} now serves the value, {@code after} the check began. */
  default void serves(Nameserver server, Duration after) {}

  /** After a round, these servers do not serve the value yet; the next round follows. */
  default void lagging(List<Observation> lagging, Duration after) {}
}
