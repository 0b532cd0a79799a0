package dev.hzone.zonefile;

/**
 * IPv4 and IPv6 address text: strict checks as BIND makes them, IPv6 in its short form (RFC 5952).
 */
final class Addresses {
  private Addresses() {}

  /** Four decimal numbers 0-255 separated by dots, no leading zeros (BIND: "bad dotted quad"). */
  static boolean isDottedQuad(byte[] b, int s, int t) {
    int parts = 0;
    int k = s;
    while (true) {
      int start = k;
      int v = 0;
      while (k < t && b[k] >= '0' && b[k] <= '9') {
        v = v * 10 + (b[k] - '0');
        k++;
        if (k - start > 3) {
          return false;
        }
      }
      int len = k - start;
      if (len == 0 || v > 255 || (len > 1 && b[start] == '0')) {
        return false;
      }
      parts++;
      if (k == t) {
        return parts == 4;
      }
      if (b[k] != '.' || parts == 4) {
        return false;
      }
      k++;
    }
  }

  /**
   * The IPv6 address in token {@code i} in RFC 5952 form (lower case, longest zero run as {@code
   * ::}).
   */
  static void ipv6(Entry e, int i, StringBuilder out) {
    int[] groups = e.quoted[i] || e.escaped[i] ? null : Ipv6.parse(e.data, e.start[i], e.end[i]);
    if (groups == null) {
      throw new ParseProblem("bad IPv6 address '" + e.utf8(i) + "'");
    }
    Ipv6.format(groups, out);
  }

  /** 16 bytes in RFC 5952 form. */
  static String ipv6(byte[] a) {
    int[] g = new int[8];
    for (int k = 0; k < 8; k++) {
      g[k] = ((a[2 * k] & 0xff) << 8) | (a[2 * k + 1] & 0xff);
    }
    StringBuilder sb = new StringBuilder(39);
    Ipv6.format(g, sb);
    return sb.toString();
  }
}
