package dev.hzone.dns;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * A zone as hzone understands it: its name and its RRSets, keyed and ordered by {@link RrsetKey}.
 *
 * @param name the zone name: lower case, no trailing dot, IDN as punycode
 * @param defaultTtl the zone's default TTL ({@code $TTL} in a file, {@code ttl} in the API), if
 *     known
 * @param rrsets the RRSets in canonical order
 */
public record ZoneData(String name, OptionalInt defaultTtl, NavigableMap<RrsetKey, Rrset> rrsets) {

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

  public ZoneData withRrset(Rrset rrset) {
    TreeMap<RrsetKey, Rrset> m = new TreeMap<>(rrsets);
    m.put(rrset.key(), rrset);
    return new ZoneData(name, defaultTtl, m);
  }

  public ZoneData withoutRrset(RrsetKey key) {
    TreeMap<RrsetKey, Rrset> m = new TreeMap<>(rrsets);
    m.remove(key);
    return new ZoneData(name, defaultTtl, m);
  }

  public ZoneData withDefaultTtl(OptionalInt ttl) {
    return new ZoneData(name, ttl, rrsets);
  }
}
