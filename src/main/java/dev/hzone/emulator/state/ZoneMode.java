package dev.hzone.emulator.state;

import java.util.Locale;
import java.util.Optional;

/**
 * A zone's mode: records kept by Hetzner ({@code primary}) or pulled by AXFR from the user's
 * primaries.
 */
public enum ZoneMode {
  PRIMARY,
  SECONDARY;

  /** The API's spelling, {@code primary} or {@code secondary}. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The mode spelled {@code text} the API's way. */
  public static Optional<ZoneMode> fromWire(String text) {
    for (ZoneMode m : values()) {
      if (m.wire().equals(text)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
