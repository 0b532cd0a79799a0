package dev.hzone.sync.plan;

import dev.hzone.api.ActionClient;
import dev.hzone.sync.remote.Operation;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What applying a plan costs in API requests, the one count that the plan line, {@code plan -o
 * json}, the apply's progress and its summary all show: one request per {@link Operation}, plus the
 * action polls.
 *
 * <p>The writes are exact for an apply without faults. The polls follow from how the {@link
 * dev.hzone.sync.apply.Applier} waits: it polls only once every request it can send has been sent,
 * asking for every running action at once, {@value ActionClient#MAX_IDS_PER_REQUEST} ids a request.
 * So the actions form rounds: round 1 holds each change's first wave with an action ({@link Waves})
 * in each zone's first phase that has one, round 2 the next wave or the next phase, and so on,
 * across all zones at once. A round costs ⌈actions / 25⌉ polls, provided every action has finished
 * by its first poll (500 ms after it started: the API's DNS actions usually have) and a round's
 * requests are sent within 5 s; an action that takes longer costs another poll per round it is
 * still running, and a longer sending (thousands of requests, or paced) a round every 5 s
 * meanwhile.
 *
 * @param writes requests that change something
 * @param polls {@code GET /actions?id=...} requests, when every action finishes by its first poll
 */
public record PlanCost(int writes, int polls) {

  /** Writes and polls together. */
  public int requests() {
    return writes + polls;
  }

  /**
   * {@code 9 API requests (7 writes, 2 action polls)}: how the plan, the progress and the summary
   * say it.
   */
  public String describe() {
    return requests()
        + (requests() == 1 ? " API request (" : " API requests (")
        + writes
        + (writes == 1 ? " write, " : " writes, ")
        + polls
        + (polls == 1 ? " action poll)" : " action polls)");
  }

  /** The write requests of some changes. */
  static int writes(List<Change> changes) {
    int n = 0;
    for (Change c : changes) {
      n += c.operations().size();
    }
    return n;
  }

  /** The cost of a plan. */
  public static PlanCost of(Plan plan) {
    return of(plan.zones());
  }

  /** The cost of applying these zone plans together. */
  public static PlanCost of(List<ZonePlan> zones) {
    int writes = 0;
    Map<Integer, Integer> actionsPerRound = new TreeMap<>();
    for (ZonePlan z : zones) {
      int[] phases = Waves.phases(z);
      int offset = 0; // the rounds this zone's earlier phases take
      for (int phase = 0; phase <= 2; phase++) {
        int depth = 0;
        for (int i = 0; i < phases.length; i++) {
          Change c = z.changes().get(i);
          if (phases[i] != phase) {
            continue;
          }
          writes += c.operations().size();
          int round = 0;
          for (List<Operation> wave : Waves.of(c.operations())) {
            int actions = (int) wave.stream().filter(Operation::returnsAction).count();
            if (actions > 0) {
              actionsPerRound.merge(offset + round, actions, Integer::sum);
              round++;
            }
          }
          depth = Math.max(depth, round);
        }
        offset += depth;
      }
    }
    int polls = 0;
    for (int actions : actionsPerRound.values()) {
      polls += (actions + ActionClient.MAX_IDS_PER_REQUEST - 1) / ActionClient.MAX_IDS_PER_REQUEST;
    }
    return new PlanCost(writes, polls);
  }
}
