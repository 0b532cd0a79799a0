package dev.hzone.zonefile;

/**
 * IPv6 text straight from the file's bytes: parsed as strictly as {@code inet_pton} (one {@code
 * ::}, one to four hex digits a group, an optional dotted-quad tail) and written back in RFC 5952
 * form.
 */
final class Ipv6 {
  private Ipv6() {}

  /** The eight 16-bit groups of the address in {@code b[s,t)}, or null when it is not one. */
  static int[] parse(byte[] b, int s, int t) {
    int[] g = new int[8];
    int n = 0;
    int gap = -1;
    int i = s;
    if (t - s >= 2 && b[s] == ':' && b[s + 1] == ':') {
      gap = 0;
      i += 2;
      if (i == t) {
        return g;
      }
    } else if (i < t && b[i] == ':') {
      return null;
    }
    while (true) {
      int start = i;
      int v = 0;
      while (i < t && i - start < 5 && hex(b[i]) >= 0) {
        v = (v << 4) | hex(b[i]);
        i++;
      }
      if (i < t && b[i] == '.') {
        if (n > 6 || !Addresses.isDottedQuad(b, start, t)) {
          return null;
        }
        int[] q = quad(b, start, t);
        g[n++] = (q[0] << 8) | q[1];
        g[n++] = (q[2] << 8) | q[3];
        break;
      }
      int digits = i - start;
      if (digits == 0 || digits > 4 || n == 8) {
        return null;
      }
      g[n++] = v;
      if (i == t) {
        break;
      }
      if (b[i] != ':') {
        return null;
      }
      i++;
      if (i < t && b[i] == ':') {
        if (gap >= 0) {
          return null;
        }
        gap = n;
        i++;
        if (i == t) {
          break;
        }
      } else if (i == t) {
        return null;
      }
    }
    if (gap < 0) {
      return n == 8 ? g : null;
    }
    if (n == 8) {
      return null;
    }
    int move = n - gap;
    for (int k = 0; k < move; k++) {
      g[7 - k] = g[n - 1 - k];
    }
    for (int k = gap; k < 8 - move; k++) {
      g[k] = 0;
    }
    return g;
  }

  private static int[] quad(byte[] b, int s, int t) {
    int[] q = new int[4];
    int n = 0;
    for (int k = s; k < t; k++) {
      if (b[k] == '.') {
        n++;
      } else {
        q[n] = q[n] * 10 + (b[k] - '0');
      }
    }
    return q;
  }

  private static int hex(byte c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    int l = c | 0x20;
    return l >= 'a' && l <= 'f' ? l - 'a' + 10 : -1;
  }

  /**
   * Writes the groups in RFC 5952 form: lower case, no leading zeros, the longest zero run as
   * {@code ::}.
   */
  static void format(int[] g, StringBuilder sb) {
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
    boolean colon = false;
    for (int k = 0; k < 8; k++) {
      if (k == bestStart) {
        sb.append("::");
        k += bestLen - 1;
        colon = false;
        continue;
      }
      if (colon) {
        sb.append(':');
      }
      appendHex(sb, g[k]);
      colon = true;
    }
  }

  private static void appendHex(StringBuilder sb, int v) {
    boolean started = false;
    for (int shift = 12; shift >= 0; shift -= 4) {
      int d = (v >> shift) & 0xf;
      if (d != 0 || started || shift == 0) {
        sb.append((char) (d < 10 ? '0' + d : 'a' + d - 10));
        started = true;
      }
    }
  }
}
