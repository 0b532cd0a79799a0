package dev.hzone.emulator.dns;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Type;

/**
 * One published version of a zone, compiled for lookups and never changed afterwards: the records
 * by owner name and type, every name that exists (with the empty non-terminals between the apex and
 * the data), the delegation points, and the zone in transfer order. Owner names are kept in
 * canonical (lower) case.
 */
final class ZoneSnapshot {
  private final Name origin;
  private final SOARecord soa;
  private final Map<Name, Map<Integer, List<Record>>> nodes;
  private final Set<Name> existing;
  private final Set<Name> cuts;
  private final List<Record> transferOrder;

  /**
   * @param origin the apex
   * @param soa the apex SOA
   * @param nodes records by owner (canonical case) and type, each list one RRSet
   * @param transferOrder every record except the SOA, in canonical order, for AXFR
   */
  ZoneSnapshot(
      Name origin,
      SOARecord soa,
      Map<Name, Map<Integer, List<Record>>> nodes,
      List<Record> transferOrder) {
    this.origin = Objects.requireNonNull(origin).canonicalize();
    this.soa = Objects.requireNonNull(soa);
    Map<Name, Map<Integer, List<Record>>> copy = new HashMap<>();
    Set<Name> names = new HashSet<>();
    Set<Name> delegations = new HashSet<>();
    for (Map.Entry<Name, Map<Integer, List<Record>>> e : nodes.entrySet()) {
      Name owner = e.getKey().canonicalize();
      if (!owner.subdomain(this.origin)) {
        throw new IllegalArgumentException(owner + " lies outside the zone " + this.origin);
      }
      Map<Integer, List<Record>> byType = new HashMap<>();
      e.getValue().forEach((type, rrs) -> byType.put(type, List.copyOf(rrs)));
      copy.put(owner, Map.copyOf(byType));
      if (!owner.equals(this.origin) && byType.containsKey(Type.NS)) {
        delegations.add(owner);
      }
      // A name exists when it owns data or has a descendant that does (RFC 4592 §2.2.2).
      for (Name n = owner; n.labels() >= this.origin.labels(); n = new Name(n, 1)) {
        if (!names.add(n) || n.equals(this.origin)) {
          break;
        }
      }
    }
    names.add(this.origin);
    this.nodes = Map.copyOf(copy);
    this.existing = Set.copyOf(names);
    this.cuts = Set.copyOf(delegations);
    this.transferOrder = List.copyOf(transferOrder);
  }

  /** The apex, canonical case. */
  Name origin() {
    return origin;
  }

  /** The apex SOA as published. */
  SOARecord soa() {
    return soa;
  }

  /**
   * The SOA for a negative answer: its TTL is the lower of its own TTL and its MINIMUM (RFC 2308
   * §3).
   */
  SOARecord negativeSoa() {
    long ttl = Math.min(soa.getTTL(), soa.getMinimum());
    return new SOARecord(
        soa.getName(),
        DClass.IN,
        ttl,
        soa.getHost(),
        soa.getAdmin(),
        soa.getSerial(),
        soa.getRefresh(),
        soa.getRetry(),
        soa.getExpire(),
        soa.getMinimum());
  }

  /** The RRSets at {@code name} by type, if the name owns any records. */
  Optional<Map<Integer, List<Record>>> node(Name name) {
    return Optional.ofNullable(nodes.get(name.canonicalize()));
  }

  /** The RRSet of {@code type} at {@code name}, or an empty list. */
  List<Record> rrset(Name name, int type) {
    Map<Integer, List<Record>> n = nodes.get(name.canonicalize());
    return n == null ? List.of() : n.getOrDefault(type, List.of());
  }

  /**
   * Whether {@code name} exists in the zone: owns records, or is an empty non-terminal above some.
   */
  boolean exists(Name name) {
    return existing.contains(name.canonicalize());
  }

  /**
   * The delegation point closest to the apex that is {@code name} or one of its ancestors, if any:
   * the zone is not authoritative at or below it. The apex NS never counts.
   */
  Optional<Name> delegationAbove(Name name) {
    if (cuts.isEmpty()) {
      return Optional.empty();
    }
    Name found = null;
    for (Name n = name.canonicalize(); n.labels() > origin.labels(); n = new Name(n, 1)) {
      if (cuts.contains(n)) {
        found = n;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The closest ancestor of a name that does not exist: where RFC 4592 looks for the wildcard. */
  Name closestEncloser(Name name) {
    Name n = name.canonicalize();
    while (n.labels() > origin.labels() && !existing.contains(n)) {
      n = new Name(n, 1);
    }
    return n;
  }

  /** Every record except the SOA, apex first, in canonical order: the body of an AXFR. */
  List<Record> transferOrder() {
    return transferOrder;
  }
}
