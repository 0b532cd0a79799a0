package dev.hzone.acme;

import java.util.List;
import java.util.Objects;

/**
 * A zone of the project, as far as the hook needs it.
 *
 * @param name the zone name, lower case, no final dot
 * @param assignedNameservers the zone's authoritative nameservers ({@code authoritative_nameservers.assigned}),
 *     with the final dot; where propagation is checked unless the user names servers
 */
public record ZoneRef(String name, List<String> assignedNameservers) {
  public ZoneRef {
    Objects.requireNonNull(name, "name");
    assignedNameservers = List.copyOf(assignedNameservers);
  }
}
