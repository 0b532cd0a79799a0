package dev.hzone.dns;

/**
 * Raw punycode (RFC 3492) for one label, without IDNA 2003's mapping: {@code ß} stays a letter of
 * its own ({@code straße} is {@code xn--strae-oqa}, not {@code strasse}), as IDNA 2008 and the
 * hcloud CLI's "punycode" profile have it.
 */
final class Punycode {
  private static final int BASE = 36;
  private static final int TMIN = 1;
  private static final int TMAX = 26;
  private static final int SKEW = 38;
  private static final int DAMP = 700;
  private static final int INITIAL_BIAS = 72;
  private static final int INITIAL_N = 128;

  private Punycode() {}

  /** The encoded label without the {@code xn--} prefix. */
  static String encode(String label) {
    int[] cps = label.codePoints().toArray();
    StringBuilder out = new StringBuilder();
    for (int cp : cps) {
      if (cp < 0x80) {
        out.append((char) cp);
      }
    }
    int basic = out.length();
    int handled = basic;
    if (basic > 0) {
      out.append('-');
    }
    int n = INITIAL_N;
    int delta = 0;
    int bias = INITIAL_BIAS;
    while (handled < cps.length) {
      int m = Integer.MAX_VALUE;
      for (int cp : cps) {
        if (cp >= n && cp < m) {
          m = cp;
        }
      }
      delta += (m - n) * (handled + 1);
      n = m;
      for (int cp : cps) {
        if (cp < n) {
          delta++;
        }
        if (cp == n) {
          int q = delta;
          for (int k = BASE; ; k += BASE) {
            int t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
            if (q < t) {
              break;
            }
            out.append(digit(t + (q - t) % (BASE - t)));
            q = (q - t) / (BASE - t);
          }
          out.append(digit(q));
          bias = adapt(delta, handled + 1, handled == basic);
          delta = 0;
          handled++;
        }
      }
      delta++;
      n++;
    }
    return out.toString();
  }

  private static char digit(int d) {
    return (char) (d < 26 ? 'a' + d : '0' + d - 26);
  }

  private static int adapt(int delta, int numPoints, boolean first) {
    delta = first ? delta / DAMP : delta / 2;
    delta += delta / numPoints;
    int k = 0;
    while (delta > ((BASE - TMIN) * TMAX) / 2) {
      delta /= BASE - TMIN;
      k += BASE;
    }
    return k + (BASE - TMIN + 1) * delta / (delta + SKEW);
  }
}
