package dev.hzone.acme;

import dev.hzone.api.cloud.Zone;
import dev.hzone.dns.Names;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.Rrset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;

/**
 * Finds where a challenge's TXT record belongs: the longest zone of the project that contains the
 * name, found by asking the API for each parent name, longest first, so the first zone found is the
 * answer and shorter names are never asked for. A bare top-level domain is never a zone and is not
 * asked for. When a CNAME stands at the name (a delegated challenge, RFC 8555 §8.4 allows it), the
 * record is written where the CNAME points, as long as that name is in a zone of the project too.
 */
public final class ZoneLocator {
  /** CNAMEs followed at most, so that a loop ends with a clear message. */
  static final int MAX_HOPS = 8;

  private final ChallengeZones zones;

  public ZoneLocator(ChallengeZones zones) {
    this.zones = zones;
  }

  /**
   * The place for {@code fqdn}'s TXT record.
   *
   * @throws AcmeException when no zone of the project contains the name (or a CNAME target), or
   *     CNAMEs loop
   */
  public ChallengeTarget locate(String fqdn) {
    String name = fqdn;
    Set<String> seen = new HashSet<>();
    for (int hops = 0; ; hops++) {
      if (!seen.add(name) || hops > MAX_HOPS) {
        throw new AcmeException(
            "the CNAMEs from "
                + fqdn
                + " loop or go deeper than "
                + MAX_HOPS
                + " (at "
                + name
                + ")");
      }
      String at = name;
      Zone zone = longestZone(at).orElseThrow(() -> new AcmeException(noZone(fqdn, at)));
      String relative = Names.relativize(name, zone.name()).orElseThrow();
      List<Rrset> here = zones.rrsetsAt(zone, relative);
      Optional<Rrset> cname = here.stream().filter(r -> r.type() == RecordType.CNAME).findFirst();
      if (cname.isEmpty() || cname.get().records().isEmpty()) {
        return new ChallengeTarget(zone, relative, name, hops, here);
      }
      name = absolute(cname.get().records().get(0).value(), zone.name());
    }
  }

  /**
   * The longest zone of the project that contains {@code fqdn}, asking for each parent name in
   * turn.
   */
  public Optional<Zone> longestZone(String fqdn) {
    for (String candidate : candidates(fqdn)) {
      Optional<Zone> z = zones.zone(candidate);
      if (z.isPresent()) {
        return z;
      }
    }
    return Optional.empty();
  }

  /**
   * The zone names that could hold {@code fqdn}, longest first, without the bare top-level domain.
   */
  static List<String> candidates(String fqdn) {
    String n = Names.zoneName(fqdn);
    List<String> out = new ArrayList<>();
    while (n.indexOf('.') > 0) {
      out.add(n);
      n = n.substring(n.indexOf('.') + 1);
    }
    return out;
  }

  /**
   * A CNAME target as an absolute name; Hetzner reads a target without the final dot as relative to
   * the zone.
   */
  private static String absolute(String target, String zone) {
    try {
      return Name.fromString(target, Name.fromString(zone + "."))
          .toString()
          .toLowerCase(java.util.Locale.ROOT);
    } catch (TextParseException e) {
      throw new AcmeException(
          "the CNAME target '" + target + "' in zone " + zone + " is not a domain name");
    }
  }

  private static String noZone(String fqdn, String name) {
    if (fqdn.equals(name)) {
      return "no zone of this project contains "
          + fqdn
          + " (asked for "
          + String.join(", ", candidates(fqdn))
          + ")";
    }
    return "the challenge "
        + fqdn
        + " is delegated by CNAME to "
        + name
        + ", which is in no zone of this project (asked for "
        + String.join(", ", candidates(name))
        + ")";
  }
}
