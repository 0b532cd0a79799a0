package dev.hzone.sync.remote;

import dev.hzone.dns.ZoneData;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The narrow view of the Cloud API that sync needs: find and read zones, send one {@link
 * Operation}, poll actions. {@link HcloudDnsProvider} implements it over {@code
 * dev.hzone.api.HcloudClient}; tests use an in-memory fake. Implementations are safe for concurrent
 * use; failures are unchecked exceptions whose message names what failed (and never a secret).
 */
public interface DnsProvider {

  /** {@code GET /zones/{name}}: the zone, or empty when it does not exist. */
  Optional<ZoneInfo> findZone(String name);

  /**
   * The named zones that exist, by name, for the fewest requests: pages of the zone list (50 zones
   * each) when that is fewer than one {@code GET /zones/{name}} per zone. This default asks per
   * zone.
   */
  default Map<String, ZoneInfo> findZones(Collection<String> names) {
    Map<String, ZoneInfo> out = new java.util.LinkedHashMap<>();
    for (String n : names) {
      findZone(n).ifPresent(i -> out.put(n, i));
    }
    return out;
  }

  /**
   * The zone that {@code name}'s {@link Operation.CreateZone} made in this provider's lifetime, as
   * the API described it in its answer, so that reading the new zone back costs no lookup. This
   * default knows none.
   */
  default Optional<ZoneInfo> createdZone(String name) {
    return Optional.empty();
  }

  /** Every zone of the project ({@code GET /zones}, all pages). */
  List<ZoneInfo> listZones();

  /**
   * {@code GET /zones/{zone}/zonefile}, parsed: one request for the whole zone. The result's {@code
   * defaultTtl} is the zone TTL.
   */
  ZoneData exportZone(ZoneInfo zone);

  /**
   * {@code GET /zones/{zone}/rrsets}, all pages of 100: every RRSet with labels, protection and
   * exact TTLs. The result's {@code defaultTtl} is the zone TTL.
   */
  ZoneData listRrsets(ZoneInfo zone);

  /**
   * Sends one operation for {@code zone}.
   *
   * @return the action to wait for, as the response gave it; empty for requests without one
   *     (labels)
   */
  Optional<ActionState> execute(String zone, Operation operation);

  /**
   * The current state of the given actions, in one request where the API allows ({@code GET
   * /actions?id=...}). Actions the API does not know are missing from the result.
   */
  Map<Long, ActionState> pollActions(Collection<Long> ids);

  /** Requests sent so far through this provider, every kind and every retry included. */
  long requestsSent();

  /** Requests left in the rate-limit budget after the last response, if known. */
  OptionalInt rateLimitRemaining();
}
