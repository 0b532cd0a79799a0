package dev.hzone.zonefile;

import org.xbill.DNS.Address;

/** IPv4 and IPv6 address text: strict checks as BIND makes them, IPv6 in its short form (RFC 5952). */
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

  /** The IPv6 address in token {@code i} in RFC 5952 form (lower case, longest zero run as {@code ::}). */
  static String ipv6(Entry e, int i) {
    byte[] addr = e.quoted[i] || e.escaped[i] ? null : Address.toByteArray(e.text(i), Address.IPv6);
    if (addr == null) {
      throw new ParseProblem("bad IPv6 address '" + e.utf8(i) + "'");
    }
    return ipv6(addr);
  }

  /** 16 bytes in RFC 5952 form. */
  static String ipv6(byte[] a) {
    int[] g = new int[8];
    for (int k = 0; k < 8; k++) {
      g[k] = ((a[2 * k] & 0xff) << 8) | (a[2 * k + 1] & 0xff);
    }
    int bestStart = -1;
    int bestLen = 1;
    for (int k = 0; k < 8; ) {
      if (g[k] != 0) {
        k++;
        continue;
      }
      int j = k;
      while (j < 8 && g[j] == 0) {
        j++;
      }
      if (j - k > bestLen) {
        bestStart = k;
        bestLen = j - k;
      }
      k = j;
    }
    StringBuilder sb = new StringBuilder(39);
    for (int k = 0; k < 8; k++) {
      if (k == bestStart) {
        sb.append("::");
        k += bestLen - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
        sb.append(':');
      }
      sb.append(Integer.toHexString(g[k]));
    }
    return sb.toString();
  }
}
