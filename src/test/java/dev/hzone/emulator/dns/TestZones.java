package dev.hzone.emulator.dns;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ZoneData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Zones for the DNS server's tests, written one record per line: {@code name type [ttl] value}. */
final class TestZones {
  private TestZones() {}

  /** A zone from lines {@code NAME TYPE TTL|- VALUE}; {@code -} means the zone's default TTL. */
  static ZoneData zone(String name, int defaultTtl, String lines) {
    Map<RrsetKey, List<RecordValue>> values = new LinkedHashMap<>();
    Map<RrsetKey, OptionalInt> ttls = new LinkedHashMap<>();
    for (String line : lines.strip().split("\n")) {
      String[] f = line.strip().split("\\s+", 4);
      RrsetKey key = RrsetKey.of(f[0], RecordType.fromText(f[1]).orElseThrow());
      ttls.put(
          key, f[2].equals("-") ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(f[2])));
      values.computeIfAbsent(key, k -> new ArrayList<>()).add(RecordValue.of(f[3]));
    }
    List<Rrset> rrsets = new ArrayList<>();
    values.forEach((k, v) -> rrsets.add(Rrset.of(k, ttls.get(k), v)));
    return ZoneData.of(name, OptionalInt.of(defaultTtl), rrsets);
  }

  /** example.test: every case the responder distinguishes. */
  static ZoneData example() {
    return zone(
        "example.test",
        3600,
        """
        @ SOA - hydrogen.ns.hetzner.com. dns.hetzner.com. 2026112801 86400 10800 3600000 300
        @ NS - hydrogen.ns.hetzner.com.
        @ NS - oxygen.ns.hetzner.com.
        @ A 600 192.0.2.1
        @ MX - 10 mail.example.test.
        www A 300 192.0.2.10
        www AAAA 300 2001:db8::10
        alias CNAME - www.example.test.
        chain CNAME - alias.example.test.
        away CNAME - target.example.net.
        dangling CNAME - nowhere.example.test.
        loop1 CNAME - loop2.example.test.
        loop2 CNAME - loop1.example.test.
        *.wild A - 192.0.2.99
        *.wild TXT - "wildcard"
        exists.wild A - 192.0.2.98
        deep.ent.under A - 192.0.2.50
        *.under A - 192.0.2.51
        sub NS - ns1.sub.example.test.
        sub NS - ns.elsewhere.net.
        sub DS - 12345 13 2 3F5DA7D73F5DA7D73F5DA7D73F5DA7D73F5DA7D73F5DA7D73F5DA7D73F5DA7D7
        ns1.sub A - 192.0.2.53
        ns1.sub AAAA - 2001:db8::53
        tosub CNAME - host.sub.example.test.
        txt TXT - "v=spf1 \\"quoted\\" back\\\\slash" "second string" "caf\\195\\169 \\001"
        _acme-challenge TXT 60 "Q8N2hWlLaPk_SijkXy0q7UeC9tmJEF19OMXiVzNNB0M"
        mail A - 192.0.2.25
        """);
  }

  /** A zone with many TXT values at one name, so that a 512-byte answer must be truncated. */
  static ZoneData manyTxt(String name, int count) {
    StringBuilder sb = new StringBuilder();
    sb.append("@ SOA - ns1.")
        .append(name)
        .append(". hostmaster.")
        .append(name)
        .append(". 1 7200 3600 1209600 300\n");
    sb.append("@ NS - ns1.").append(name).append(".\n");
    for (int i = 0; i < count; i++) {
      sb.append("big TXT - \"").append(String.format("%043d", i)).append("\"\n");
    }
    return zone(name, 3600, sb.toString());
  }
}
