package dev.hzone.emulator.dnsapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Hetzner nameservers the emulator assigns to its zones ({@code
 * authoritative_nameservers.assigned}), one set per zone. The API assigns them per zone and has
 * more nameservers than one zone is given (openapi.json, {@code delegation_status}
 * "partially-valid": "Parent zone delegates to additional Hetzner nameservers not assigned to this
 * zone"); every zone seen so far got {@link #HETZNER}. A zone's set is picked by its name, so it
 * stays the same across restarts (ledger L-ASSIGNED-PER-ZONE). Tests give other sets to catch a
 * client that assumes Hetzner's usual names instead of reading the zone's.
 *
 * @param sets the sets to pick from, each a list of absolute names with the final dot; the first
 *     name of a set is the primary in the zone's SOA
 */
public record NameserverSets(List<List<String>> sets) {
  /** The one set every zone has shown so far (spec examples, the SDKs' fixtures, live tests). */
  public static final NameserverSets HETZNER =
      new NameserverSets(
          List.of(
              List.of(
                  "hydrogen.ns.hetzner.com.", "oxygen.ns.hetzner.com.", "helium.ns.hetzner.de.")));

  public NameserverSets {
    if (sets == null || sets.isEmpty()) {
      throw new IllegalArgumentException("at least one set of nameservers is needed");
    }
    List<List<String>> copy = new ArrayList<>();
    for (List<String> set : sets) {
      if (set.isEmpty()) {
        throw new IllegalArgumentException("a set of nameservers must not be empty");
      }
      for (String ns : set) {
        if (!ns.endsWith(".") || !ns.equals(ns.toLowerCase(Locale.ROOT)) || ns.length() < 3) {
          throw new IllegalArgumentException(
              "nameserver '" + ns + "' must be an absolute lower-case name with a trailing dot");
        }
      }
      copy.add(List.copyOf(set));
    }
    sets = List.copyOf(copy);
  }

  /** The nameservers assigned to {@code zone}. */
  public List<String> forZone(String zone) {
    return sets.get(Math.floorMod(zone.hashCode(), sets.size()));
  }
}
