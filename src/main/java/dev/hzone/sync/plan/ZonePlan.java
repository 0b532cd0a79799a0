package dev.hzone.sync.plan;

import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.sync.remote.ReadMethod;
import dev.hzone.sync.remote.RemoteZone;
import java.util.List;
import java.util.Objects;

/**
 * The plan for one zone: what changes, how it is sent, and what the plan was computed from.
 *
 * @param zone the zone name
 * @param exists whether the zone exists at Hetzner (otherwise the plan creates it)
 * @param mode the zone's mode
 * @param strategy how RRSet changes are sent ({@link Strategy#RRSETS} or {@link Strategy#IMPORT},
 *     never auto)
 * @param readMethod how the remote records were read; {@code apply PLAN} reads them the same way
 * @param remoteFingerprint SHA-256 of the remote state the plan was computed from (see {@link
 *     RemoteZone})
 * @param existingRrsets the remote RRSets that hzone owns, the base of the safety fractions
 * @param desiredEmpty whether the zone file holds nothing besides SOA and NS
 * @param changes the changes, in canonical order (zone first, then RRSets by key)
 * @param ignored remote RRSets left alone, with the reason
 * @param warnings things people should know that do not stop the plan
 * @param safety the limits that apply to this zone
 */
public record ZonePlan(
    String zone,
    boolean exists,
    ZoneMode mode,
    Strategy strategy,
    ReadMethod readMethod,
    String remoteFingerprint,
    int existingRrsets,
    boolean desiredEmpty,
    List<Change> changes,
    List<IgnoredRrset> ignored,
    List<String> warnings,
    SafetyPolicy safety) {

  public ZonePlan {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(readMethod, "readMethod");
    Objects.requireNonNull(remoteFingerprint, "remoteFingerprint");
    Objects.requireNonNull(safety, "safety");
    if (strategy == Strategy.AUTO) {
      throw new IllegalArgumentException("a zone plan has a decided strategy, not auto");
    }
    changes = List.copyOf(changes);
    ignored = List.copyOf(ignored);
    warnings = List.copyOf(warnings);
  }

  /** True when nothing would be sent. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** The number of changes of one kind. */
  public int count(Change.Kind kind) {
    int n = 0;
    for (Change c : changes) {
      if (c.kind() == kind) {
        n++;
      }
    }
    return n;
  }

  /**
   * What applying this zone alone costs ({@link PlanCost}; applied with others, polls are shared).
   */
  public PlanCost cost() {
    return PlanCost.of(List.of(this));
  }

  /** The rules this zone's plan breaks. */
  public List<SafetyViolation> violations() {
    return safety.check(this);
  }
}
