package dev.hzone.dns;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A zone as hzone understands it: its name and its RRSets, keyed and ordered by {@link RrsetKey}.
 *
 * @param name the zone name: lower case, no trailing dot, IDN as punycode
 * @param defaultTtl the zone's default TTL ({@code $TTL} in a file, {@code ttl} in the API), if known
 * @param rrsets the RRSets in canonical order
 */
public record ZoneData(String name, OptionalInt defaultTtl, NavigableMap<RrsetKey, Rrset> rrsets) {

  public ZoneData {
    name = Names.zoneName(Objects.requireNonNull(name, "name"));
    Objects.requireNonNull(defaultTtl, "defaultTtl");
    // A map made by ofSorted is used as it is: nothing else holds it. Any other map is copied.
    TreeMap<RrsetKey, Rrset> own = rrsets instanceof SortedRrsets made ? made : new TreeMap<>(rrsets);
    for (Map.Entry<RrsetKey, Rrset> e : own.entrySet()) {
      if (!e.getKey().equals(e.getValue().key())) {
        throw new IllegalArgumentException("RRSet " + e.getValue().key() + " filed under " + e.getKey());
      }
    }
    rrsets = Collections.unmodifiableNavigableMap(own);
  }

  /**
   * A zone from RRSets already in canonical ({@link RrsetKey}) order, built in linear time without copying:
   * for readers of large zones, which sort once themselves.
   *
   * @throws IllegalArgumentException when the RRSets are not in strictly ascending key order
   */
  public static ZoneData ofSorted(String name, OptionalInt defaultTtl, List<Rrset> sorted) {
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i - 1).key().compareTo(sorted.get(i).key()) >= 0) {
        throw new IllegalArgumentException("RRSets out of order at " + sorted.get(i).key());
      }
    }
    return new ZoneData(name, defaultTtl, new SortedRrsets(new SortedListView(sorted)));
  }

  /** The tree behind a zone made by {@link #ofSorted}; private, so no one else can hold one. */
  private static final class SortedRrsets extends TreeMap<RrsetKey, Rrset> {
    SortedRrsets(SortedMap<RrsetKey, Rrset> sorted) {
      super(sorted);
    }
  }

  /**
   * A sorted list seen as just enough of a {@link SortedMap} for {@link TreeMap#TreeMap(SortedMap)}, which
   * then builds its tree from the entries in order, without comparing them.
   */
  private static final class SortedListView extends AbstractMap<RrsetKey, Rrset>
      implements SortedMap<RrsetKey, Rrset> {
    private final List<Rrset> list;

    SortedListView(List<Rrset> list) {
      this.list = list;
    }

    @Override
    public Comparator<? super RrsetKey> comparator() {
      return null;
    }

    @Override
    public Set<Map.Entry<RrsetKey, Rrset>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<RrsetKey, Rrset>> iterator() {
          Iterator<Rrset> it = list.iterator();
          return new Iterator<>() {
            @Override
            public boolean hasNext() {
              return it.hasNext();
            }

            @Override
            public Map.Entry<RrsetKey, Rrset> next() {
              Rrset r = it.next();
              return new AbstractMap.SimpleImmutableEntry<>(r.key(), r);
            }
          };
        }

        @Override
        public int size() {
          return list.size();
        }
      };
    }

    @Override
    public SortedMap<RrsetKey, Rrset> subMap(RrsetKey from, RrsetKey to) {
      throw new UnsupportedOperationException();
    }

    @Override
    public SortedMap<RrsetKey, Rrset> headMap(RrsetKey to) {
      throw new UnsupportedOperationException();
    }

    @Override
    public SortedMap<RrsetKey, Rrset> tailMap(RrsetKey from) {
      throw new UnsupportedOperationException();
    }

    @Override
    public RrsetKey firstKey() {
      return list.get(0).key();
    }

    @Override
    public RrsetKey lastKey() {
      return list.get(list.size() - 1).key();
    }
  }

  /** A zone from a collection of RRSets; a later RRSet with the same key replaces an earlier one. */
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
