package dev.hzone.sync.plan;

import java.util.Objects;

/**
 * How to plan ({@code hzone plan} and {@code hzone apply} flags as values).
 *
 * @param strategy how RRSet changes are sent
 * @param zoneCreation whether zones that do not exist may be created
 */
public record PlanOptions(Strategy strategy, ZoneCreation zoneCreation) {

  /** Whether a plan may create zones ({@code --create-zones}). */
  public enum ZoneCreation {
    /** A zone that does not exist stops the plan with a message naming {@code --create-zones}. */
    REFUSE,
    /** A zone that does not exist is created with its whole zone file in one request. */
    ALLOW
  }

  /** Auto strategy, no zone creation. */
  public static final PlanOptions DEFAULT = new PlanOptions(Strategy.AUTO, ZoneCreation.REFUSE);

  public PlanOptions {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(zoneCreation, "zoneCreation");
  }

  public PlanOptions withStrategy(Strategy s) {
    return new PlanOptions(s, zoneCreation);
  }

  public PlanOptions withZoneCreation(ZoneCreation z) {
    return new PlanOptions(strategy, z);
  }
}
