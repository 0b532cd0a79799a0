package dev.hzone.sync.plan;

import dev.hzone.dns.ZoneData;
import java.util.Objects;
import java.util.Optional;

/**
 * A zone as the repository says it should be: the records of its zone file and its settings.
 *
 * @param data the zone file's records ({@code defaultTtl} from {@code $TTL}); empty for a secondary
 *     zone
 * @param settings from {@code hzone.toml}
 * @param source the zone file, for messages; empty for a secondary zone defined in {@code
 *     hzone.toml} only
 */
public record DesiredZone(ZoneData data, ZoneSettings settings, Optional<String> source) {
  public DesiredZone {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(source, "source");
  }

  public String name() {
    return data.name();
  }

  /** A primary zone from its records alone, with default settings. */
  public static DesiredZone of(ZoneData data) {
    return new DesiredZone(data, ZoneSettings.DEFAULT, Optional.empty());
  }
}
