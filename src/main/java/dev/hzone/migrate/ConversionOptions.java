package dev.hzone.migrate;

import dev.hzone.api.cloud.Zone;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How to convert a foreign zone for Hetzner.
 *
 * @param nameservers the zone's Hetzner nameservers, absolute with trailing dot: they replace the
 *     old apex NS, and the first becomes the SOA's primary; empty when the zone does not exist yet,
 *     as the API assigns them per zone when it creates the zone (ledger L-ASSIGNED-PER-ZONE): the
 *     old apex NS and SOA are then left out, for Hetzner to create
 * @param defaultTtl the source's default TTL ({@code $TTL} of an export), or empty to choose the
 *     most common
 */
public record ConversionOptions(List<String> nameservers, OptionalInt defaultTtl) {
  public ConversionOptions {
    nameservers = List.copyOf(Objects.requireNonNull(nameservers, "nameservers"));
    Objects.requireNonNull(defaultTtl, "defaultTtl");
    for (String ns : nameservers) {
      if (!ns.endsWith(".")) {
        throw new IllegalArgumentException(
            "nameserver '" + ns + "' must be absolute, with a trailing dot");
      }
    }
  }

  /**
   * Hetzner's usual nameservers ({@link Zone.AuthoritativeNameservers#HETZNER_DEFAULTS}: the zone
   * does not exist yet to ask), the default TTL chosen from the data.
   */
  public static ConversionOptions defaults() {
    return new ConversionOptions(
        Zone.AuthoritativeNameservers.HETZNER_DEFAULTS, OptionalInt.empty());
  }

  public ConversionOptions withNameservers(List<String> ns) {
    return new ConversionOptions(ns, defaultTtl);
  }

  public ConversionOptions withDefaultTtl(OptionalInt ttl) {
    return new ConversionOptions(nameservers, ttl);
  }
}
