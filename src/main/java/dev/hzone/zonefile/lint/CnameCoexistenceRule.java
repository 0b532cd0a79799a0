package dev.hzone.zonefile.lint;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.zonefile.Finding;
import dev.hzone.zonefile.ParsedZone;
import java.util.Arrays;
import java.util.List;

/** A name with a CNAME has no other data (RFC 1034 section 3.6.2, RFC 2181 section 10.1). */
public final class CnameCoexistenceRule implements NameRule {
  /** The types that allow no other data at their name. */
  private static final List<RecordType> EXCLUSIVE =
      Arrays.stream(RecordType.values()).filter(t -> !t.allowsOtherTypesAtName()).toList();

  @Override
  public String id() {
    return "cname-coexistence";
  }

  @Override
  public String description() {
    return "a name with a CNAME has no other records";
  }

  @Override
  public void checkName(ParsedZone zone, List<Rrset> rrsets, List<Finding> out) {
    if (rrsets.size() < 2 || rrsets.get(0).key().isApex()) {
      return; // one type cannot conflict; the apex case is CnameAtApexRule's
    }
    for (Rrset r : rrsets) {
      for (RecordType exclusive : EXCLUSIVE) {
        RrsetKey other = RrsetKey.of(r.name(), exclusive);
        if (exclusive != r.type() && rrsets.stream().anyMatch(o -> o.key().equals(other))) {
          out.add(
              Finding.error(
                  zone.positionOf(r.key(), zone.sourceName()),
                  id(),
                  r.name()
                      + " has a "
                      + exclusive
                      + " ("
                      + zone.positionOf(other, zone.sourceName())
                      + ") and "
                      + r.type()
                      + " records: a name with a "
                      + exclusive
                      + " can have no other records"));
        }
      }
    }
  }
}
