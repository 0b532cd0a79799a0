package dev.hzone.acme;

import dev.hzone.api.cloud.Zone;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.Rrset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a challenge's TXT record lives: the zone, the name in it, and what stands at that name now.
 *
 * @param zone the zone that holds the name
 * @param relativeName the name relative to the zone ({@code _acme-challenge.www}, {@code @})
 * @param fqdn the absolute name, with the final dot: the challenge name, or where its CNAME points
 * @param cnameHops how many CNAMEs were followed from the challenge name to get here
 * @param rrsets the RRSets at the name when it was looked up
 */
public record ChallengeTarget(
    Zone zone, String relativeName, String fqdn, int cnameHops, List<Rrset> rrsets) {
  public ChallengeTarget {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(relativeName, "relativeName");
    Objects.requireNonNull(fqdn, "fqdn");
    rrsets = List.copyOf(rrsets);
  }

  /** The TXT RRSet at the name, if any. */
  public Optional<Rrset> txt() {
    return rrsets.stream().filter(r -> r.type() == RecordType.TXT).findFirst();
  }

  /** The same place with the RRSets as they are now. */
  public ChallengeTarget withRrsets(List<Rrset> now) {
    return new ChallengeTarget(zone, relativeName, fqdn, cnameHops, now);
  }
}
