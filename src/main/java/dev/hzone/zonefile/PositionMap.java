package dev.hzone.zonefile;

import dev.hzone.dns.RrsetKey;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable map from RRSet keys to positions, held as sorted arrays (positions are made when asked for):
 * a fraction of the memory of a hash map of a million RRSets, and no second copy when {@link ParsedZone}
 * keeps it.
 */
final class PositionMap extends AbstractMap<RrsetKey, SourcePosition> {
  private final RrsetKey[] keys;
  private final String[] files;
  private final int[] lines;

  /** @param keys in {@link RrsetKey} order, no duplicates; files and lines at the same index */
  PositionMap(RrsetKey[] keys, String[] files, int[] lines) {
    this.keys = keys;
    this.files = files;
    this.lines = lines;
  }

  @Override
  public SourcePosition get(Object key) {
    if (!(key instanceof RrsetKey k)) {
      return null;
    }
    int i = Arrays.binarySearch(keys, k);
    return i >= 0 ? new SourcePosition(files[i], lines[i]) : null;
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public Set<Entry<RrsetKey, SourcePosition>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<RrsetKey, SourcePosition>> iterator() {
        return new Iterator<>() {
          private int i;

          @Override
          public boolean hasNext() {
            return i < keys.length;
          }

          @Override
          public Entry<RrsetKey, SourcePosition> next() {
            if (i >= keys.length) {
              throw new NoSuchElementException();
            }
            int k = i++;
            return new SimpleImmutableEntry<>(keys[k], new SourcePosition(files[k], lines[k]));
          }
        };
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }
}
