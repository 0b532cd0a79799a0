package dev.hzone.zonefile;

import dev.hzone.dns.RrsetKey;
import java.util.Arrays;

/**
 * Puts a large number of RRSets into {@link RrsetKey} order fast: sorts once, in parallel, on a byte key
 * that compares like {@link RrsetKey#compareTo} but with one vectorised array comparison. Inserting a
 * million keys into a tree one by one costs more than parsing the file.
 */
final class CanonicalOrder {
  private CanonicalOrder() {}

  /** An RRSet being read, with its sort key. */
  record Item(byte[] sortKey, RrsetAccumulator acc) {}

  static Item item(RrsetAccumulator acc) {
    return new Item(sortKey(acc.key), acc);
  }

  /**
   * Labels right to left joined by byte 1, then byte 0 and the type's code in two bytes: compared unsigned,
   * byte by byte, this orders exactly as {@link RrsetKey#compareTo} orders keys, because both split names at
   * every dot, byte 1 sorts below every character a label holds in presentation form (control characters
   * are escaped there), and byte 0 below byte 1, so a name whose labels run out sorts first. Names are ASCII
   * in presentation form (IDN is punycode), one byte per character.
   */
  static byte[] sortKey(RrsetKey key) {
    String name = key.name();
    int n = key.isApex() ? 0 : name.length();
    byte[] out = new byte[n + 3];
    int o = 0;
    int end = n;
    while (end > 0) {
      int dot = name.lastIndexOf('.', end - 1);
      for (int k = dot + 1; k < end; k++) {
        out[o++] = (byte) name.charAt(k);
      }
      if (dot < 0) {
        break;
      }
      out[o++] = 1;
      end = dot;
    }
    int code = key.type().code();
    out[o++] = 0;
    out[o++] = (byte) (code >> 8);
    out[o] = (byte) code;
    return out;
  }

  /** Sorts {@code items} in place into canonical order; stable, so equal keys stay in file order. */
  static void sort(Item[] items) {
    Arrays.parallelSort(items, (a, b) -> Arrays.compareUnsigned(a.sortKey(), b.sortKey()));
  }

  /** Whether two items are the same RRSet. */
  static boolean sameKey(Item a, Item b) {
    return Arrays.equals(a.sortKey(), b.sortKey());
  }
}
