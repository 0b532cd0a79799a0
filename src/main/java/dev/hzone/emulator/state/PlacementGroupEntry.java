package dev.hzone.emulator.state;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A placement group ({@code spread}: its servers run on different hosts). Its servers are kept with
 * each server ({@link ServerConfig#placementGroup()}).
 *
 * @param id placement group ID
 * @param name unique name
 * @param type {@code spread}
 * @param labels user labels
 * @param created creation time
 */
public record PlacementGroupEntry(
    long id, String name, String type, Map<String, String> labels, Instant created) {
  public PlacementGroupEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    labels = Map.copyOf(labels);
    Objects.requireNonNull(created, "created");
  }

  public PlacementGroupEntry withNameAndLabels(String newName, Map<String, String> newLabels) {
    return new PlacementGroupEntry(id, newName, type, newLabels, created);
  }
}
