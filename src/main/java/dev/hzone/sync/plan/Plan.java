package dev.hzone.sync.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * The plan for a set of zones: the contract between {@code hzone plan} and {@code hzone apply}.
 * Printing it is the job of {@link dev.hzone.sync.document.TextPlanPrinter} and {@link
 * dev.hzone.sync.document.JsonPlanPrinter}; carrying it out is the {@link
 * dev.hzone.sync.apply.Applier}'s.
 *
 * @param zones one plan per zone, in zone-name order
 */
public record Plan(List<ZonePlan> zones) {

  public Plan {
    List<ZonePlan> sorted = new ArrayList<>(zones);
    sorted.sort((a, b) -> a.zone().compareTo(b.zone()));
    zones = List.copyOf(sorted);
  }

  /** True when no zone has a change. */
  public boolean isEmpty() {
    return zones.stream().allMatch(ZonePlan::isEmpty);
  }

  /** The number of changes of one kind across all zones. */
  public int count(Change.Kind kind) {
    return zones.stream().mapToInt(z -> z.count(kind)).sum();
  }

  /** What applying the plan costs in API requests. */
  public PlanCost cost() {
    return PlanCost.of(this);
  }

  /** Every safety rule broken, zone by zone. */
  public List<SafetyViolation> violations() {
    List<SafetyViolation> out = new ArrayList<>();
    for (ZonePlan z : zones) {
      out.addAll(z.violations());
    }
    return out;
  }
}
