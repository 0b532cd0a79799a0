package dev.hzone.migrate;

import dev.hzone.dns.ZoneData;
import java.util.Objects;

/**
 * A foreign zone converted for Hetzner: the zone to write or apply, and what was dropped or changed
 * on the way.
 *
 * @param zone the converted zone
 * @param report every drop and change, for review
 */
public record Conversion(ZoneData zone, MigrationReport report) {
  public Conversion {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(report, "report");
  }
}
