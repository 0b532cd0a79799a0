package dev.hzone.zonefile;

import java.nio.charset.StandardCharsets;

/**
 * BIND's {@code $GENERATE START-STOP[/STEP] LHS [TTL] [CLASS] TYPE RHS}: one record per number,
 * with {@code $} in LHS and RHS replaced by the number, {@code ${OFFSET,WIDTH,BASE}} for offset,
 * zero-padding and base ({@code d o x X}, or {@code n N} for reversed nibbles as in ip6.arpa),
 * {@code $$} for a literal {@code $}. One directive may create at most {@link
 * ReadOptions#generateLimit()} records.
 */
final class GenerateDirective {
  private final ZoneParser parser;
  private final int limit;

  GenerateDirective(ZoneParser parser, int limit) {
    this.parser = parser;
    this.limit = limit;
  }

  void expand(Entry e, String file) {
    if (e.count < 5) {
      throw new ParseProblem("expected $GENERATE START-STOP[/STEP] LHS [TTL] [CLASS] TYPE RHS");
    }
    long[] range = range(e.utf8(1));
    long start = range[0];
    long stop = range[1];
    long step = range[2];
    long count = (stop - start) / step + 1;
    if (count > limit) {
      throw new ParseProblem(
          "generate-limit",
          "$GENERATE would create "
              + count
              + " records, more than the limit of "
              + limit
              + "; split it or list the records");
    }
    // Past the zone's record limit: stop now rather than after building the records up to it.
    parser.out.expect(count, new SourcePosition(file, e.line));
    String lhs = e.utf8(2);
    StringBuilder middle = new StringBuilder();
    for (int i = 3; i < e.count - 1; i++) {
      middle
          .append(' ')
          .append(
              new String(
                  e.data, e.rawStart[i], e.rawEnd[i] - e.rawStart[i], StandardCharsets.UTF_8));
    }
    String rhs =
        new String(
            e.data,
            e.rawStart[e.count - 1],
            e.rawEnd[e.count - 1] - e.rawStart[e.count - 1],
            StandardCharsets.UTF_8);
    String comment = e.comment();
    Entry g = new Entry();
    for (long it = start; it <= stop; it += step) {
      String line =
          substitute(lhs, it)
              + middle
              + " "
              + substitute(rhs, it)
              + (comment.isEmpty() ? "" : " ;" + comment)
              + "\n";
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      Lexer lexer = new Lexer(bytes, 0, bytes.length, e.line, file);
      if (!lexer.next(g)) {
        throw new ParseProblem("$GENERATE produced an empty line");
      }
      parser.record(g, file);
    }
  }

  /** START-STOP[/STEP], all unsigned 32-bit, START at most STOP, STEP at least 1. */
  static long[] range(String text) {
    String bad = "bad $GENERATE range '" + text + "': expected START-STOP or START-STOP/STEP";
    int dash = text.indexOf('-');
    int slash = text.indexOf('/');
    if (dash <= 0) {
      throw new ParseProblem(bad);
    }
    long start = unsigned(text.substring(0, dash), bad);
    long stop =
        unsigned(slash < 0 ? text.substring(dash + 1) : text.substring(dash + 1, slash), bad);
    long step = slash < 0 ? 1 : unsigned(text.substring(slash + 1), bad);
    if (start > stop || step == 0) {
      throw new ParseProblem(bad + " (START at most STOP, STEP at least 1)");
    }
    return new long[] {start, stop, step};
  }

  private static long unsigned(String s, String bad) {
    if (s.isEmpty() || s.length() > 10 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new ParseProblem(bad);
    }
    long v = Long.parseLong(s);
    if (v > 0xFFFFFFFFL) {
      throw new ParseProblem(bad);
    }
    return v;
  }

  /**
   * {@code template} with every {@code $} and {@code ${...}} replaced for the number {@code it}.
   */
  static String substitute(String template, long it) {
    StringBuilder sb = new StringBuilder(template.length() + 8);
    int n = template.length();
    for (int i = 0; i < n; i++) {
      char c = template.charAt(i);
      if (c == '\\' && i + 1 < n) {
        sb.append(c).append(template.charAt(++i));
      } else if (c != '$') {
        sb.append(c);
      } else if (i + 1 < n && template.charAt(i + 1) == '$') {
        sb.append('$');
        i++;
      } else if (i + 1 < n && template.charAt(i + 1) == '{') {
        int close = template.indexOf('}', i + 2);
        if (close < 0) {
          throw new ParseProblem(
              "$GENERATE modifier '" + template.substring(i) + "' has no closing '}'");
        }
        sb.append(modifier(template.substring(i + 2, close), it));
        i = close;
      } else {
        sb.append(value(it, 0, 0, 'd'));
      }
    }
    return sb.toString();
  }

  private static String modifier(String spec, long it) {
    String[] parts = spec.split(",", -1);
    String bad =
        "bad $GENERATE modifier '${"
            + spec
            + "}': expected ${OFFSET[,WIDTH[,BASE]]}, BASE one of d o x X n N";
    if (parts.length > 3) {
      throw new ParseProblem(bad);
    }
    long offset;
    int width = 0;
    char base = 'd';
    try {
      offset = Long.parseLong(parts[0].trim());
      if (parts.length > 1) {
        width = Integer.parseInt(parts[1].trim());
      }
    } catch (NumberFormatException ex) {
      throw new ParseProblem(bad);
    }
    if (parts.length > 2) {
      String b = parts[2].trim();
      if (b.length() != 1 || "doxXnN".indexOf(b.charAt(0)) < 0) {
        throw new ParseProblem(bad);
      }
      base = b.charAt(0);
    }
    if (width < 0 || width > 255) {
      throw new ParseProblem(bad);
    }
    return value(it, offset, width, base);
  }

  private static String value(long it, long offset, int width, char base) {
    long v = it + offset;
    if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
      throw new ParseProblem("$GENERATE value " + v + " is out of range");
    }
    switch (base) {
      case 'o':
        return pad(Long.toOctalString(v & 0xFFFFFFFFL), width);
      case 'x':
        return pad(Long.toHexString(v & 0xFFFFFFFFL), width);
      case 'X':
        return pad(Long.toHexString(v & 0xFFFFFFFFL).toUpperCase(java.util.Locale.ROOT), width);
      case 'n':
      case 'N':
        return nibbles(v & 0xFFFFFFFFL, width, base == 'N');
      default:
        return v < 0 ? "-" + pad(Long.toString(-v), width - 1) : pad(Long.toString(v), width);
    }
  }

  private static String pad(String s, int width) {
    StringBuilder sb = new StringBuilder();
    for (int k = s.length(); k < width; k++) {
      sb.append('0');
    }
    return sb.append(s).toString();
  }

  /** Reversed hex nibbles separated by dots; WIDTH counts nibbles and dots, as BIND counts them. */
  private static String nibbles(long value, int width, boolean upper) {
    String digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    StringBuilder sb = new StringBuilder();
    do {
      sb.append(digits.charAt((int) (value & 0xf)));
      value >>>= 4;
      if (width > 0) {
        width--;
      }
      if (width > 0 || value != 0) {
        sb.append('.');
        if (width > 0) {
          width--;
        }
      }
    } while (value != 0 || width > 0);
    return sb.toString();
  }
}
