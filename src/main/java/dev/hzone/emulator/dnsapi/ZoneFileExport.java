package dev.hzone.emulator.dnsapi;

import dev.hzone.dns.AnyRrset;
import dev.hzone.dns.OpaqueRrset;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.ZoneData;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The zone file that {@code GET /zones/{zone}/zonefile} returns, in the layout of real exports
 * rather than the spec's example: a {@code ;; Exported on} line, {@code $ORIGIN} and {@code $TTL},
 * the SOA alone, then one group per type ({@code ; NS records} first, the others by type name),
 * each record on one line as {@code name<TAB>ttl<TAB>IN<TAB>TYPE<TAB>value}, record comments as
 * {@code ; comment}. Every line has a TTL, the zone TTL where the RRSet has none of its own, so an
 * export cannot tell "inherits" from "explicit".
 *
 * <p>Evidence: the exports in the test fixtures of mconfalonieri/external-dns-hetzner-webhook
 * ({@code internal/hetzner/cloud/bulk_changes_test.go}, {@code
 * internal/zonefile/database_test.go}); see the emulator's evidence ledger.
 *
 * <pre>
 * ;; Exported on 2026-03-01T00:00:00Z
 * $ORIGIN	example.com.
 * $TTL	3600
 *
 * @	3600	IN	SOA	hydrogen.ns.hetzner.com. dns.hetzner.com. 2026030100 86400 10800 3600000 3600
 *
 * ; NS records
 * @	10800	IN	NS	hydrogen.ns.hetzner.com.
 *
 * ; A records
 * www	3600	IN	A	203.0.113.10 ; web-1
 * </pre>
 */
final class ZoneFileExport {
  private ZoneFileExport() {}

  static String format(ZoneData zone, Instant now) {
    int zoneTtl = zone.defaultTtl().orElse(ZoneRules.DEFAULT_TTL);
    StringBuilder sb = new StringBuilder();
    sb.append(";; Exported on ").append(now.truncatedTo(ChronoUnit.SECONDS)).append('\n');
    sb.append("$ORIGIN\t").append(zone.name()).append(".\n");
    sb.append("$TTL\t").append(zoneTtl).append('\n');
    Rrset soa = zone.rrsets().get(ZoneRules.soaKey());
    if (soa != null) {
      sb.append('\n');
      appendRrset(sb, soa, zoneTtl);
    }
    Map<String, List<AnyRrset>> groups =
        new TreeMap<>(
            Comparator.comparing((String t) -> !t.equals(RecordType.NS.name()))
                .thenComparing(Comparator.naturalOrder()));
    for (Rrset r : zone.rrsets().values()) {
      if (!ZoneRules.isSoa(r.key())) {
        groups.computeIfAbsent(r.type().name(), t -> new ArrayList<>()).add(r);
      }
    }
    // RRSets of types beyond the spec's enum (seeded through the state file) are exported as the
    // API gave them, type and values as they are, as an export of a newer type would be.
    for (OpaqueRrset r : zone.opaque()) {
      groups.computeIfAbsent(r.typeName(), t -> new ArrayList<>()).add(r);
    }
    groups.forEach(
        (type, rrsets) -> {
          sb.append("\n; ").append(type).append(" records\n");
          rrsets.forEach(r -> appendRrset(sb, r, zoneTtl));
        });
    return sb.toString();
  }

  private static void appendRrset(StringBuilder sb, AnyRrset r, int zoneTtl) {
    for (RecordValue v : r.records()) {
      sb.append(r.name())
          .append('\t')
          .append(r.ttl().orElse(zoneTtl))
          .append("\tIN\t")
          .append(r.typeName())
          .append('\t')
          .append(v.value());
      if (v.hasComment()) {
        sb.append(" ; ").append(v.comment().replace('\n', ' ').replace('\r', ' '));
      }
      sb.append('\n');
    }
  }
}
