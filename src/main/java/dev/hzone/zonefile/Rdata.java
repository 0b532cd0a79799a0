package dev.hzone.zonefile;

import java.io.ByteArrayOutputStream;

/** Small helpers on RDATA tokens: numbers, character-strings and text for dnsjava. */
final class Rdata {
  private Rdata() {}

  /** An unsigned decimal of at most {@code max}; {@code what} names the field in the error. */
  static long number(Entry e, int i, long max, String what) {
    int s = e.start[i];
    int t = e.end[i];
    if (e.quoted[i] || t == s || t - s > 10) {
      throw new ParseProblem("bad " + what + " '" + e.utf8(i) + "': expected a number 0.." + max);
    }
    long v = 0;
    for (int k = s; k < t; k++) {
      int d = e.data[k] - '0';
      if (d < 0 || d > 9) {
        throw new ParseProblem("bad " + what + " '" + e.utf8(i) + "': expected a number 0.." + max);
      }
      v = v * 10 + d;
    }
    if (v > max) {
      throw new ParseProblem(what + " " + v + " is out of range 0.." + max);
    }
    return v;
  }

  /**
   * The bytes a character-string token stands for: escapes resolved ({@code \X} is X, {@code \DDD}
   * the byte DDD), other bytes as they are in the file (UTF-8 stays UTF-8).
   */
  static byte[] bytes(Entry e, int i) {
    int s = e.start[i];
    int t = e.end[i];
    if (!e.escaped[i]) {
      byte[] out = new byte[t - s];
      System.arraycopy(e.data, s, out, 0, out.length);
      return out;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(t - s);
    byte[] b = e.data;
    for (int k = s; k < t; k++) {
      if (b[k] != '\\') {
        out.write(b[k]);
        continue;
      }
      k++;
      if (k + 2 < t && isDigit(b[k]) && isDigit(b[k + 1]) && isDigit(b[k + 2])) {
        int v = (b[k] - '0') * 100 + (b[k + 1] - '0') * 10 + (b[k + 2] - '0');
        if (v > 255) {
          throw new ParseProblem(
              "escape \\" + (char) b[k] + (char) b[k + 1] + (char) b[k + 2] + " is above \\255");
        }
        out.write(v);
        k += 2;
      } else if (isDigit(b[k])) {
        throw new ParseProblem(
            "bad escape in '" + e.utf8(i) + "': \\ and a digit need three digits (\\DDD)");
      } else {
        out.write(b[k]);
      }
    }
    return out.toByteArray();
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Token content (no quotes) in ASCII, bytes above 0x7f as {@code \DDD}: safe to give to dnsjava.
   */
  static String asciiText(Entry e, int i) {
    return ascii(e.data, e.start[i], e.end[i], new StringBuilder()).toString();
  }

  /**
   * The RDATA text of tokens {@code from..count-1} as written (quotes kept, tokens that touched in
   * the file still touching), in ASCII with bytes above 0x7f as {@code \DDD}. Tokens whose
   * positions are set in {@code names} and that hold Unicode are converted to punycode first.
   */
  static String rawText(Entry e, int from, long names) {
    return rawText(e, from, names, e.count);
  }

  /** As {@link #rawText(Entry, int, long)} for tokens {@code from..to-1}. */
  static String rawText(Entry e, int from, long names, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from && e.rawStart[i] > e.rawEnd[i - 1]) {
        sb.append(' ');
      }
      int field = i - from;
      if (field < 64
          && (names & (1L << field)) != 0
          && e.nonAscii[i]
          && !e.escaped[i]
          && !e.quoted[i]) {
        sb.append(NameReader.punycode(e.utf8(i)));
      } else {
        ascii(e.data, e.rawStart[i], e.rawEnd[i], sb);
      }
    }
    return sb.toString();
  }

  private static StringBuilder ascii(byte[] b, int s, int t, StringBuilder sb) {
    for (int k = s; k < t; k++) {
      int c = b[k] & 0xff;
      if (c < 0x80) {
        sb.append((char) c);
      } else {
        sb.append('\\').append(c / 100).append(c / 10 % 10).append(c % 10);
      }
    }
    return sb;
  }
}
