package dev.hzone.zonefile.lint;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.RrsetKey;
import dev.hzone.zonefile.Finding;
import dev.hzone.zonefile.ParsedZone;
import java.util.List;

/**
 * No CNAME at the zone's apex: the apex always holds SOA and NS, and a CNAME may not stand beside
 * other data (RFC 1034 section 3.6.2, RFC 2181 section 10.1).
 */
public final class CnameAtApexRule implements LintRule {
  @Override
  public String id() {
    return "cname-at-apex";
  }

  @Override
  public String description() {
    return "no CNAME at the zone apex";
  }

  @Override
  public List<Finding> check(ParsedZone zone) {
    RrsetKey key = RrsetKey.of(RrsetKey.APEX, RecordType.CNAME);
    if (zone.zone().get(key).isEmpty()) {
      return List.of();
    }
    return List.of(
        Finding.error(
            zone.positionOf(key, zone.sourceName()),
            id(),
            "CNAME at the zone apex: the apex holds SOA and NS; use A/AAAA records (or HTTPS/SVCB) instead"));
  }
}
