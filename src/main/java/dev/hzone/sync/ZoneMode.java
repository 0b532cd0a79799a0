package dev.hzone.sync;

import java.util.Locale;
import java.util.Optional;

/**
 * A zone's mode at Hetzner: records served from the API, or transferred from your own primaries.
 */
public enum ZoneMode {
  /** Records are managed through the API (and by hzone from a zone file). */
  PRIMARY,
  /** Hetzner's nameservers transfer the zone from primaries you run; no RRSet endpoints. */
  SECONDARY,
  /**
   * A mode the API sent that this version of hzone does not know: the zone is listed, but planning
   * it stops with a message for that zone instead of guessing.
   */
  UNKNOWN;

  /** The API's spelling: {@code primary} or {@code secondary}. */
  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The mode named {@code text} ({@code primary}, {@code secondary}, any case); never {@link
   * #UNKNOWN}.
   */
  public static Optional<ZoneMode> fromText(String text) {
    for (ZoneMode m : values()) {
      if (m != UNKNOWN && m.apiName().equalsIgnoreCase(text)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
