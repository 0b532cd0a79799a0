package dev.hzone.zonefile.lint;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.zonefile.Finding;
import dev.hzone.zonefile.ParsedZone;
import java.util.ArrayList;
import java.util.List;

/** A name with a CNAME has no other data (RFC 1034 section 3.6.2, RFC 2181 section 10.1). */
public final class CnameCoexistenceRule implements LintRule {
  @Override
  public String id() {
    return "cname-coexistence";
  }

  @Override
  public String description() {
    return "a name with a CNAME has no other records";
  }

  @Override
  public List<Finding> check(ParsedZone zone) {
    List<Finding> out = new ArrayList<>();
    for (Rrset r : zone.zone().rrsets().values()) {
      if (r.type() == RecordType.CNAME || r.key().isApex()) {
        continue; // the apex case is CnameAtApexRule's
      }
      RrsetKey cname = RrsetKey.of(r.name(), RecordType.CNAME);
      if (zone.zone().get(cname).isPresent()) {
        out.add(Finding.error(zone.positionOf(r.key(), zone.sourceName()), id(),
            r.name() + " has a CNAME (" + zone.positionOf(cname, zone.sourceName()) + ") and " + r.type()
                + " records: a name with a CNAME can have no other records"));
      }
    }
    return out;
  }
}
