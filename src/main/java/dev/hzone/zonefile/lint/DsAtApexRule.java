package dev.hzone.zonefile.lint;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.RrsetKey;
import dev.hzone.zonefile.Finding;
import dev.hzone.zonefile.ParsedZone;
import java.util.List;

/**
 * No DS at the zone's apex: a DS record belongs in the parent zone, at the delegation (RFC 4034
 * section 5); in this zone it is only valid for delegated subdomains.
 */
public final class DsAtApexRule implements LintRule {
  @Override
  public String id() {
    return "ds-at-apex";
  }

  @Override
  public String description() {
    return "DS only at delegations, not at the zone apex";
  }

  @Override
  public List<Finding> check(ParsedZone zone) {
    RrsetKey key = RrsetKey.of(RrsetKey.APEX, RecordType.DS);
    if (zone.zone().get(key).isEmpty()) {
      return List.of();
    }
    return List.of(
        Finding.error(
            zone.positionOf(key, zone.sourceName()),
            id(),
            "DS record at the zone apex: it belongs in the parent zone (give it to your registrar)"));
  }
}
