package dev.hzone.sync.plan;

import dev.hzone.sync.SyncException;
import java.util.List;

/**
 * A saved plan whose zones changed at Hetzner since it was made: applying it could undo someone
 * else's change, so {@code hzone apply PLAN.json} refuses and nothing is sent.
 */
public final class StalePlanException extends SyncException {
  private final List<String> zones;

  public StalePlanException(List<String> zones) {
    super(
        "the plan is stale: "
            + String.join(", ", zones)
            + (zones.size() == 1 ? " has" : " have")
            + " changed at Hetzner since the plan was made; run hzone plan --out again and review it");
    this.zones = List.copyOf(zones);
  }

  public List<String> zones() {
    return zones;
  }
}
