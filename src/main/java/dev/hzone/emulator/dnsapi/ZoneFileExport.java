package dev.hzone.emulator.dnsapi;

import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.ZoneData;

/**
 * The zone file that {@code GET /zones/{zone}/zonefile} returns, in the layout of the API's own example:
 * {@code $ORIGIN} and {@code $TTL}, the SOA alone, then every other record, one per line, tab-separated, the
 * class before the TTL, a TTL only on RRSets that have their own, and record comments as {@code ; comment}.
 *
 * <pre>
 * $ORIGIN	example.com.
 * $TTL	3600
 *
 * @	IN	SOA	hydrogen.ns.hetzner.com. dns.hetzner.com. 2026030100 86400 10800 3600000 3600
 *
 * @	IN	10800	NS	hydrogen.ns.hetzner.com.
 * www	IN	A	203.0.113.10 ; web-1
 * </pre>
 */
final class ZoneFileExport {
  private ZoneFileExport() {}

  static String format(ZoneData zone) {
    StringBuilder sb = new StringBuilder();
    sb.append("$ORIGIN\t").append(zone.name()).append(".\n");
    sb.append("$TTL\t").append(zone.defaultTtl().orElse(ZoneRules.DEFAULT_TTL)).append('\n');
    Rrset soa = zone.rrsets().get(ZoneRules.soaKey());
    if (soa != null) {
      sb.append('\n');
      appendRrset(sb, soa);
    }
    boolean first = true;
    for (Rrset r : zone.rrsets().values()) {
      if (ZoneRules.isSoa(r.key())) {
        continue;
      }
      if (first) {
        sb.append('\n');
        first = false;
      }
      appendRrset(sb, r);
    }
    return sb.toString();
  }

  private static void appendRrset(StringBuilder sb, Rrset r) {
    for (RecordValue v : r.records()) {
      sb.append(r.name()).append("\tIN\t");
      if (r.ttl().isPresent()) {
        sb.append(r.ttl().getAsInt()).append('\t');
      }
      sb.append(r.type().name()).append('\t').append(v.value());
      if (v.hasComment()) {
        sb.append(" ; ").append(v.comment().replace('\n', ' ').replace('\r', ' '));
      }
      sb.append('\n');
    }
  }
}
