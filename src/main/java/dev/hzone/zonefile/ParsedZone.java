package dev.hzone.zonefile;

import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ZoneData;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A zone read from a file: the zone, where each RRSet came from (the line of its first record), the
 * warnings found while reading, and the comment lines at the top of the file (kept by {@code file fmt}).
 *
 * @param zone the zone
 * @param positions file and line of the first record of each RRSet
 * @param warnings what the reader changed or dropped (duplicates, skipped types); never errors
 * @param header the comment lines before the first directive or record, without their {@code ;}
 */
public record ParsedZone(
    ZoneData zone, Map<RrsetKey, SourcePosition> positions, List<Finding> warnings, List<String> header) {

  public ParsedZone {
    Objects.requireNonNull(zone, "zone");
    positions = positions instanceof PositionMap ? positions : Map.copyOf(positions);
    warnings = List.copyOf(warnings);
    header = List.copyOf(header);
  }

  /** A parsed zone without header comments. */
  public ParsedZone(ZoneData zone, Map<RrsetKey, SourcePosition> positions, List<Finding> warnings) {
    this(zone, positions, warnings, List.of());
  }

  /**
   * Where the RRSet {@code key} was read, or the whole source named {@code fallback} when it is not known
   * (an RRSet added after reading).
   */
  public SourcePosition positionOf(RrsetKey key, String fallback) {
    SourcePosition p = positions.get(key);
    return p != null ? p : SourcePosition.ofFile(fallback);
  }

  /** The name of the file or source the zone was read from (that of its first RRSet), or the zone name. */
  public String sourceName() {
    if (zone.rrsets().isEmpty()) {
      return zone.name();
    }
    return positionOf(zone.rrsets().firstKey(), zone.name()).file();
  }
}
