package dev.hzone.sync.plan;

import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.dns.RrsetKey;
import dev.hzone.sync.PrimaryServer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One zone's settings from {@code zones/hzone.toml}, defaults already applied. An empty optional
 * means "not managed": hzone keeps what the zone has.
 *
 * @param mode primary (from a zone file) or secondary (from its primaries)
 * @param ttl the zone TTL when the zone file has no {@code $TTL}
 * @param ignore RRSets never touched
 * @param safety the limits for plans of this zone
 * @param labels the zone's labels
 * @param deleteProtected the zone's delete protection
 * @param primaries a secondary zone's primaries
 * @param manageSoa whether SOA timers and names follow the file (the serial never does)
 * @param manageComments whether record comments follow the file
 * @param rrsets labels and protection per RRSet
 */
public record ZoneSettings(
    ZoneMode mode,
    OptionalInt ttl,
    List<IgnorePattern> ignore,
    SafetyPolicy safety,
    Optional<Map<String, String>> labels,
    Optional<Boolean> deleteProtected,
    List<PrimaryServer> primaries,
    boolean manageSoa,
    boolean manageComments,
    Map<RrsetKey, RrsetSettings> rrsets) {

  /** A primary zone with nothing configured. */
  public static final ZoneSettings DEFAULT =
      new ZoneSettings(
          ZoneMode.PRIMARY,
          OptionalInt.empty(),
          List.of(),
          SafetyPolicy.DEFAULT,
          Optional.empty(),
          Optional.empty(),
          List.of(),
          false,
          true,
          Map.of());

  public ZoneSettings {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(ttl, "ttl");
    ignore = List.copyOf(ignore);
    Objects.requireNonNull(safety, "safety");
    labels = labels.map(Map::copyOf);
    Objects.requireNonNull(deleteProtected, "deleteProtected");
    primaries = List.copyOf(primaries);
    rrsets = Map.copyOf(rrsets);
  }

  /** The settings for one RRSet ({@link RrsetSettings#NONE} when it has none). */
  public RrsetSettings rrset(RrsetKey key) {
    return rrsets.getOrDefault(key, RrsetSettings.NONE);
  }

  /**
   * Whether any RRSet's labels or protection are managed: the zone must then be read RRSet by
   * RRSet.
   */
  public boolean managesRrsetAttributes() {
    return rrsets.values().stream()
        .anyMatch(s -> s.labels().isPresent() || s.changeProtected().isPresent());
  }

  public ZoneSettings withSafety(SafetyPolicy newSafety) {
    return new ZoneSettings(
        mode,
        ttl,
        ignore,
        newSafety,
        labels,
        deleteProtected,
        primaries,
        manageSoa,
        manageComments,
        rrsets);
  }

  public ZoneSettings withIgnore(List<IgnorePattern> newIgnore) {
    return new ZoneSettings(
        mode,
        ttl,
        newIgnore,
        safety,
        labels,
        deleteProtected,
        primaries,
        manageSoa,
        manageComments,
        rrsets);
  }
}
