package dev.hzone.zonefile;

/**
 * TTL text as BIND reads it: a number of seconds, or units such as {@code 1h30m}, {@code 2d},
 * {@code 1W}.
 */
final class Ttls {
  /** The largest TTL: 2^31 - 1 (RFC 2181 section 8). */
  static final long MAX = Integer.MAX_VALUE;

  private Ttls() {}

  /** Whether token {@code i} can only be a TTL here: it starts with a digit. */
  static boolean looksLikeTtl(Entry e, int i) {
    if (e.quoted[i] || e.length(i) == 0) {
      return false;
    }
    byte c = e.data[e.start[i]];
    return c >= '0' && c <= '9';
  }

  /** The TTL in token {@code i}, in seconds. */
  static int parse(Entry e, int i) {
    long total = 0;
    long current = 0;
    boolean digits = false;
    boolean units = false;
    for (int k = e.start[i]; k < e.end[i]; k++) {
      int c = e.data[k];
      if (c >= '0' && c <= '9') {
        current = current * 10 + (c - '0');
        digits = true;
        if (current > 0xFFFFFFFFL) {
          throw range(e, i);
        }
        continue;
      }
      long unit = unit(c);
      if (unit == 0 || !digits) {
        throw new ParseProblem(
            "bad TTL '" + e.utf8(i) + "': use seconds or units like 1h30m (w d h m s)");
      }
      total += current * unit;
      current = 0;
      digits = false;
      units = true;
    }
    if (digits) {
      total += current;
    } else if (!units) {
      throw new ParseProblem("bad TTL '" + e.utf8(i) + "'");
    }
    if (total > MAX) {
      throw range(e, i);
    }
    return (int) total;
  }

  private static ParseProblem range(Entry e, int i) {
    return new ParseProblem(
        "ttl-range", "TTL '" + e.utf8(i) + "' is above the largest TTL, 2147483647");
  }

  private static long unit(int c) {
    switch (c | 0x20) {
      case 'w':
        return 604800;
      case 'd':
        return 86400;
      case 'h':
        return 3600;
      case 'm':
        return 60;
      case 's':
        return 1;
      default:
        return 0;
    }
  }
}
