package dev.hzone.api.cloud;

import java.util.Locale;
import java.util.Optional;

/**
 * How a zone is served: {@link #PRIMARY} zones hold their records at Hetzner; {@link #SECONDARY}
 * zones are copied by AXFR from the zone's {@link PrimaryNameserver}s. The mode is chosen at
 * creation and never changes. {@link #UNKNOWN} stands for a mode this version of hzone does not
 * know (the API may add one): the zone is still listed and shown, and nothing is planned or written
 * for it.
 */
public enum ZoneMode implements ApiEnum {
  PRIMARY,
  SECONDARY,
  /** A mode the API sent that this version of hzone does not know; never sent. */
  UNKNOWN;

  @Override
  public String apiValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The mode named {@code text} ({@code primary} or {@code secondary}, any case), as a user writes
   * it in {@code hzone.toml} or on the command line; never {@link #UNKNOWN}.
   */
  public static Optional<ZoneMode> fromText(String text) {
    for (ZoneMode m : values()) {
      if (m != UNKNOWN && m.apiValue().equalsIgnoreCase(text)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
