package dev.hzone.zonefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Reads a large zone file on several cores: the directives at its top are read first; the rest is
 * cut into chunks at lines that start a record with an owner name, each chunk is parsed with the
 * state the top left (origin, {@code $TTL}), and the chunks' records are grouped into RRSets
 * together, in file order.
 *
 * <p>This is only done when it cannot change the result: a {@code $TTL} is in force after the top
 * (so no record's TTL depends on an earlier record), no directive appears before the last cut
 * (later chunks would start from a different state), and every chunk parses without error (a cut
 * inside parentheses shows up as an unclosed one). Otherwise {@link #parse} returns empty and the
 * caller reads the file in one piece, which also gives errors in their natural order. The assembly
 * of the parts finds what it finds (TTL conflicts, duplicates) in the records of all chunks in file
 * order, so it reports the same as after a read in one piece.
 */
final class ChunkedRead {
  /** Files smaller than this are read in one piece: splitting would not pay. */
  static final int MIN_BYTES = 4 << 20;

  /** A guess of bytes per record, to size tables once. */
  static final int BYTES_PER_RECORD = 40;

  private ChunkedRead() {}

  /** Makes a parser with its own builder and include resolution. */
  @FunctionalInterface
  interface ParserFactory {
    /**
     * @param expectedRecords about how many records it will see, to size its table once
     */
    ZoneParser make(int expectedRecords);

    /**
     * Forgets what earlier parsers used of the read's limits: the file is read again from the
     * start.
     */
    default void restart() {}
  }

  /**
   * What the parsers of a file collected, in file order, and the file's header comments: all that
   * the zone is made of, without the file's bytes, so these can be let go before the zone is
   * assembled.
   */
  record Parts(List<ZoneBuilder> builders, List<String> header) {
    /** The zone; see {@link ZoneAssembly#assemble}. */
    ParsedZone assemble() {
      return ZoneAssembly.assemble(builders, header);
    }
  }

  /**
   * The parsed zone, or empty when the file must be read in one piece.
   *
   * @param parsers makes a parser with its own builder and include resolution
   */
  static Optional<ParsedZone> read(
      byte[] data, String file, Source source, int chunks, ParserFactory parsers) {
    return parse(data, file, source, chunks, parsers).map(Parts::assemble);
  }

  /**
   * The parts of the zone, or empty when the file must be read in one piece.
   *
   * @param parsers makes a parser with its own builder and include resolution
   */
  static Optional<Parts> parse(
      byte[] data, String file, Source source, int chunks, ParserFactory parsers) {
    ZoneParser top = parsers.make(16);
    Lexer lexer = new Lexer(data, 0, data.length, 1, file);
    Entry e = new Entry();
    int bodyStart;
    int bodyLine;
    try {
      while (true) {
        bodyStart = lexer.position();
        bodyLine = lexer.line();
        if (!lexer.next(e)) {
          return Optional.empty();
        }
        if (!ZoneParser.isDirective(e)) {
          break;
        }
        top.entry(e, file, source);
      }
    } catch (ZoneFileException | ZoneBuilder.TooManyErrors ex) {
      return Optional.empty();
    }
    List<String> header = lexer.header();
    if (top.defaultTtl < 0 || top.owner != null || top.out.hasErrors()) {
      return Optional.empty();
    }
    int[] cuts = cuts(data, bodyStart, chunks);
    if (cuts == null || hasDirective(data, bodyStart, cuts[cuts.length - 2])) {
      return Optional.empty();
    }
    int[] lines = new int[cuts.length - 1];
    lines[0] = bodyLine;
    for (int k = 1; k < lines.length; k++) {
      lines[k] = lines[k - 1] + newlines(data, cuts[k - 1], cuts[k]);
    }
    List<CompletableFuture<ZoneParser>> parts = new ArrayList<>();
    for (int k = 1; k < lines.length; k++) {
      int from = cuts[k];
      int to = cuts[k + 1];
      int line = lines[k];
      parts.add(
          CompletableFuture.supplyAsync(
              () -> chunk(data, from, to, line, file, source, top, parsers)));
    }
    ZoneParser first = chunk(data, cuts[0], cuts[1], lines[0], file, source, top, parsers);
    List<ZoneParser> done = new ArrayList<>();
    done.add(first);
    try {
      for (CompletableFuture<ZoneParser> f : parts) {
        done.add(f.join());
      }
    } catch (CompletionException ex) {
      if (ex.getCause() instanceof ZoneBuilder.TooManyErrors) {
        return Optional.empty();
      }
      throw ex;
    }
    List<ZoneBuilder> builders = new ArrayList<>();
    builders.add(top.out);
    for (ZoneParser p : done) {
      if (p == null || p.out.hasErrors()) {
        return Optional.empty();
      }
      builders.add(p.out);
    }
    return Optional.of(new Parts(builders, header));
  }

  private static ZoneParser chunk(
      byte[] data,
      int from,
      int to,
      int line,
      String file,
      Source source,
      ZoneParser top,
      ParserFactory parsers) {
    ZoneParser p = parsers.make((to - from) / BYTES_PER_RECORD);
    p.continueFrom(top);
    p.out.zoneDefaultTtl = top.out.zoneDefaultTtl;
    try {
      p.parse(new Lexer(data, from, to, line, file), file, source);
    } catch (ZoneBuilder.TooManyErrors ex) {
      return null;
    }
    return p;
  }

  /**
   * Cut points: {@code bodyStart}, then for each further chunk the start of the first line after
   * its share of the bytes that begins with an owner name, then the end. Null when no such line is
   * found near a cut.
   */
  static int[] cuts(byte[] data, int bodyStart, int chunks) {
    int[] cuts = new int[chunks + 1];
    cuts[0] = bodyStart;
    cuts[chunks] = data.length;
    long span = data.length - bodyStart;
    for (int k = 1; k < chunks; k++) {
      int at = Math.max(cuts[k - 1] + 1, (int) (bodyStart + span * k / chunks));
      int found = -1;
      for (int tries = 0; tries < 10_000 && at < data.length; tries++) {
        int nl = indexOf(data, (byte) '\n', at);
        if (nl < 0 || nl + 1 >= data.length) {
          break;
        }
        if (startsOwner(data[nl + 1])) {
          found = nl + 1;
          break;
        }
        at = nl + 1;
      }
      if (found < 0) {
        return null;
      }
      cuts[k] = found;
    }
    return cuts;
  }

  private static boolean startsOwner(byte c) {
    return c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != ';' && c != '$' && c != '('
        && c != ')' && c != '"';
  }

  /** Whether a line in {@code [from, to)} starts with {@code $}. */
  private static boolean hasDirective(byte[] data, int from, int to) {
    for (int k = from; k < to - 1; k++) {
      if (data[k] == '\n' && data[k + 1] == '$') {
        return true;
      }
    }
    return false;
  }

  private static int newlines(byte[] data, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      if (data[k] == '\n') {
        n++;
      }
    }
    return n;
  }

  private static int indexOf(byte[] data, byte b, int from) {
    for (int k = from; k < data.length; k++) {
      if (data[k] == b) {
        return k;
      }
    }
    return -1;
  }
}
