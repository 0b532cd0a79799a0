package dev.hzone.cli.cloud;

import dev.hzone.acme.HcloudChallengeZones;
import dev.hzone.acme.ZoneLocator;
import dev.hzone.api.HcloudClient;
import dev.hzone.api.cloud.Action;
import dev.hzone.api.cloud.Zone;
import dev.hzone.dns.Names;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ValueCanonicalizer;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The forward record that goes with a reverse DNS entry: {@code www.example.com A 203.0.113.7} for
 * the PTR {@code 203.0.113.7 -> www.example.com}. Mail servers and many other checks want both
 * directions to agree, so {@code set-rdns} looks the name up in the project's own zones (the
 * longest primary zone that contains it, asked at the API) and can add the address there. A name
 * that is a CNAME there is reported as such: no A or AAAA may stand beside a CNAME (RFC 1034
 * §3.6.2), and a PTR should name the canonical host (RFC 1912 §2.1).
 *
 * @param hostname the name, in the API's form (lower case, punycode, no final dot)
 * @param ip the address
 * @param zone the project's zone that holds the name, if there is one
 * @param key the RRSet in that zone: the name relative to it, A or AAAA by the address's family
 * @param agrees whether the RRSet already holds the address
 * @param cname the target (absolute, no final dot) when the name is a CNAME in that zone; then
 *     {@code agrees} is false
 */
record ForwardRecord(
    String hostname,
    String ip,
    Optional<Zone> zone,
    RrsetKey key,
    boolean agrees,
    Optional<String> cname) {

  /** Looks {@code hostname}'s A or AAAA records up in the project's zones. */
  static ForwardRecord check(HcloudClient client, String hostname, String ip) {
    String name = Names.zoneName(hostname);
    RecordType type = Args.isIpv6(ip) ? RecordType.AAAA : RecordType.A;
    Optional<Zone> zone = new ZoneLocator(new HcloudChallengeZones(client)).longestZone(name);
    if (zone.isEmpty()) {
      return new ForwardRecord(name, ip, zone, RrsetKey.of(name, type), false, Optional.empty());
    }
    String zoneName = zone.get().name();
    String relative = Names.relativize(name, zoneName).orElseThrow();
    RrsetKey key = RrsetKey.of(relative, type);
    Optional<String> cname =
        client
            .rrsets()
            .get(zoneName, RrsetKey.of(relative, RecordType.CNAME))
            .flatMap(r -> r.values().stream().findFirst())
            .map(v -> absolute(v, zoneName));
    if (cname.isPresent()) {
      return new ForwardRecord(name, ip, zone, key, false, cname);
    }
    Optional<Rrset> rrset = client.rrsets().get(zone.get().name(), key);
    boolean agrees =
        rrset
            .map(r -> r.values().stream().anyMatch(v -> ValueCanonicalizer.same(type, v, ip)))
            .orElse(false);
    return new ForwardRecord(name, ip, zone, key, agrees, Optional.empty());
  }

  /**
   * A CNAME target as the API gives it: absolute with a final dot, or (zone-file style) relative to
   * the zone.
   */
  private static String absolute(String target, String zone) {
    if (target.endsWith(".")) {
      return Names.zoneName(target);
    }
    return Names.zoneName(target.equals(RrsetKey.APEX) ? zone : target + "." + zone);
  }

  /** Adds the address to the RRSet (created if needed, with the zone's TTL); returns the action. */
  Action add(HcloudClient client) {
    return client
        .rrsets()
        .addRecords(
            zone.orElseThrow().name(), key, List.of(RecordValue.of(ip)), OptionalInt.empty());
  }

  /**
   * Takes the address out of the RRSet again: the undo of {@link #add}, leaving any other address
   * there.
   */
  Action remove(HcloudClient client) {
    return client
        .rrsets()
        .removeRecords(zone.orElseThrow().name(), key, List.of(RecordValue.of(ip)));
  }

  /** {@code www.example.com AAAA 2001:db8::1}. */
  String describe() {
    return hostname + " " + key.type() + " " + ip;
  }
}
