package dev.hzone.zonefile;

import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.RrsetTable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable map from RRSet keys to positions, held as arrays beside the zone's {@link
 * RrsetTable} (keys and positions are made when asked for): a fraction of the memory of a hash map
 * of a million RRSets, and no second copy when {@link ParsedZone} keeps it.
 */
final class PositionMap extends AbstractMap<RrsetKey, SourcePosition> {
  private final RrsetTable keys;
  private final String[] files;
  private final int[] lines;

  /**
   * @param files and lines of the RRSet at the same index of {@code keys} (the arrays may be
   *     longer)
   */
  PositionMap(RrsetTable keys, String[] files, int[] lines) {
    this.keys = keys;
    this.files = files;
    this.lines = lines;
  }

  @Override
  public SourcePosition get(Object key) {
    if (!(key instanceof RrsetKey k)) {
      return null;
    }
    int i = keys.indexOf(k);
    return i >= 0 ? new SourcePosition(files[i], lines[i]) : null;
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public int size() {
    return keys.size();
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
            return i < keys.size();
          }

          @Override
          public Entry<RrsetKey, SourcePosition> next() {
            if (i >= keys.size()) {
              throw new NoSuchElementException();
            }
            int k = i++;
            return new SimpleImmutableEntry<>(
                keys.keyAt(k), new SourcePosition(files[k], lines[k]));
          }
        };
      }

      @Override
      public int size() {
        return keys.size();
      }
    };
  }
}
