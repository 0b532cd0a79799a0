package dev.hzone.zonefile.lint;

import dev.hzone.dns.Rrset;
import dev.hzone.zonefile.Finding;
import dev.hzone.zonefile.ParsedZone;
import java.util.List;

/** CNAME and SOA RRSets hold exactly one record (RFC 1034 section 3.6.2, RFC 1035 section 5.2). */
public final class SingletonRule implements NameRule {
  @Override
  public String id() {
    return "singleton";
  }

  @Override
  public String description() {
    return "at most one CNAME and one SOA record per name";
  }

  @Override
  public void checkName(ParsedZone zone, List<Rrset> rrsets, List<Finding> out) {
    for (Rrset r : rrsets) {
      if (r.type().isSingleton() && r.records().size() > 1) {
        out.add(
            Finding.error(
                zone.positionOf(r.key(), zone.sourceName()),
                id(),
                r.name()
                    + " has "
                    + r.records().size()
                    + " "
                    + r.type()
                    + " records; only one is allowed"));
      }
    }
  }
}
