package dev.hzone.api;

import dev.hzone.api.cloud.PrimaryNameserver;
import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.dns.Rrset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What to create with {@link ZoneClient#create}: a primary zone (empty, with RRSets, or from a zone
 * file) or a secondary zone with its primary nameservers. Build with {@link #primary} or {@link
 * #secondary} and the {@code with...} methods; the checks the API would make on combinations are
 * made here, before any request.
 *
 * @param name the domain, lower case, no trailing dot, IDNs in Punycode
 * @param mode primary or secondary
 * @param ttl the zone's default TTL, the API's default (3600) when empty
 * @param labels labels
 * @param primaryNameservers for secondary zones: where to copy from
 * @param rrsets for primary zones: RRSets to create with the zone
 * @param zonefile for primary zones: a zone file to import instead of {@code rrsets}
 */
public record ZoneCreateOptions(
    String name,
    ZoneMode mode,
    OptionalInt ttl,
    Map<String, String> labels,
    List<PrimaryNameserver> primaryNameservers,
    List<Rrset> rrsets,
    Optional<String> zonefile) {

  public ZoneCreateOptions {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(ttl, "ttl");
    Objects.requireNonNull(zonefile, "zonefile");
    labels = Map.copyOf(labels);
    primaryNameservers = List.copyOf(primaryNameservers);
    rrsets = List.copyOf(rrsets);
    if (name.isEmpty()
        || name.endsWith(".")
        || !name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
      throw new IllegalArgumentException(
          "zone name '" + name + "' must be lower case without a trailing dot (IDNs in Punycode)");
    }
    ttl.ifPresent(ZoneClient::checkTtl);
    if (!rrsets.isEmpty() && zonefile.isPresent()) {
      throw new IllegalArgumentException("zone " + name + ": give RRSets or a zone file, not both");
    }
    if (mode == ZoneMode.SECONDARY && (!rrsets.isEmpty() || zonefile.isPresent())) {
      throw new IllegalArgumentException(
          "zone " + name + ": a secondary zone takes no RRSets or zone file");
    }
    if (mode == ZoneMode.SECONDARY && primaryNameservers.isEmpty()) {
      throw new IllegalArgumentException(
          "secondary zone " + name + " needs at least one primary nameserver");
    }
    if (mode == ZoneMode.PRIMARY && !primaryNameservers.isEmpty()) {
      throw new IllegalArgumentException("primary zone " + name + " takes no primary nameservers");
    }
  }

  /** An empty primary zone (Hetzner adds SOA and NS). */
  public static ZoneCreateOptions primary(String name) {
    return new ZoneCreateOptions(
        name,
        ZoneMode.PRIMARY,
        OptionalInt.empty(),
        Map.of(),
        List.of(),
        List.of(),
        Optional.empty());
  }

  /** A secondary zone copied from {@code primaries}. */
  public static ZoneCreateOptions secondary(String name, List<PrimaryNameserver> primaries) {
    return new ZoneCreateOptions(
        name,
        ZoneMode.SECONDARY,
        OptionalInt.empty(),
        Map.of(),
        primaries,
        List.of(),
        Optional.empty());
  }

  public ZoneCreateOptions withTtl(int newTtl) {
    return new ZoneCreateOptions(
        name, mode, OptionalInt.of(newTtl), labels, primaryNameservers, rrsets, zonefile);
  }

  public ZoneCreateOptions withLabels(Map<String, String> newLabels) {
    return new ZoneCreateOptions(name, mode, ttl, newLabels, primaryNameservers, rrsets, zonefile);
  }

  public ZoneCreateOptions withRrsets(List<Rrset> newRrsets) {
    return new ZoneCreateOptions(name, mode, ttl, labels, primaryNameservers, newRrsets, zonefile);
  }

  /** Imports {@code text} (a BIND zone file) into the new zone. */
  public ZoneCreateOptions withZonefile(String text) {
    return new ZoneCreateOptions(
        name, mode, ttl, labels, primaryNameservers, rrsets, Optional.of(text));
  }
}
