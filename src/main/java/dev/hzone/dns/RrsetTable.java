package dev.hzone.dns;

import java.nio.charset.StandardCharsets;
import java.util.AbstractCollection;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import java.util.RandomAccess;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A zone's RRSets held column by column, in {@link RrsetKey} order: a few arrays and the records'
 * text as UTF-8 in one byte array, instead of six or seven objects per RRSet and record. It is what
 * a reader of a zone of a million records keeps (a third of the memory of a tree of {@link Rrset}
 * objects); the {@link Rrset}s, keys and {@link RecordValue}s are made when asked for, and equal
 * those of any other map.
 *
 * <p>Immutable. The navigation views ({@link #subMap}, {@link #headMap}, {@link #descendingMap}...)
 * are copies into a {@link TreeMap}, made per call: zones this large are read, checked and compared
 * by key. Build one with {@link #builder}; {@link ZoneData} keeps it without copying.
 */
public final class RrsetTable extends AbstractMap<RrsetKey, Rrset>
    implements NavigableMap<RrsetKey, Rrset> {
  private static final RecordType[] TYPES = RecordType.values();
  private static final int NO_TTL = -1;

  private final int size;
  private final String[] names;
  private final byte[] types;
  private final int[] ttls;

  /** The records of RRSet {@code i} are {@code first[i]} to {@code first[i + 1] - 1}. */
  private final int[] first;

  private final byte[][] texts;

  /**
   * Record {@code r}: value {@code texts[text[r]][valueStart[r], commentStart[r])}, comment up to
   * {@code end[r]}.
   */
  private final byte[] text;

  private final int[] valueStart;
  private final int[] commentStart;
  private final int[] end;

  private RrsetTable(Builder b) {
    // The builder's arrays as they are: copying them to size would hold both for a moment, at the
    // peak.
    size = b.size;
    names = b.names;
    types = b.types;
    ttls = b.ttls;
    first = b.first;
    first[size] = b.records;
    texts = b.texts;
    text = b.text;
    valueStart = b.valueStart;
    commentStart = b.commentStart;
    end = b.end;
  }

  /**
   * A builder of a table whose values and comments are UTF-8 text in {@code texts} (at most 127
   * arrays, say one per part of a file read in parallel). The table keeps the arrays as they are:
   * do not change them afterwards.
   *
   * @param expectedRrsets about how many RRSets there will be, to size the arrays once
   * @param expectedRecords about how many records
   */
  public static Builder builder(List<byte[]> texts, int expectedRrsets, int expectedRecords) {
    if (texts.size() > Byte.MAX_VALUE) {
      throw new IllegalArgumentException("more than " + Byte.MAX_VALUE + " text arrays");
    }
    return new Builder(texts.toArray(byte[][]::new), expectedRrsets, expectedRecords);
  }

  /** Collects RRSets in ascending key order, each followed by its records. */
  public static final class Builder {
    private final byte[][] texts;
    private int size;
    private int records;
    private String[] names;
    private byte[] types;
    private int[] ttls;
    private int[] first;
    private byte[] text;
    private int[] valueStart;
    private int[] commentStart;
    private int[] end;

    private Builder(byte[][] texts, int expectedRrsets, int expectedRecords) {
      this.texts = texts;
      int n = Math.max(4, expectedRrsets);
      names = new String[n];
      types = new byte[n];
      ttls = new int[n];
      first = new int[n + 1];
      int m = Math.max(4, expectedRecords);
      text = new byte[m];
      valueStart = new int[m];
      commentStart = new int[m];
      end = new int[m];
    }

    /**
     * Starts the next RRSet; its records follow with {@link #record}.
     *
     * @param name relative owner name as {@link RrsetKey} takes it
     * @throws IllegalArgumentException when it does not come after the previous RRSet in key order,
     *     or the previous RRSet has no records
     */
    public Builder rrset(String name, RecordType type, OptionalInt ttl) {
      String n = RrsetKey.of(name, type).name();
      if (size > 0) {
        if (first[size - 1] == records) {
          throw new IllegalArgumentException(
              "RRSet " + names[size - 1] + "/" + TYPES[types[size - 1]] + " has no records");
        }
        int c = RrsetKey.compareNames(names[size - 1], n);
        if (c > 0 || c == 0 && TYPES[types[size - 1]].code() >= type.code()) {
          throw new IllegalArgumentException("RRSets out of order at " + n + "/" + type);
        }
      }
      if (ttl.isPresent() && ttl.getAsInt() < 0) {
        throw new IllegalArgumentException("negative TTL " + ttl.getAsInt());
      }
      if (size == names.length) {
        int c = size * 2;
        names = Arrays.copyOf(names, c);
        types = Arrays.copyOf(types, c);
        ttls = Arrays.copyOf(ttls, c);
        first = Arrays.copyOf(first, c + 1);
      }
      names[size] = n;
      types[size] = (byte) type.ordinal();
      ttls[size] = ttl.orElse(NO_TTL);
      first[size] = records;
      size++;
      return this;
    }

    /**
     * Adds a record to the current RRSet: its value is {@code texts[text][valueStart,
     * commentStart)}, its comment {@code texts[text][commentStart, end)} (empty when it has none),
     * both UTF-8.
     */
    public Builder record(int text, int valueStart, int commentStart, int end) {
      if (size == 0) {
        throw new IllegalStateException("a record before any RRSet");
      }
      if (valueStart < 0
          || valueStart > commentStart
          || commentStart > end
          || end > texts[text].length) {
        throw new IndexOutOfBoundsException(
            "record text " + valueStart + ".." + commentStart + ".." + end);
      }
      if (records == this.valueStart.length) {
        int c = records * 2;
        this.text = Arrays.copyOf(this.text, c);
        this.valueStart = Arrays.copyOf(this.valueStart, c);
        this.commentStart = Arrays.copyOf(this.commentStart, c);
        this.end = Arrays.copyOf(this.end, c);
      }
      this.text[records] = (byte) text;
      this.valueStart[records] = valueStart;
      this.commentStart[records] = commentStart;
      this.end[records] = end;
      records++;
      return this;
    }

    /** The table; the builder is not to be used afterwards. */
    public RrsetTable build() {
      if (size > 0 && first[size - 1] == records) {
        throw new IllegalArgumentException(
            "RRSet " + names[size - 1] + "/" + TYPES[types[size - 1]] + " has no records");
      }
      return new RrsetTable(this);
    }
  }

  /** The number of records (not RRSets). */
  public int recordCount() {
    return first[size];
  }

  /**
   * The position of {@code key} in key order, or {@code -(insertion point) - 1} as {@link
   * Arrays#binarySearch}.
   */
  public int indexOf(RrsetKey key) {
    int code = key.type().code();
    int lo = 0;
    int hi = size - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = RrsetKey.compareNames(names[mid], key.name());
      if (c == 0) {
        c = Integer.compare(TYPES[types[mid]].code(), code);
      }
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -(lo + 1);
  }

  /** The key of the RRSet at {@code i} in key order. */
  public RrsetKey keyAt(int i) {
    return new RrsetKey(names[i], TYPES[types[i]]);
  }

  /** The RRSet at {@code i} in key order. */
  public Rrset rrsetAt(int i) {
    return rrsetAt(i, keyAt(i));
  }

  private Rrset rrsetAt(int i, RrsetKey key) {
    int ttl = ttls[i];
    return Rrset.of(
        key,
        ttl == NO_TTL ? OptionalInt.empty() : OptionalInt.of(ttl),
        new Records(this, first[i], first[i + 1]));
  }

  private String decode(int r, int from, int to) {
    return from == to ? "" : new String(texts[text[r]], from, to - from, StandardCharsets.UTF_8);
  }

  /** The records of one RRSet, made when read. */
  static final class Records extends AbstractList<RecordValue> implements RandomAccess {
    private final RrsetTable table;
    private final int from;
    private final int to;

    Records(RrsetTable table, int from, int to) {
      this.table = table;
      this.from = from;
      this.to = to;
    }

    @Override
    public RecordValue get(int index) {
      if (index < 0 || index >= to - from) {
        throw new IndexOutOfBoundsException(index);
      }
      int r = from + index;
      return new RecordValue(
          table.decode(r, table.valueStart[r], table.commentStart[r]),
          table.decode(r, table.commentStart[r], table.end[r]));
    }

    @Override
    public int size() {
      return to - from;
    }
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public Rrset get(Object key) {
    if (!(key instanceof RrsetKey k)) {
      return null;
    }
    int i = indexOf(k);
    return i >= 0 ? rrsetAt(i, k) : null;
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof RrsetKey k && indexOf(k) >= 0;
  }

  @Override
  public Set<Map.Entry<RrsetKey, Rrset>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<RrsetKey, Rrset>> iterator() {
        return new Cursor<>(0, 1) {
          @Override
          Map.Entry<RrsetKey, Rrset> at(int i) {
            return entry(i);
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  @Override
  public Collection<Rrset> values() {
    return new AbstractCollection<>() {
      @Override
      public Iterator<Rrset> iterator() {
        return new Cursor<>(0, 1) {
          @Override
          Rrset at(int i) {
            return rrsetAt(i);
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  @Override
  public Set<RrsetKey> keySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<RrsetKey> iterator() {
        return new Cursor<>(0, 1) {
          @Override
          RrsetKey at(int i) {
            return keyAt(i);
          }
        };
      }

      @Override
      public boolean contains(Object o) {
        return containsKey(o);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /** Walks the indices from {@code start} by {@code step} (1 or -1) while inside the table. */
  private abstract class Cursor<T> implements Iterator<T> {
    private int i;
    private final int step;

    Cursor(int start, int step) {
      this.i = start;
      this.step = step;
    }

    abstract T at(int index);

    @Override
    public boolean hasNext() {
      return i >= 0 && i < size;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      T t = at(i);
      i += step;
      return t;
    }
  }

  private Map.Entry<RrsetKey, Rrset> entry(int i) {
    if (i < 0 || i >= size) {
      return null;
    }
    Rrset r = rrsetAt(i);
    return new AbstractMap.SimpleImmutableEntry<>(r.key(), r);
  }

  private RrsetKey key(int i) {
    return i >= 0 && i < size ? keyAt(i) : null;
  }

  /** The index of the first key at or above {@code key} (strictly above when {@code strict}). */
  private int ceiling(RrsetKey key, boolean strict) {
    int i = indexOf(key);
    return i >= 0 ? (strict ? i + 1 : i) : -i - 1;
  }

  /** The index of the last key at or below {@code key} (strictly below when {@code strict}). */
  private int floor(RrsetKey key, boolean strict) {
    int i = indexOf(key);
    return i >= 0 ? (strict ? i - 1 : i) : -i - 2;
  }

  @Override
  public Comparator<? super RrsetKey> comparator() {
    return null;
  }

  @Override
  public RrsetKey firstKey() {
    if (size == 0) {
      throw new NoSuchElementException();
    }
    return keyAt(0);
  }

  @Override
  public RrsetKey lastKey() {
    if (size == 0) {
      throw new NoSuchElementException();
    }
    return keyAt(size - 1);
  }

  @Override
  public Map.Entry<RrsetKey, Rrset> firstEntry() {
    return entry(0);
  }

  @Override
  public Map.Entry<RrsetKey, Rrset> lastEntry() {
    return entry(size - 1);
  }

  @Override
  public Map.Entry<RrsetKey, Rrset> lowerEntry(RrsetKey key) {
    return entry(floor(key, true));
  }

  @Override
  public RrsetKey lowerKey(RrsetKey key) {
    return key(floor(key, true));
  }

  @Override
  public Map.Entry<RrsetKey, Rrset> floorEntry(RrsetKey key) {
    return entry(floor(key, false));
  }

  @Override
  public RrsetKey floorKey(RrsetKey key) {
    return key(floor(key, false));
  }

  @Override
  public Map.Entry<RrsetKey, Rrset> ceilingEntry(RrsetKey key) {
    return entry(ceiling(key, false));
  }

  @Override
  public RrsetKey ceilingKey(RrsetKey key) {
    return key(ceiling(key, false));
  }

  @Override
  public Map.Entry<RrsetKey, Rrset> higherEntry(RrsetKey key) {
    return entry(ceiling(key, true));
  }

  @Override
  public RrsetKey higherKey(RrsetKey key) {
    return key(ceiling(key, true));
  }

  @Override
  public Map.Entry<RrsetKey, Rrset> pollFirstEntry() {
    throw new UnsupportedOperationException("immutable");
  }

  @Override
  public Map.Entry<RrsetKey, Rrset> pollLastEntry() {
    throw new UnsupportedOperationException("immutable");
  }

  /** A copy as a tree, for the navigation views. */
  private NavigableMap<RrsetKey, Rrset> tree() {
    return java.util.Collections.unmodifiableNavigableMap(new TreeMap<>(this));
  }

  @Override
  public NavigableMap<RrsetKey, Rrset> descendingMap() {
    return tree().descendingMap();
  }

  @Override
  public NavigableSet<RrsetKey> navigableKeySet() {
    return tree().navigableKeySet();
  }

  @Override
  public NavigableSet<RrsetKey> descendingKeySet() {
    return tree().descendingKeySet();
  }

  @Override
  public NavigableMap<RrsetKey, Rrset> subMap(
      RrsetKey fromKey, boolean fromInclusive, RrsetKey toKey, boolean toInclusive) {
    return tree().subMap(fromKey, fromInclusive, toKey, toInclusive);
  }

  @Override
  public NavigableMap<RrsetKey, Rrset> headMap(RrsetKey toKey, boolean inclusive) {
    return tree().headMap(toKey, inclusive);
  }

  @Override
  public NavigableMap<RrsetKey, Rrset> tailMap(RrsetKey fromKey, boolean inclusive) {
    return tree().tailMap(fromKey, inclusive);
  }

  @Override
  public SortedMap<RrsetKey, Rrset> subMap(RrsetKey fromKey, RrsetKey toKey) {
    return subMap(fromKey, true, toKey, false);
  }

  @Override
  public SortedMap<RrsetKey, Rrset> headMap(RrsetKey toKey) {
    return headMap(toKey, false);
  }

  @Override
  public SortedMap<RrsetKey, Rrset> tailMap(RrsetKey fromKey) {
    return tailMap(fromKey, true);
  }
}
