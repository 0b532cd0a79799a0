package dev.hzone.dns;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A zone as hzone understands it: its name and its RRSets, keyed and ordered by {@link RrsetKey},
 * and apart from them the RRSets of types hzone does not know ({@link OpaqueRrset}), which it
 * carries along but never interprets.
 *
 * @param name the zone name: lower case, no trailing dot, IDN as punycode
 * @param defaultTtl the zone's default TTL ({@code $TTL} in a file, {@code ttl} in the API), if
 *     known
 * @param rrsets the RRSets in canonical order
 * @param opaque the RRSets of types hzone does not know, in canonical order, one per name and type
 */
public record ZoneData(
    String name,
    OptionalInt defaultTtl,
    NavigableMap<RrsetKey, Rrset> rrsets,
    List<OpaqueRrset> opaque) {

  public ZoneData {
    name = Names.zoneName(Objects.requireNonNull(name, "name"));
    Objects.requireNonNull(defaultTtl, "defaultTtl");
    if (!(rrsets instanceof RrsetTable)) {
      // A table is immutable and files every RRSet under its own key by construction: kept as it
      // is, so a
      // zone of a million records is not copied into a tree. Any other map is copied.
      TreeMap<RrsetKey, Rrset> own = new TreeMap<>(rrsets);
      for (Map.Entry<RrsetKey, Rrset> e : own.entrySet()) {
        if (!e.getKey().equals(e.getValue().key())) {
          throw new IllegalArgumentException(
              "RRSet " + e.getValue().key() + " filed under " + e.getKey());
        }
      }
      rrsets = Collections.unmodifiableNavigableMap(own);
    }
    TreeSet<OpaqueRrset> sorted = new TreeSet<>(Objects.requireNonNull(opaque, "opaque"));
    if (sorted.size() != opaque.size()) {
      throw new IllegalArgumentException("zone " + name + " holds an RRSet of unknown type twice");
    }
    opaque = List.copyOf(sorted);
  }

  /** A zone whose RRSets are all of types hzone knows. */
  public ZoneData(String name, OptionalInt defaultTtl, NavigableMap<RrsetKey, Rrset> rrsets) {
    this(name, defaultTtl, rrsets, List.of());
  }

  /**
   * A zone from a collection of RRSets; a later RRSet with the same key replaces an earlier one.
   */
  public static ZoneData of(String name, OptionalInt defaultTtl, Collection<Rrset> rrsets) {
    TreeMap<RrsetKey, Rrset> m = new TreeMap<>();
    for (Rrset r : rrsets) {
      m.put(r.key(), r);
    }
    return new ZoneData(name, defaultTtl, m);
  }

  public Optional<Rrset> get(RrsetKey key) {
    return Optional.ofNullable(rrsets.get(key));
  }

  public Optional<Rrset> get(String name, RecordType type) {
    return get(RrsetKey.of(name, type));
  }

  /** The number of records (not RRSets). */
  public int recordCount() {
    if (rrsets instanceof RrsetTable t) {
      return t.recordCount();
    }
    int n = 0;
    for (Rrset r : rrsets.values()) {
      n += r.records().size();
    }
    return n;
  }

  /**
   * A zone from RRSets as the API lists them: those of known types keyed, the others kept opaque.
   */
  public static ZoneData ofAny(String name, OptionalInt defaultTtl, Collection<AnyRrset> rrsets) {
    TreeMap<RrsetKey, Rrset> m = new TreeMap<>();
    List<OpaqueRrset> opaque = new ArrayList<>();
    for (AnyRrset r : rrsets) {
      if (r instanceof Rrset known) {
        m.put(known.key(), known);
      } else if (r instanceof OpaqueRrset o) {
        opaque.add(o);
      }
    }
    return new ZoneData(name, defaultTtl, m, opaque);
  }

  /** The RRSet of unknown type {@code typeName} at {@code name}, if any. */
  public Optional<OpaqueRrset> opaque(String name, String typeName) {
    OpaqueRrset probe = OpaqueRrset.of(name, typeName, OptionalInt.empty(), List.of());
    for (OpaqueRrset o : opaque) {
      if (o.compareTo(probe) == 0) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  public ZoneData withRrset(Rrset rrset) {
    TreeMap<RrsetKey, Rrset> m = new TreeMap<>(rrsets);
    m.put(rrset.key(), rrset);
    return new ZoneData(name, defaultTtl, m, opaque);
  }

  public ZoneData withoutRrset(RrsetKey key) {
    TreeMap<RrsetKey, Rrset> m = new TreeMap<>(rrsets);
    m.remove(key);
    return new ZoneData(name, defaultTtl, m, opaque);
  }

  public ZoneData withDefaultTtl(OptionalInt ttl) {
    return new ZoneData(name, ttl, rrsets, opaque);
  }

  /** This zone with {@code newOpaque} as its RRSets of unknown types. */
  public ZoneData withOpaque(List<OpaqueRrset> newOpaque) {
    return new ZoneData(name, defaultTtl, rrsets, newOpaque);
  }
}
