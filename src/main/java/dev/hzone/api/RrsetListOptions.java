package dev.hzone.api;

import dev.hzone.dns.RecordType;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Filters for {@link RrsetClient#list}.
 *
 * @param name only RRSets with exactly this relative name ({@code @} for the apex)
 * @param types only RRSets of these types; empty for all
 * @param labelSelector e.g. {@code managed-by=hzone}
 * @param sort {@code id}, {@code name}, {@code created}, each with an optional {@code :asc} or
 *     {@code :desc}
 */
public record RrsetListOptions(
    Optional<String> name,
    Set<RecordType> types,
    Optional<String> labelSelector,
    List<String> sort) {

  /** Every RRSet, in the API's order. */
  public static final RrsetListOptions ALL =
      new RrsetListOptions(Optional.empty(), Set.of(), Optional.empty(), List.of());

  public RrsetListOptions {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(labelSelector, "labelSelector");
    types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
    sort = List.copyOf(sort);
  }

  public RrsetListOptions withName(String n) {
    return new RrsetListOptions(Optional.of(n), types, labelSelector, sort);
  }

  public RrsetListOptions withTypes(RecordType... t) {
    return new RrsetListOptions(name, Set.of(t), labelSelector, sort);
  }

  public RrsetListOptions withLabelSelector(String selector) {
    return new RrsetListOptions(name, types, Optional.of(selector), sort);
  }

  public RrsetListOptions withSort(String... fields) {
    return new RrsetListOptions(name, types, labelSelector, List.of(fields));
  }
}
