package dev.hzone.zonefile;

import dev.hzone.dns.Names;
import java.nio.charset.StandardCharsets;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;

/**
 * Reads domain names from tokens: {@code @}, relative and absolute names, escapes, and IDN (Unicode
 * names become punycode, as the API requires). Plain ASCII names, nearly all of them, are checked
 * and converted on the bytes without dnsjava; names with escapes go through dnsjava's {@link Name}.
 */
final class NameReader {
  /** Longest presentation form of an absolute name without escapes: 255 octets on the wire. */
  static final int MAX_ABS_LENGTH = 254;

  private final String zoneAbs;

  /**
   * @param zoneAbs the zone's absolute name, lower case with trailing dot
   */
  NameReader(String zoneAbs) {
    this.zoneAbs = zoneAbs;
  }

  String zoneAbs() {
    return zoneAbs;
  }

  /**
   * The owner name in token {@code i} relative to the zone, lower case ({@code @} for the apex).
   *
   * @throws ParseProblem when the name is malformed or lies outside the zone
   */
  String owner(Entry e, int i, Origin origin) {
    if (!e.escaped[i] && !e.nonAscii[i] && !e.quoted[i] && origin.rel != null) {
      int s = e.start[i];
      int len = e.end[i] - s;
      byte last = e.data[e.end[i] - 1];
      boolean at = len == 1 && last == '@';
      if (!at && last != '.') {
        checkLabels(e.data, s, e.end[i], false);
        if (len + 1 + origin.abs.length() > MAX_ABS_LENGTH) {
          throw new ParseProblem(
              "name '" + e.text(i) + "." + origin.abs + "' is longer than 255 octets");
        }
        String lower = lowerAscii(e.data, s, len);
        return origin.rel.isEmpty() ? lower : lower + "." + origin.rel;
      }
    }
    String abs = absolute(e, i, origin, true);
    String rel = Origin.relative(abs, zoneAbs);
    if (rel == null) {
      throw new ParseProblem(
          "out-of-zone",
          "owner name '"
              + abs
              + "' is outside the zone "
              + zoneAbs
              + " (an owner must be the zone or a name below it)");
    }
    return rel.isEmpty() ? "@" : rel;
  }

  /**
   * The name in token {@code i} as an absolute presentation name with trailing dot, IDN as
   * punycode.
   *
   * @param lower lower-case it (owner names); values keep the case they were written in
   */
  String absolute(Entry e, int i, Origin origin, boolean lower) {
    if (e.quoted[i]) {
      throw new ParseProblem(
          "expected a domain name, found the quoted string \"" + e.utf8(i) + "\"");
    }
    String abs;
    if (e.escaped[i]) {
      abs = viaDnsjava(Rdata.asciiText(e, i), origin);
    } else {
      String t = e.nonAscii[i] ? punycode(e.utf8(i)) : e.text(i);
      if (t.equals("@")) {
        return origin.abs;
      }
      byte[] b = t.getBytes(StandardCharsets.ISO_8859_1);
      boolean absolute = b[b.length - 1] == '.';
      if (!(b.length == 1 && absolute)) {
        checkLabels(b, 0, b.length, absolute);
      }
      abs = absolute ? t : origin.abs.equals(".") ? t + "." : t + "." + origin.abs;
      if (abs.length() > MAX_ABS_LENGTH) {
        throw new ParseProblem("name '" + abs + "' is longer than 255 octets");
      }
    }
    return lower ? abs.toLowerCase(java.util.Locale.ROOT) : abs;
  }

  /** An origin from a {@code $ORIGIN} or {@code $INCLUDE} argument, relative to the current one. */
  Origin origin(Entry e, int i, Origin current) {
    return Origin.of(absolute(e, i, current, true), zoneAbs);
  }

  private static String viaDnsjava(String text, Origin origin) {
    try {
      return Name.fromString(text, origin.name()).toString();
    } catch (TextParseException e) {
      throw new ParseProblem("bad name '" + text + "': " + e.getMessage());
    }
  }

  /** A Unicode name in punycode ({@link Names#toAscii}: lower case, no IDNA 2003 mapping). */
  static String punycode(String unicode) {
    try {
      return Names.toAscii(unicode);
    } catch (IllegalArgumentException ex) {
      throw new ParseProblem(
          "name '" + unicode + "' cannot be converted to punycode: " + ex.getMessage());
    }
  }

  /**
   * Checks labels in {@code b[s,t)}: none empty, none longer than 63 octets. {@code absolute}: the
   * last byte is the root's dot.
   */
  static void checkLabels(byte[] b, int s, int t, boolean absolute) {
    int end = absolute ? t - 1 : t;
    int len = 0;
    for (int k = s; k < end; k++) {
      if (b[k] == '.') {
        if (len == 0) {
          throw new ParseProblem(
              "name '"
                  + new String(b, s, t - s, StandardCharsets.UTF_8)
                  + "' has an empty label ('..' or a leading '.')");
        }
        len = 0;
      } else if (++len > 63) {
        throw new ParseProblem(
            "a label of '"
                + new String(b, s, t - s, StandardCharsets.UTF_8)
                + "' is longer than 63 octets");
      }
    }
    if (len == 0) {
      throw new ParseProblem(
          "name '" + new String(b, s, t - s, StandardCharsets.UTF_8) + "' has an empty label");
    }
  }

  /** ASCII bytes as a lower-case string. */
  static String lowerAscii(byte[] b, int s, int len) {
    for (int k = s; k < s + len; k++) {
      if (b[k] >= 'A' && b[k] <= 'Z') {
        byte[] c = new byte[len];
        for (int j = 0; j < len; j++) {
          byte x = b[s + j];
          c[j] = x >= 'A' && x <= 'Z' ? (byte) (x + 32) : x;
        }
        return new String(c, StandardCharsets.ISO_8859_1);
      }
    }
    return new String(b, s, len, StandardCharsets.ISO_8859_1);
  }
}
