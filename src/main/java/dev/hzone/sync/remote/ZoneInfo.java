package dev.hzone.sync.remote;

import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.sync.ZoneAttributes;
import java.util.List;
import java.util.Objects;

/**
 * A zone as the API describes it, apart from its records: what planning needs of the client's
 * {@link dev.hzone.api.cloud.Zone}, in the words a plan compares.
 *
 * <p>Why not {@code api.cloud.Zone} itself: the zone settings here are the {@link ZoneAttributes} a
 * plan compares with the desired zone from a file and writes into saved plans, with the primaries
 * as sync's {@code PrimaryServer} (TSIG keys by reference to a key file, never the secret); and a
 * {@code ZoneInfo} also stands for zones the API has not just described, which have no creation
 * time, status or record count: a zone restored from the read cache ({@code SerialCache}), the zone
 * as an apply left it ({@code RemotePlanner.refresh}), a zone read from a file for {@code
 * Planner.plan(ZoneData, ZoneData, PlanOptions)}, and the zones of a {@link DnsProvider} that is
 * not the Cloud API (the tests' fake). The one mapping from the client's zone is {@code
 * HcloudDnsProvider.toZoneInfo}.
 *
 * @param id the API's zone id
 * @param name the zone name (lower case, punycode, no trailing dot)
 * @param attributes mode, TTL, labels, protection, primaries
 * @param assignedNameservers Hetzner's nameservers for the zone, absolute with a trailing dot;
 *     hzone never removes them from the apex NS RRSet
 */
public record ZoneInfo(
    long id, String name, ZoneAttributes attributes, List<String> assignedNameservers) {

  /** Checks the name and attributes are given; copies the nameservers. */
  public ZoneInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(attributes, "attributes");
    assignedNameservers = List.copyOf(assignedNameservers);
  }

  /** The zone's mode, from its attributes. */
  public ZoneMode mode() {
    return attributes.mode();
  }
}
