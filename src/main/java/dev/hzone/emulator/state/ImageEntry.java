package dev.hzone.emulator.state;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A snapshot or backup image, made by a server's {@code create_image} action or by its backups.
 *
 * @param id image ID
 * @param type {@code snapshot} or {@code backup}
 * @param description free text
 * @param diskSize the disk size of the server it was made from, in GB
 * @param imageSize its own size in GB
 * @param created creation time
 * @param createdFromId the server it was made from
 * @param createdFromName that server's name at the time
 * @param boundTo the server a backup belongs to (deleted with it), or null for snapshots
 * @param osImage the catalogue image the server ran (its OS flavour, version and architecture)
 * @param deleteProtected delete protection
 * @param labels user labels
 */
public record ImageEntry(
    long id,
    String type,
    String description,
    double diskSize,
    double imageSize,
    Instant created,
    long createdFromId,
    String createdFromName,
    Long boundTo,
    long osImage,
    boolean deleteProtected,
    Map<String, String> labels) {
  public ImageEntry {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(createdFromName, "createdFromName");
    labels = Map.copyOf(labels);
  }

  public ImageEntry withUpdate(
      String newType, String newDescription, Map<String, String> newLabels) {
    return new ImageEntry(
        id,
        newType,
        newDescription,
        diskSize,
        imageSize,
        created,
        createdFromId,
        createdFromName,
        "backup".equals(newType) ? boundTo : null,
        osImage,
        deleteProtected,
        newLabels);
  }

  public ImageEntry withDeleteProtected(boolean p) {
    return new ImageEntry(
        id,
        type,
        description,
        diskSize,
        imageSize,
        created,
        createdFromId,
        createdFromName,
        boundTo,
        osImage,
        p,
        labels);
  }
}
