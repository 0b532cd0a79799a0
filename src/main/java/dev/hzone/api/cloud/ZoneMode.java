package dev.hzone.api.cloud;

import java.util.Locale;

/**
 * How a zone is served: {@link #PRIMARY} zones hold their records at Hetzner; {@link #SECONDARY} zones are
 * copied by AXFR from the zone's {@link PrimaryNameserver}s. The mode is chosen at creation and never
 * changes.
 */
public enum ZoneMode implements ApiEnum {
  PRIMARY,
  SECONDARY;

  @Override
  public String apiValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
