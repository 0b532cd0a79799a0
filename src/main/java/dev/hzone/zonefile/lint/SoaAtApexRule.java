package dev.hzone.zonefile.lint;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.Rrset;
import dev.hzone.zonefile.Finding;
import dev.hzone.zonefile.ParsedZone;
import java.util.List;

/**
 * An SOA record stands only at the zone's apex (RFC 1035 section 5.2). Elsewhere it would start
 * another zone, which a file for one Hetzner zone cannot do.
 */
public final class SoaAtApexRule implements NameRule {
  @Override
  public String id() {
    return "soa-at-apex";
  }

  @Override
  public String description() {
    return "SOA only at the zone apex";
  }

  @Override
  public void checkName(ParsedZone zone, List<Rrset> rrsets, List<Finding> out) {
    for (Rrset r : rrsets) {
      if (r.type() == RecordType.SOA && !r.key().isApex()) {
        out.add(
            Finding.error(
                zone.positionOf(r.key(), zone.sourceName()),
                id(),
                "SOA record at " + r.name() + ": an SOA belongs at the zone apex only"));
      }
    }
  }
}
