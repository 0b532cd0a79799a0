package dev.hzone.emulator.dns;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * The authoritative lookup of RFC 1034 §4.3.2 step 3 over one {@link ZoneSnapshot}: delegations
 * first, then an exact match (following CNAMEs that stay inside the zone), then empty
 * non-terminals, then the wildcard at the closest encloser (RFC 4592), else NXDOMAIN. Negative
 * answers carry the SOA with its RFC 2308 TTL.
 */
final class ZoneLookup {
  /** CNAMEs followed at most, so that a loop ends. */
  static final int MAX_CHAIN = 16;

  private ZoneLookup() {}

  /** Answers {@code qtype} at {@code qname}, which must lie inside {@code zone}. */
  static LookupResult lookup(ZoneSnapshot zone, Name qname, int qtype) {
    List<Record> answer = new ArrayList<>();
    Set<Name> visited = new HashSet<>();
    Name name = qname;
    while (true) {
      visited.add(name.canonicalize());
      Optional<Name> cut = zone.delegationAbove(name);
      // DS lives in the parent: at the delegation point itself the parent answers it (RFC 4035
      // §3.1.4.1).
      if (cut.isPresent() && !(qtype == Type.DS && cut.get().equals(name.canonicalize()))) {
        return referral(zone, cut.get(), answer);
      }
      Map<Integer, List<Record>> node = zone.node(name).orElse(null);
      Name owner = name;
      if (node == null) {
        if (zone.exists(name)) {
          return noData(zone, answer);
        }
        Name encloser = zone.closestEncloser(name);
        Name wildcard = name.wild(name.labels() - encloser.labels());
        node = zone.node(wildcard).orElse(null);
        if (node == null) {
          return new LookupResult(
              Rcode.NXDOMAIN, true, answer, List.of(zone.negativeSoa()), List.of());
        }
      }
      if (qtype == Type.ANY) {
        for (List<Record> rrs : node.values()) {
          addAll(answer, rrs, owner);
        }
        return positive(answer);
      }
      List<Record> cname = node.get(Type.CNAME);
      if (cname != null && qtype != Type.CNAME) {
        addAll(answer, cname, owner);
        Name target = ((CNAMERecord) cname.get(0)).getTarget();
        if (!target.subdomain(zone.origin())
            || visited.contains(target.canonicalize())
            || visited.size() > MAX_CHAIN) {
          // The rest of the chain is another zone's business (or a loop): the resolver follows it.
          return positive(answer);
        }
        name = target;
        continue;
      }
      List<Record> data = node.get(qtype);
      if (data == null) {
        return noData(zone, answer);
      }
      addAll(answer, data, owner);
      return positive(answer);
    }
  }

  private static LookupResult positive(List<Record> answer) {
    return new LookupResult(Rcode.NOERROR, true, answer, List.of(), List.of());
  }

  private static LookupResult noData(ZoneSnapshot zone, List<Record> answer) {
    return new LookupResult(Rcode.NOERROR, true, answer, List.of(zone.negativeSoa()), List.of());
  }

  /**
   * A referral to the delegated zone at {@code cut}: its NS set in authority and glue for the NS
   * names that the zone holds addresses for. Not authoritative unless a CNAME chain from
   * authoritative data led here.
   */
  private static LookupResult referral(ZoneSnapshot zone, Name cut, List<Record> answer) {
    List<Record> ns = zone.rrset(cut, Type.NS);
    List<Record> glue = new ArrayList<>();
    for (Record r : ns) {
      Name host = ((NSRecord) r).getTarget();
      if (host.subdomain(zone.origin())) {
        glue.addAll(zone.rrset(host, Type.A));
        glue.addAll(zone.rrset(host, Type.AAAA));
      }
    }
    return new LookupResult(Rcode.NOERROR, !answer.isEmpty(), answer, ns, glue);
  }

  /**
   * Adds records, owned by {@code owner}: the name asked for, which differs from the data for
   * wildcards.
   */
  private static void addAll(List<Record> out, List<Record> rrs, Name owner) {
    for (Record r : rrs) {
      out.add(r.getName().equals(owner) ? r : r.withName(owner));
    }
  }
}
