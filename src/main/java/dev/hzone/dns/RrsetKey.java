package dev.hzone.dns;

import java.util.Locale;
import java.util.Objects;

/**
 * Identifies an RRSet in a zone: its name relative to the zone ({@code @} for the apex, lower case,
 * no trailing dot) and its type. Ordered canonically: apex first, then labels compared right to
 * left, then type, so that planners, printers and writers all list RRSets in the same order.
 *
 * @param name relative owner name, {@code @} for the apex
 * @param type the record type
 */
public record RrsetKey(String name, RecordType type) implements Comparable<RrsetKey> {

  /** The apex name in the API's relative form. */
  public static final String APEX = "@";

  public RrsetKey {
    Objects.requireNonNull(type, "type");
    name = normalise(Objects.requireNonNull(name, "name"));
  }

  /** A key from a relative name as the API writes it ({@code www}, {@code @}, {@code *.dev}). */
  public static RrsetKey of(String name, RecordType type) {
    return new RrsetKey(name, type);
  }

  /** The API's RRSet id, {@code name/type}. */
  public String id() {
    return name + "/" + type.name();
  }

  /** Parses an API RRSet id such as {@code www/A} or {@code @/MX}. */
  public static RrsetKey fromId(String id) {
    int slash = id.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("RRSet id '" + id + "' has no '/'");
    }
    RecordType type =
        RecordType.fromText(id.substring(slash + 1))
            .orElseThrow(
                () -> new IllegalArgumentException("unsupported type in RRSet id '" + id + "'"));
    return new RrsetKey(id.substring(0, slash), type);
  }

  public boolean isApex() {
    return APEX.equals(name);
  }

  /** The absolute owner name with a trailing dot, in the zone {@code zone} (no trailing dot). */
  public String absoluteName(String zone) {
    return isApex() ? zone + "." : name + "." + zone + ".";
  }

  /** The name in key form: lower case, {@code @} for the apex; refuses an absolute name. */
  static String normalise(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.isEmpty() || n.equals(".")) {
      return APEX;
    }
    if (n.endsWith(".") && !n.endsWith("\\.")) {
      throw new IllegalArgumentException("RRSet name '" + name + "' must be relative to the zone");
    }
    return n;
  }

  @Override
  public int compareTo(RrsetKey o) {
    int c = compareNames(name, o.name);
    return c != 0 ? c : Integer.compare(type.code(), o.type.code());
  }

  /**
   * Compares relative names (lower case, {@code @} for the apex) in the order of {@link
   * #compareTo}: label by label from the right, the apex first. Allocation-free, for sorting large
   * zones by name.
   */
  public static int compareNames(String a, String b) {
    if (a == b) {
      return 0;
    }
    boolean apexA = a.length() == 1 && a.charAt(0) == '@';
    boolean apexB = b.length() == 1 && b.charAt(0) == '@';
    if (apexA || apexB) {
      return apexA == apexB ? 0 : apexA ? -1 : 1;
    }
    int ea = a.length();
    int eb = b.length();
    while (true) {
      int sa = ea == 0 ? -1 : a.lastIndexOf('.', ea - 1);
      int sb = eb == 0 ? -1 : b.lastIndexOf('.', eb - 1);
      if (sa < 0 && sb < 0 && ea == a.length() && eb == b.length()) {
        return a.compareTo(b); // single labels, the common case: one intrinsic comparison
      }
      int c = compareRegion(a, sa + 1, ea, b, sb + 1, eb);
      if (c != 0) {
        return c;
      }
      if (sa < 0 || sb < 0) {
        return Boolean.compare(sa >= 0, sb >= 0);
      }
      ea = sa;
      eb = sb;
    }
  }

  /**
   * Eight bytes of a name in the order of {@link #compareNames}, as a number: bytes {@code 8 *
   * word} to {@code 8 * word + 7} of the labels from the right, each followed by a 0 byte (a
   * label's end sorts before any character), padded with 0 bytes. Where two names' words differ
   * (word 0 first, then word 1...), {@link Long#compareUnsigned} orders them as {@link
   * #compareNames} does; where all equal, only {@link #compareNames} can tell. A sort of many names
   * compares these first, which settles most comparisons without walking labels character by
   * character.
   */
  public static long orderPrefix(String name, int word) {
    if (name.length() == 1 && name.charAt(0) == '@') {
      return 0; // the apex comes first
    }
    // A character that does not fit a byte from 1 to 254 ends what the bytes can say: 0 (which
    // sorts
    // after a label's end) is followed by 0xff bytes, a larger one is 0xff followed by 0xff bytes,
    // so that the words never order two names against compareNames.
    int skip = 8 * word;
    long key = 0;
    int n = 0;
    int pos = 0;
    int end = name.length();
    while (true) {
      int start = end == 0 ? -1 : name.lastIndexOf('.', end - 1);
      for (int i = start + 1; i < end; i++) {
        char c = name.charAt(i);
        boolean stop = c == 0 || c >= 0xff;
        if (pos++ >= skip) {
          key = (key << 8) | (stop && c != 0 ? 0xff : c);
          if (++n == 8) {
            return key;
          }
        }
        if (stop) {
          for (; n < 8; n++) {
            key = (key << 8) | 0xff;
          }
          return key;
        }
      }
      if (start < 0) {
        return n == 0 ? 0 : key << (8 * (8 - n));
      }
      if (pos++ >= skip) {
        key <<= 8; // the label's end
        if (++n == 8) {
          return key;
        }
      }
      end = start;
    }
  }

  /** {@link String#compareTo} on the regions {@code a[as,ae)} and {@code b[bs,be)}. */
  private static int compareRegion(String a, int as, int ae, String b, int bs, int be) {
    int la = ae - as;
    int lb = be - bs;
    int n = Math.min(la, lb);
    for (int k = 0; k < n; k++) {
      char ca = a.charAt(as + k);
      char cb = b.charAt(bs + k);
      if (ca != cb) {
        return ca - cb;
      }
    }
    return la - lb;
  }

  @Override
  public String toString() {
    return id();
  }
}
