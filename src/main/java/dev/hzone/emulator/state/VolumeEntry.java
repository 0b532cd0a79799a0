package dev.hzone.emulator.state;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A volume: block storage in one location, attached to at most one server of that location.
 *
 * @param id volume ID
 * @param name unique name
 * @param size size in GB (only grows)
 * @param location location ID from the catalogue
 * @param server the server it is attached to, or null
 * @param format the file system it was formatted with ({@code ext4}, {@code xfs}), or null
 * @param deleteProtected delete protection
 * @param labels user labels
 * @param created creation time
 */
public record VolumeEntry(
    long id,
    String name,
    long size,
    long location,
    Long server,
    String format,
    boolean deleteProtected,
    Map<String, String> labels,
    Instant created) {
  public VolumeEntry {
    Objects.requireNonNull(name, "name");
    labels = Map.copyOf(labels);
    Objects.requireNonNull(created, "created");
  }

  public VolumeEntry withServer(Long newServer) {
    return new VolumeEntry(
        id, name, size, location, newServer, format, deleteProtected, labels, created);
  }

  public VolumeEntry withSize(long newSize) {
    return new VolumeEntry(
        id, name, newSize, location, server, format, deleteProtected, labels, created);
  }

  public VolumeEntry withDeleteProtected(boolean p) {
    return new VolumeEntry(id, name, size, location, server, format, p, labels, created);
  }

  public VolumeEntry withNameAndLabels(String newName, Map<String, String> newLabels) {
    return new VolumeEntry(
        id, newName, size, location, server, format, deleteProtected, newLabels, created);
  }
}
