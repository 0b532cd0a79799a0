package dev.hzone.sync.config;

import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ZoneData;
import dev.hzone.sync.SyncException;
import dev.hzone.sync.plan.DesiredZone;
import dev.hzone.sync.plan.ZoneSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Joins the zone files and {@code hzone.toml} into the zones a sync wants, checking that they
 * agree: one file per zone, a secondary zone without a file, a {@code ttl} setting that does not
 * contradict the file's {@code $TTL}. All problems are reported together, before anything is read
 * from the API.
 */
public final class DesiredZones {
  private DesiredZones() {}

  /** A zone file's records and where they came from. */
  public record ZoneSource(ZoneData data, String source) {}

  /** The zones and the warnings for people. */
  public record Result(List<DesiredZone> zones, List<String> warnings) {
    public Result {
      zones = List.copyOf(zones);
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * The desired zones: every zone file, and every secondary zone of the configuration.
   *
   * @param only zone names to keep (empty for all)
   * @throws DesiredZonesException listing every problem
   */
  public static Result of(List<ZoneSource> files, SyncConfig config, List<String> only) {
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Map<String, DesiredZone> zones = new LinkedHashMap<>();
    Map<String, String> sourceOf = new LinkedHashMap<>();
    for (ZoneSource f : files) {
      String name = f.data().name();
      if (sourceOf.containsKey(name)) {
        problems.add(
            f.source()
                + ": zone "
                + name
                + " is also in "
                + sourceOf.get(name)
                + "; keep one file per zone");
        continue;
      }
      sourceOf.put(name, f.source());
      ZoneSettings s = config.settingsFor(name);
      if (s.mode() == ZoneMode.SECONDARY) {
        problems.add(
            f.source()
                + ": zone "
                + name
                + " is secondary in "
                + configName(config)
                + "; a secondary zone has no zone file here (Hetzner transfers it from its primaries)");
        continue;
      }
      OptionalInt fileTtl = f.data().defaultTtl();
      if (fileTtl.isPresent() && s.ttl().isPresent() && fileTtl.getAsInt() != s.ttl().getAsInt()) {
        OptionalInt line = config.ttlLine(name);
        problems.add(
            configName(config)
                + (line.isPresent() ? ":" + line.getAsInt() : "")
                + ": ttl = "
                + s.ttl().getAsInt()
                + " for zone "
                + name
                + " contradicts $TTL "
                + fileTtl.getAsInt()
                + " in "
                + f.source()
                + "; keep one of them");
        continue;
      }
      for (RrsetKey k : s.rrsets().keySet()) {
        if (!f.data().rrsets().containsKey(k)) {
          warnings.add(
              configName(config)
                  + ": zone "
                  + name
                  + " has settings for "
                  + k.id()
                  + ", which "
                  + f.source()
                  + " does not define; they are not used");
        }
      }
      zones.put(name, new DesiredZone(f.data(), s, Optional.of(f.source())));
    }
    for (String name : config.secondaryZones()) {
      zones.put(
          name,
          new DesiredZone(
              new ZoneData(name, OptionalInt.empty(), new java.util.TreeMap<>()),
              config.settingsFor(name),
              Optional.empty()));
    }
    for (String name : config.zones().keySet()) {
      if (!zones.containsKey(name)
          && problems.stream().noneMatch(p -> p.contains("zone " + name + " "))) {
        warnings.add(
            configName(config)
                + ": zone "
                + name
                + " is configured but has no zone file; it is not "
                + "synced");
      }
    }
    List<DesiredZone> out = new ArrayList<>();
    for (DesiredZone z : zones.values()) {
      if (only.isEmpty() || only.contains(z.name())) {
        out.add(z);
      }
    }
    if (!problems.isEmpty()) {
      throw new DesiredZonesException(problems);
    }
    return new Result(out, warnings);
  }

  private static String configName(SyncConfig config) {
    return config.source().map(Object::toString).orElse("hzone.toml");
  }

  /** The zone files and configuration disagree. */
  public static final class DesiredZonesException extends SyncException {
    private final List<String> problems;

    DesiredZonesException(List<String> problems) {
      super(String.join("\n", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }
}
