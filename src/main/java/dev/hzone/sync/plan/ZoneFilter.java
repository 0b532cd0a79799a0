package dev.hzone.sync.plan;

import dev.hzone.sync.remote.ZoneInfo;
import java.util.List;

/**
 * One rule for what a sync may touch, applied to desired and remote records before they are
 * compared (octoDNS's processors, dnscontrol's hands-off): a filter decides ownership by shaping
 * the inputs, so the diff itself has no special cases. Filters run in the order of {@link
 * #standard}.
 */
public interface ZoneFilter {

  /** A kebab-case id for messages and tests. */
  String id();

  /** The pair with this rule applied. */
  ZonePair apply(ZonePair pair);

  /**
   * The filters of a sync, in order: Hetzner-managed SOA and apex NS, ignore patterns, ACME
   * challenges, then attributes that hzone does not manage for this zone (labels, protection,
   * comments).
   */
  static List<ZoneFilter> standard(ZoneInfo info, ZoneSettings settings) {
    return List.of(
        new ManagedByHetznerFilter(info.assignedNameservers(), settings.manageSoa()),
        new IgnorePatternFilter(settings.ignore()),
        new AcmeChallengeFilter(),
        new UnmanagedAttributesFilter(settings));
  }

  /** Applies filters in order. */
  static ZonePair applyAll(List<ZoneFilter> filters, ZonePair pair) {
    ZonePair p = pair;
    for (ZoneFilter f : filters) {
      p = f.apply(p);
    }
    return p;
  }
}
