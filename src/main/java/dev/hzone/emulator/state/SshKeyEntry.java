package dev.hzone.emulator.state;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * An SSH key of the project.
 *
 * @param id key ID
 * @param name unique name
 * @param fingerprint MD5 fingerprint of the key blob, colon-separated hex
 * @param publicKey the OpenSSH public key line
 * @param labels user labels
 * @param created creation time
 */
public record SshKeyEntry(
    long id,
    String name,
    String fingerprint,
    String publicKey,
    Map<String, String> labels,
    Instant created) {
  public SshKeyEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(publicKey, "publicKey");
    labels = Map.copyOf(labels);
    Objects.requireNonNull(created, "created");
  }

  public SshKeyEntry withName(String newName) {
    return new SshKeyEntry(id, newName, fingerprint, publicKey, labels, created);
  }

  public SshKeyEntry withLabels(Map<String, String> newLabels) {
    return new SshKeyEntry(id, name, fingerprint, publicKey, newLabels, created);
  }
}
