package dev.hzone.zonefile;

/**
 * Builds one value string from token bytes with a reused buffer, so a record costs one string, not
 * a string per field. Single-threaded: one per parser.
 */
final class ValueBuilder {
  private final StringBuilder sb = new StringBuilder(256);
  private final NameReader names;

  ValueBuilder(NameReader names) {
    this.names = names;
  }

  ValueBuilder start() {
    sb.setLength(0);
    return this;
  }

  ValueBuilder ch(char c) {
    sb.append(c);
    return this;
  }

  ValueBuilder num(long v) {
    sb.append(v);
    return this;
  }

  ValueBuilder str(String s) {
    sb.append(s);
    return this;
  }

  /** The token's content bytes, one char per byte (ASCII tokens). */
  ValueBuilder raw(Entry e, int i) {
    byte[] d = e.data;
    for (int k = e.start[i]; k < e.end[i]; k++) {
      sb.append((char) (d[k] & 0xff));
    }
    return this;
  }

  /** The name in token {@code i}, absolute with a trailing dot, case kept. */
  ValueBuilder name(Entry e, int i, Origin origin) {
    if (e.escaped[i] || e.nonAscii[i] || e.quoted[i]) {
      sb.append(names.absolute(e, i, origin, false));
      return this;
    }
    int len = e.end[i] - e.start[i];
    byte last = e.data[e.end[i] - 1];
    if (len == 1 && last == '@') {
      sb.append(origin.abs);
      return this;
    }
    if (len == 1 && last == '.') {
      sb.append('.');
      return this;
    }
    boolean absolute = last == '.';
    NameReader.checkLabels(e.data, e.start[i], e.end[i], absolute);
    int total = absolute ? len : origin.abs.equals(".") ? len + 1 : len + 1 + origin.abs.length();
    if (total > NameReader.MAX_ABS_LENGTH) {
      throw new ParseProblem(
          "name '" + e.utf8(i) + "' is longer than 255 octets once made absolute");
    }
    raw(e, i);
    if (!absolute) {
      sb.append('.');
      if (!origin.abs.equals(".")) {
        sb.append(origin.abs);
      }
    }
    return this;
  }

  /** The IPv6 address in token {@code i}, in RFC 5952 form. */
  ValueBuilder ipv6(Entry e, int i) {
    Addresses.ipv6(e, i, sb);
    return this;
  }

  String build() {
    return sb.toString();
  }
}
