package dev.hzone.api;

import java.util.Locale;
import java.util.Optional;

/**
 * The documented keys of the server metadata service, each a path below its base URL.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#server-metadata">Server metadata</a>
 */
public enum MetadataKey {
  /** The server's name (text). */
  HOSTNAME("hostname"),
  /** The server's id (a number). */
  INSTANCE_ID("instance-id"),
  /** The server's primary public IPv4 address (text). */
  PUBLIC_IPV4("public-ipv4"),
  /** The private networks the server is attached to (a YAML list). */
  PRIVATE_NETWORKS("private-networks"),
  /** The availability zone, e.g. {@code hel1-dc2} (text). */
  AVAILABILITY_ZONE("availability-zone"),
  /** The network zone, e.g. {@code eu-central} (text). */
  REGION("region");

  private final String path;

  MetadataKey(String path) {
    this.path = path;
  }

  /** The key as the service spells it, which is also its path: {@code public-ipv4}. */
  public String path() {
    return path;
  }

  /** The key spelled {@code text} (as the service spells it, case-insensitive), if there is one. */
  public static Optional<MetadataKey> fromPath(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (MetadataKey k : values()) {
      if (k.path.equals(t)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
