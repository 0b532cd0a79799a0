package dev.hzone.api;

import dev.hzone.api.cloud.ZoneMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Filters for {@link ZoneClient#list}.
 *
 * @param name only the zone with exactly this name
 * @param mode only primary or only secondary zones
 * @param labelSelector e.g. {@code env=prod,!legacy}
 * @param sort {@code id}, {@code name}, {@code created}, each with an optional {@code :asc} or
 *     {@code :desc}
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#description/label-selector">Label
 *     selector</a>
 */
public record ZoneListOptions(
    Optional<String> name,
    Optional<ZoneMode> mode,
    Optional<String> labelSelector,
    List<String> sort) {

  /** Every zone, in the API's order. */
  public static final ZoneListOptions ALL =
      new ZoneListOptions(Optional.empty(), Optional.empty(), Optional.empty(), List.of());

  public ZoneListOptions {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(labelSelector, "labelSelector");
    sort = List.copyOf(sort);
  }

  public ZoneListOptions withName(String n) {
    return new ZoneListOptions(Optional.of(n), mode, labelSelector, sort);
  }

  public ZoneListOptions withMode(ZoneMode m) {
    return new ZoneListOptions(name, Optional.of(m), labelSelector, sort);
  }

  public ZoneListOptions withLabelSelector(String selector) {
    return new ZoneListOptions(name, mode, Optional.of(selector), sort);
  }

  public ZoneListOptions withSort(String... fields) {
    return new ZoneListOptions(name, mode, labelSelector, List.of(fields));
  }
}
