package dev.hzone.zonefile;

import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;

/**
 * The origin in force ({@code $ORIGIN}), in the forms the parser needs: absolute presentation text
 * (lower case, trailing dot), the same relative to the zone ({@code ""} at the apex, {@code null}
 * when the origin lies outside the zone), and a dnsjava {@link Name} for the slow path, made on
 * first use.
 */
final class Origin {
  final String abs;
  final String rel;
  private volatile Name name;

  private Origin(String abs, String rel) {
    this.abs = abs;
    this.rel = rel;
  }

  /**
   * @param abs absolute, lower-case presentation name with trailing dot; @param zoneAbs likewise
   */
  static Origin of(String abs, String zoneAbs) {
    return new Origin(abs, relative(abs, zoneAbs));
  }

  /** {@code abs} relative to {@code zoneAbs}: {@code ""} for the apex, null when outside. */
  static String relative(String abs, String zoneAbs) {
    if (abs.equals(zoneAbs)) {
      return "";
    }
    if (zoneAbs.equals(".")) {
      return abs.substring(0, abs.length() - 1);
    }
    int cut = abs.length() - zoneAbs.length();
    if (cut > 1
        && abs.endsWith(zoneAbs)
        && abs.charAt(cut - 1) == '.'
        && !escapedDot(abs, cut - 1)) {
      return abs.substring(0, cut - 1);
    }
    return null;
  }

  private static boolean escapedDot(String s, int dot) {
    int backslashes = 0;
    for (int i = dot - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  Name name() {
    if (name == null) {
      try {
        name = Name.fromString(abs);
      } catch (TextParseException e) {
        throw new ParseProblem("bad origin '" + abs + "': " + e.getMessage());
      }
    }
    return name;
  }
}
