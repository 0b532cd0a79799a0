package dev.hzone.sync.plan;

import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ZoneData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Desired and remote records of one zone while {@link ZoneFilter}s prepare them for diffing.
 * Filters never drop remote data: what hzone does not own is copied from remote into desired
 * (dnscontrol's premise: "if you don't want it deleted, copy it to desired"), so the diff leaves it
 * alone and the desired side is exactly the zone as it should be afterwards, which is also what a
 * zone-file import sends.
 *
 * @param desired what the zone should hold
 * @param remote what it holds
 * @param foreign keys of RRSets hzone does not own (copied from remote); not counted for safety
 * @param ignored RRSets left alone, reported with the reason
 * @param warnings things to tell people
 */
public record ZonePair(
    ZoneData desired,
    ZoneData remote,
    Set<RrsetKey> foreign,
    List<IgnoredRrset> ignored,
    List<String> warnings) {

  public ZonePair {
    Objects.requireNonNull(desired, "desired");
    Objects.requireNonNull(remote, "remote");
    foreign = Collections.unmodifiableSet(new TreeSet<>(foreign));
    ignored = List.copyOf(ignored);
    warnings = List.copyOf(warnings);
  }

  /** A pair before any filter ran. */
  public static ZonePair of(ZoneData desired, ZoneData remote) {
    return new ZonePair(desired, remote, Set.of(), List.of(), List.of());
  }

  /** A mutable copy for one filter to work on; {@link Builder#build()} makes the next pair. */
  Builder edit() {
    return new Builder(this);
  }

  /**
   * One filter's changes, gathered so the desired zone is rebuilt once rather than once per RRSet.
   */
  static final class Builder {
    private final ZonePair from;
    private final TreeMap<RrsetKey, Rrset> desired;
    private final Set<RrsetKey> foreign;
    private final List<IgnoredRrset> ignored;
    private final List<String> warnings;

    private Builder(ZonePair from) {
      this.from = from;
      this.desired = new TreeMap<>(from.desired.rrsets());
      this.foreign = new TreeSet<>(from.foreign);
      this.ignored = new ArrayList<>(from.ignored);
      this.warnings = new ArrayList<>(from.warnings);
    }

    TreeMap<RrsetKey, Rrset> desired() {
      return desired;
    }

    /**
     * Leaves the remote RRSet as it is: copied into desired, counted as not owned, reported if a
     * reason.
     */
    void keepRemote(Rrset remote, String reason) {
      desired.put(remote.key(), remote);
      foreign.add(remote.key());
      if (reason != null) {
        ignored.add(IgnoredRrset.of(remote.key(), reason));
      }
    }

    void warn(String warning) {
      warnings.add(warning);
    }

    ZonePair build() {
      ZoneData d =
          new ZoneData(
              from.desired.name(), from.desired.defaultTtl(), desired, from.desired.opaque());
      return new ZonePair(d, from.remote, foreign, ignored, warnings);
    }
  }
}
