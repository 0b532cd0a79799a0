package dev.hzone.zonefile;

import java.util.OptionalInt;

/**
 * Counts what a text would add to the zone before any of it is built: one record per record entry
 * and the range of each {@code $GENERATE} ({@code (STOP - START) / STEP + 1}). A few {@code
 * $GENERATE} lines whose ranges add up past {@link ReadOptions#recordLimit()} are thus refused at
 * once, at the line where they cross it, instead of after generating the records up to the limit
 * (about a million records, 12–23 s).
 *
 * <p>The count is what the text asks for: each record entry and each range, valid or not (the parse
 * reports bad records on its own), without what included files add (they are counted when they are
 * included, with the records built by then). The record count during the parse stays the exact
 * check.
 */
final class GenerateBudget {
  private static final byte[] GENERATE =
      "$GENERATE".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private GenerateBudget() {}

  /**
   * The line of the first {@code $GENERATE} in {@code data[from, to)} at which the records already
   * counted, the records before it in the text and the ranges so far pass {@code room}; empty when
   * they never do, when the text has no {@code $GENERATE}, or when it cannot be lexed (the parse
   * reports that).
   *
   * @param room how many more records the zone may have
   * @param generateLimit the most one {@code $GENERATE} may create; larger ones are refused by the
   *     parse on their own and are not counted here
   */
  static OptionalInt crossing(
      byte[] data, int from, int to, String file, long room, int generateLimit) {
    if (!mentionsGenerate(data, from, to)) {
      return OptionalInt.empty();
    }
    Lexer lexer = new Lexer(data, from, to, 1, file);
    Entry e = new Entry();
    long total = 0;
    try {
      while (lexer.next(e)) {
        if (!ZoneParser.isDirective(e)) {
          total++;
        } else if (e.is(0, "$GENERATE") && e.count >= 5) {
          long count = count(e.utf8(1));
          if (count <= generateLimit) {
            total += count;
            if (total > room) {
              return OptionalInt.of(e.line);
            }
          }
        }
      }
    } catch (ZoneFileException ex) {
      return OptionalInt.empty();
    }
    return OptionalInt.empty();
  }

  /** The error at the line {@link #crossing} found: what happened, and what to do. */
  static String message(int recordLimit) {
    return "the zone would have more than "
        + recordLimit
        + " records: the $GENERATE ranges up to this line"
        + " (START-STOP/STEP) and the records before them add up past it, so nothing was generated. A zone this"
        + " large is likely a mistake: check the ranges of the $GENERATE lines, or split the zone";
  }

  /** The records a range creates; 0 for a range the parse will refuse. */
  private static long count(String range) {
    try {
      long[] r = GenerateDirective.range(range);
      return (r[1] - r[0]) / r[2] + 1;
    } catch (ParseProblem p) {
      return 0;
    }
  }

  /**
   * Whether {@code $GENERATE} (any case) occurs at all: most zone files have none and are not lexed
   * twice.
   */
  static boolean mentionsGenerate(byte[] data, int from, int to) {
    for (int i = from; i <= to - GENERATE.length; i++) {
      if (data[i] != '$') {
        continue;
      }
      int k = 1;
      while (k < GENERATE.length && (data[i + k] & ~0x20) == GENERATE[k]) {
        k++;
      }
      if (k == GENERATE.length) {
        return true;
      }
    }
    return false;
  }
}
