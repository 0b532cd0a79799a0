package dev.hzone.acme;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of presenting a challenge.
 *
 * @param target where the value stands
 * @param checked the nameservers that now serve it
 * @param propagation how long the propagation check waited
 */
public record PresentResult(
    ChallengeTarget target, List<Nameserver> checked, Duration propagation) {
  public PresentResult {
    checked = List.copyOf(checked);
  }
}
