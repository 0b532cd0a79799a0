package dev.hzone.api.cloud;

import java.util.Objects;

/**
 * One sample of a metrics time series; on the wire a pair {@code [1435781470.622, "42"]}.
 *
 * @param timestamp seconds since the epoch, with fractions
 * @param value the value as the API sends it (a decimal string)
 */
public record MetricsPoint(double timestamp, String value) {
  public MetricsPoint {
    Objects.requireNonNull(value, "value");
  }
}
