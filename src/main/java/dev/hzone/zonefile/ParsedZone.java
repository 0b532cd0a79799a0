package dev.hzone.zonefile;

import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ZoneData;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A zone read from a file: the zone, where each RRSet came from (the line of its first record), the
 * warnings found while reading, the comment lines at the top of the file (kept by {@code file
 * fmt}), and the name of the file or source it was read from.
 *
 * @param zone the zone
 * @param positions file and line of the first record of each RRSet
 * @param warnings what the reader changed or dropped (duplicates, skipped types); never errors
 * @param header the comment lines before the first directive or record, without their {@code ;}
 * @param source the file or source name given to the reader (the zone's name where none was given),
 *     so that findings about a zone without records still name the file
 */
public record ParsedZone(
    ZoneData zone,
    Map<RrsetKey, SourcePosition> positions,
    List<Finding> warnings,
    List<String> header,
    String source) {

  public ParsedZone {
    Objects.requireNonNull(zone, "zone");
    positions = positions instanceof PositionMap ? positions : Map.copyOf(positions);
    warnings = List.copyOf(warnings);
    header = List.copyOf(header);
    Objects.requireNonNull(source, "source");
  }

  /** A parsed zone whose source is not known apart from its records' positions. */
  public ParsedZone(
      ZoneData zone,
      Map<RrsetKey, SourcePosition> positions,
      List<Finding> warnings,
      List<String> header) {
    this(zone, positions, warnings, header, zone.name());
  }

  /** A parsed zone without header comments. */
  public ParsedZone(
      ZoneData zone, Map<RrsetKey, SourcePosition> positions, List<Finding> warnings) {
    this(zone, positions, warnings, List.of());
  }

  /** The same zone, read from {@code newSource}. */
  public ParsedZone withSource(String newSource) {
    return new ParsedZone(zone, positions, warnings, header, newSource);
  }

  /**
   * Where the RRSet {@code key} was read, or the whole source named {@code fallback} when it is not
   * known (an RRSet added after reading).
   */
  public SourcePosition positionOf(RrsetKey key, String fallback) {
    SourcePosition p = positions.get(key);
    return p != null ? p : SourcePosition.ofFile(fallback);
  }

  /**
   * The name of the file or source the zone was read from (that of its first RRSet, else {@link
   * #source}).
   */
  public String sourceName() {
    if (zone.rrsets().isEmpty()) {
      return source;
    }
    return positionOf(zone.rrsets().firstKey(), source).file();
  }
}
