package dev.hzone.sync.config;

import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.dns.Names;
import dev.hzone.sync.plan.ZoneSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The settings of a zone repository ({@code zones/hzone.toml}): defaults for every zone, and
 * per-zone settings with the defaults already applied.
 *
 * @param source the file read, if any
 * @param defaults settings of zones the file does not name
 * @param zones settings per zone name (lower case, punycode)
 * @param ttlLines the line of each {@code ttl} setting in the file, by zone name ({@code ""} for
 *     {@code [defaults]}), so that a contradiction with a zone file's {@code $TTL} names {@code
 *     FILE:LINE}
 * @param warnings what the reader noticed but did not refuse, for stderr: a {@code tsig_key_file}
 *     that other users may read (the file's name and mode, never the key)
 */
public record SyncConfig(
    Optional<Path> source,
    ZoneSettings defaults,
    Map<String, ZoneSettings> zones,
    Map<String, Integer> ttlLines,
    List<String> warnings) {

  /** No file: every zone a primary with default settings. */
  public static final SyncConfig EMPTY =
      new SyncConfig(Optional.empty(), ZoneSettings.DEFAULT, Map.of());

  public SyncConfig {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(defaults, "defaults");
    zones = Map.copyOf(zones);
    ttlLines = Map.copyOf(ttlLines);
    warnings = List.copyOf(warnings);
  }

  /** Settings without known lines or warnings. */
  public SyncConfig(Optional<Path> source, ZoneSettings defaults, Map<String, ZoneSettings> zones) {
    this(source, defaults, zones, Map.of(), List.of());
  }

  /**
   * The line of the {@code ttl} setting that applies to {@code zone}: its own, else that of the
   * defaults.
   */
  public OptionalInt ttlLine(String zone) {
    Integer line = ttlLines.get(Names.zoneName(zone));
    if (line == null) {
      line = ttlLines.get("");
    }
    return line == null ? OptionalInt.empty() : OptionalInt.of(line);
  }

  /**
   * The settings for {@code zone} (any spelling: Unicode or punycode, any case, trailing dot or
   * not).
   */
  public ZoneSettings settingsFor(String zone) {
    return zones.getOrDefault(Names.zoneName(zone), defaults);
  }

  /** The zones the file makes secondary, in name order; they have no zone file. */
  public List<String> secondaryZones() {
    List<String> out = new ArrayList<>();
    new TreeMap<>(zones)
        .forEach(
            (name, s) -> {
              if (s.mode() == ZoneMode.SECONDARY) {
                out.add(name);
              }
            });
    return out;
  }
}
