package dev.hzone.api;

import dev.hzone.api.cloud.Action;
import dev.hzone.api.cloud.Zone;
import java.util.Objects;

/**
 * The answer to {@link ZoneClient#create}.
 *
 * @param zone the new zone
 * @param action the action setting it up (wait for it before relying on the zone's records)
 */
public record ZoneCreateResult(Zone zone, Action action) {
  public ZoneCreateResult {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(action, "action");
  }
}
