package dev.hzone.zonefile.lint;

import dev.hzone.dns.Rrset;
import dev.hzone.zonefile.Finding;
import dev.hzone.zonefile.ParsedZone;
import dev.hzone.zonefile.SourcePosition;
import java.util.List;

/**
 * TTLs within what the API accepts: 60 to 2147483647 seconds, for the zone default and every RRSet.
 */
public final class TtlRangeRule implements NameRule {
  @Override
  public String id() {
    return "ttl-range";
  }

  @Override
  public String description() {
    return "TTLs between " + Rrset.MIN_TTL + " and " + Rrset.MAX_TTL + " seconds";
  }

  @Override
  public void checkZone(ParsedZone zone, List<Finding> out) {
    zone.zone()
        .defaultTtl()
        .ifPresent(
            ttl -> {
              if (ttl < Rrset.MIN_TTL) {
                out.add(
                    Finding.error(
                        SourcePosition.wholeFile(zone.sourceName()),
                        id(),
                        "zone default TTL ($TTL) "
                            + ttl
                            + " is below "
                            + Rrset.MIN_TTL
                            + ", the lowest the API accepts"));
              }
            });
  }

  @Override
  public void checkName(ParsedZone zone, List<Rrset> rrsets, List<Finding> out) {
    for (Rrset r : rrsets) {
      if (r.ttl().isPresent() && r.ttl().getAsInt() < Rrset.MIN_TTL) {
        out.add(
            Finding.error(
                zone.positionOf(r.key(), zone.sourceName()),
                id(),
                r.key().id()
                    + " has TTL "
                    + r.ttl().getAsInt()
                    + ", below "
                    + Rrset.MIN_TTL
                    + ", the lowest the API accepts"));
      }
    }
  }
}
