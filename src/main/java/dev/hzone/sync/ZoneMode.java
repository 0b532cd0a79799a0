package dev.hzone.sync;

import java.util.Locale;
import java.util.Optional;

/** A zone's mode at Hetzner: records served from the API, or transferred from your own primaries. */
public enum ZoneMode {
  /** Records are managed through the API (and by hzone from a zone file). */
  PRIMARY,
  /** Hetzner's nameservers transfer the zone from primaries you run; no RRSet endpoints. */
  SECONDARY;

  /** The API's spelling: {@code primary} or {@code secondary}. */
  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The mode named {@code text} ({@code primary}, {@code secondary}, any case). */
  public static Optional<ZoneMode> fromText(String text) {
    for (ZoneMode m : values()) {
      if (m.apiName().equalsIgnoreCase(text)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
