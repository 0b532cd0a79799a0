package dev.hzone.sync.plan;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code hzone.toml} says about one RRSet beyond the zone file: its labels and change
 * protection. An empty field is not managed: hzone keeps whatever the remote RRSet has.
 *
 * @param labels the labels the RRSet must have
 * @param changeProtected whether the RRSet must be change-protected
 */
public record RrsetSettings(
    Optional<Map<String, String>> labels, Optional<Boolean> changeProtected) {

  /** Nothing managed. */
  public static final RrsetSettings NONE = new RrsetSettings(Optional.empty(), Optional.empty());

  public RrsetSettings {
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(changeProtected, "changeProtected");
    labels = labels.map(Map::copyOf);
  }
}
