package dev.hzone.sync;

import java.util.Map;
import java.util.TreeMap;

/**
 * What applying a plan costs in API requests: one per {@link Operation}, plus the action polls. Polls are an
 * estimate: the applier polls every pending action in one request, so a phase costs about as many polls as
 * its longest chain of actions that wait for each other ({@link Waves}), assuming they finish by the first poll.
 *
 * @param writes requests that change something
 * @param polls estimated {@code GET /actions?id=...} requests
 */
public record PlanCost(int writes, int polls) {

  /** Writes and polls together. */
  public int requests() {
    return writes + polls;
  }

  /** The cost of a plan. */
  public static PlanCost of(Plan plan) {
    int writes = 0;
    // Phases run at the same time across zones, so one poll round serves every zone in that phase.
    Map<Integer, Integer> rounds = new TreeMap<>();
    for (ZonePlan z : plan.zones()) {
      int[] phases = Waves.phases(z);
      for (int i = 0; i < phases.length; i++) {
        Change c = z.changes().get(i);
        writes += c.operations().size();
        int waves = Waves.actionWaves(c.operations());
        if (waves > 0) {
          rounds.merge(phases[i], waves, Math::max);
        }
      }
    }
    int polls = rounds.values().stream().mapToInt(Integer::intValue).sum();
    return new PlanCost(writes, polls);
  }
}
