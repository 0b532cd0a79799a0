package dev.hzone.sync.remote;

import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.sync.ZoneAttributes;
import java.util.List;
import java.util.Objects;

/**
 * A zone as the API describes it, apart from its records.
 *
 * @param id the API's zone id
 * @param name the zone name (lower case, punycode, no trailing dot)
 * @param attributes mode, TTL, labels, protection, primaries
 * @param assignedNameservers Hetzner's nameservers for the zone, absolute with a trailing dot;
 *     hzone never removes them from the apex NS RRSet
 */
public record ZoneInfo(
    long id, String name, ZoneAttributes attributes, List<String> assignedNameservers) {

  public ZoneInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(attributes, "attributes");
    assignedNameservers = List.copyOf(assignedNameservers);
  }

  public ZoneMode mode() {
    return attributes.mode();
  }
}
