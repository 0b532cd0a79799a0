package dev.hzone.zonefile;

import dev.hzone.dns.Names;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads BIND zone files into a {@link ParsedZone}: directives ({@code $ORIGIN}, {@code $TTL},
 * {@code $INCLUDE}, {@code $GENERATE}), relative names and {@code @}, parentheses, escapes, class
 * and TTL in either order, and RDATA converted to Hetzner's value syntax. Every problem is reported
 * with file and line; a file with errors raises a {@link ZoneFileException} carrying all of them.
 *
 * <pre>{@code
 * ZoneFileReader reader = new ZoneFileReader(ReadOptions.defaults());
 * ParsedZone parsed = reader.read(Path.of("zones/example.com.zone"));
 * ZoneData zone = parsed.zone();
 * }</pre>
 *
 * <p>The zone's name is, in this order: {@link ReadOptions#origin()}, the first {@code $ORIGIN}
 * when it comes before any record, the file name ({@link ZoneFiles#zoneNameOf}). A record without a
 * TTL of its own inherits the zone's ({@code ttl: null} in the API); the zone's default TTL is the
 * first {@code $TTL}. Instances are immutable and may be shared between threads.
 */
public final class ZoneFileReader {
  /** The most bytes read from a file in one call; see {@link #readAll}. */
  private static final int READ_SLICE = 1 << 20;

  private final ReadOptions options;
  private final int chunks;
  private final int minChunkedBytes;

  public ZoneFileReader(ReadOptions options) {
    this(options, Math.min(8, Runtime.getRuntime().availableProcessors()), ChunkedRead.MIN_BYTES);
  }

  /**
   * A reader that reads files of at least {@code minChunkedBytes} in {@code chunks} parallel parts
   * (1: never). For tests.
   */
  ZoneFileReader(ReadOptions options, int chunks, int minChunkedBytes) {
    this.options = Objects.requireNonNull(options, "options");
    this.chunks = chunks;
    this.minChunkedBytes = minChunkedBytes;
  }

  /** A reader with {@link ReadOptions#defaults()}. */
  public ZoneFileReader() {
    this(ReadOptions.defaults());
  }

  /**
   * Reads the zone file {@code file}.
   *
   * @throws ZoneFileException when it cannot be read or has errors
   */
  public ParsedZone read(Path file) {
    return read(file, file.toString());
  }

  /**
   * Reads the zone file {@code file}, naming it {@code displayName} in messages and positions (for
   * example the path relative to the user's working directory).
   *
   * @throws ZoneFileException when it cannot be read or has errors
   */
  public ParsedZone read(Path file, String displayName) {
    return assemble(parseFile(file, displayName), displayName);
  }

  /**
   * Reads and parses the file; its bytes are garbage once this returns, before the zone is
   * assembled.
   */
  private ChunkedRead.Parts parseFile(Path file, String displayName) {
    String display = displayName;
    byte[] data;
    try {
      data = readAll(file);
    } catch (NoSuchFileException e) {
      throw ZoneFileException.of(SourcePosition.ofFile(display), "io", "no such file");
    } catch (IOException e) {
      throw ZoneFileException.of(
          SourcePosition.ofFile(display), "io", "cannot read the file: " + e);
    }
    String zone =
        options
            .origin()
            .or(() -> leadingOrigin(data, display))
            .or(() -> ZoneFiles.zoneNameOf(file))
            .orElseThrow(
                () ->
                    ZoneFileException.of(
                        SourcePosition.wholeFile(display),
                        "origin",
                        "cannot tell the zone's name: put '$ORIGIN example.com.' at the top, name the file "
                            + "example.com.zone, or pass --origin"));
    Path dir = file.toAbsolutePath().getParent();
    Path base = options.baseDir().orElse(dir);
    Path shown = Path.of(display).getParent();
    Path baseDisplay = options.baseDir().orElse(shown == null ? Path.of("") : shown);
    Path fileReal;
    Path baseReal;
    try {
      fileReal = file.toRealPath();
      baseReal = base.toRealPath();
    } catch (IOException e) {
      throw ZoneFileException.of(
          SourcePosition.ofFile(display), "io", "cannot resolve the path: " + e);
    }
    return parse(data, display, zone, new Source(fileReal, display), baseReal, baseDisplay);
  }

  /**
   * Reads zone-file text that did not come from a file: an API zonefile export, an import body, a
   * migration file's content. {@code $INCLUDE} is resolved against {@link ReadOptions#baseDir()}
   * when one is set, else refused.
   *
   * @param sourceName the name used in messages, e.g. {@code example.com (export)}
   * @param origin the zone's name (with or without trailing dot; Unicode or punycode)
   * @throws ZoneFileException when the text has errors
   */
  public ParsedZone parse(String text, String sourceName, String origin) {
    byte[] data = text.getBytes(StandardCharsets.UTF_8);
    Path baseReal = null;
    if (options.baseDir().isPresent()) {
      try {
        baseReal = options.baseDir().get().toRealPath();
      } catch (IOException e) {
        throw ZoneFileException.of(
            SourcePosition.ofFile(sourceName), "io", "cannot resolve the zone directory: " + e);
      }
    }
    return assemble(
        parse(
            data,
            sourceName,
            origin,
            new Source(null, sourceName),
            baseReal,
            options.baseDir().orElse(null)),
        sourceName);
  }

  private static ParsedZone assemble(ChunkedRead.Parts parts, String display) {
    try {
      return parts.assemble().withSource(display);
    } catch (ZoneFileException e) {
      throw e.withSource(display);
    }
  }

  private ChunkedRead.Parts parse(
      byte[] data, String display, String zone, Source source, Path baseReal, Path baseDisplay) {
    String zoneName;
    try {
      zoneName = Names.zoneName(zone);
    } catch (IllegalArgumentException e) {
      throw ZoneFileException.of(
          SourcePosition.wholeFile(display),
          "origin",
          "bad zone name '" + zone + "': " + e.getMessage());
    }
    String zoneAbs = zoneName.isEmpty() ? "." : zoneName + ".";
    NameReader names = new NameReader(zoneAbs);
    ChunkedRead.ParserFactory parsers =
        new ChunkedRead.ParserFactory() {
          // Shared by the chunks of a parallel read; a fresh one for the read in one piece that may
          // follow.
          private ReadBudget budget = newBudget();

          @Override
          public ZoneParser make(int expectedRecords) {
            Includes includes = new Includes(options.includes(), baseReal, baseDisplay, budget);
            includes.enter(source.path());
            return new ZoneParser(
                options, new ZoneBuilder(zoneName, expectedRecords, budget), names, includes);
          }

          @Override
          public void restart() {
            budget = newBudget();
          }
        };
    // A few $GENERATE lines can ask for millions of records: refuse them before generating any.
    java.util.OptionalInt crossing =
        GenerateBudget.crossing(
            data, 0, data.length, display, options.recordLimit(), options.generateLimit());
    if (crossing.isPresent()) {
      throw ZoneFileException.of(
          new SourcePosition(display, crossing.getAsInt()),
          "record-limit",
          GenerateBudget.message(options.recordLimit()));
    }
    if (chunks > 1 && data.length >= minChunkedBytes) {
      Optional<ChunkedRead.Parts> parsed =
          ChunkedRead.parse(data, display, source, chunks, parsers);
      if (parsed.isPresent()) {
        return parsed.get();
      }
    }
    parsers.restart();
    ZoneParser parser = parsers.make(data.length / ChunkedRead.BYTES_PER_RECORD);
    List<String> header = new ArrayList<>();
    try {
      header = parser.parse(data, 0, data.length, display, source);
    } catch (ZoneBuilder.TooManyErrors e) {
      if (e.errorCount) {
        parser.out.warning(
            SourcePosition.wholeFile(display),
            "syntax",
            "stopped after " + ZoneBuilder.MAX_ERRORS + " errors; fix these and run again");
      }
    }
    return new ChunkedRead.Parts(List.of(parser.out), header);
  }

  /**
   * The file's bytes. Not {@link Files#readAllBytes}: it reads through a temporary direct buffer as
   * large as the file, which the JDK then keeps for the thread, so a 47 MB zone would cost 47 MB of
   * native memory for the rest of the run. Reading in slices keeps that buffer at one slice.
   */
  static byte[] readAll(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file)) {
      long size = ch.size();
      if (size > Integer.MAX_VALUE - 16) {
        throw new IOException("the file is larger than 2 GB");
      }
      byte[] data = new byte[Math.max(8192, (int) size)];
      int n = 0;
      while (true) {
        if (n == data.length) {
          // Full: the file's size, unless it grew (or is not a regular file). A byte more says
          // which.
          ByteBuffer probe = ByteBuffer.allocate(1);
          if (ch.read(probe) < 0) {
            return data;
          }
          if (data.length >= Integer.MAX_VALUE - 16) {
            throw new IOException("the file is larger than 2 GB");
          }
          data = Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 16L, 2L * data.length));
          data[n++] = probe.get(0);
          continue;
        }
        int r = ch.read(ByteBuffer.wrap(data, n, Math.min(READ_SLICE, data.length - n)));
        if (r < 0) {
          return n == data.length ? data : Arrays.copyOf(data, n);
        }
        n += r;
      }
    }
  }

  private ReadBudget newBudget() {
    return new ReadBudget(options.recordLimit(), options.includeLimit());
  }

  /** The zone named by a {@code $ORIGIN} that comes before any record, if there is one. */
  private static Optional<String> leadingOrigin(byte[] data, String display) {
    Lexer lexer = new Lexer(data, 0, data.length, 1, display);
    Entry e = new Entry();
    try {
      while (lexer.next(e)) {
        if (e.blankOwner || e.quoted[0] || e.length(0) < 2 || e.data[e.start[0]] != '$') {
          return Optional.empty();
        }
        if (e.is(0, "$ORIGIN") && e.count >= 2) {
          // Only an absolute $ORIGIN names the zone; a relative one is relative to a name not yet
          // known.
          String o = e.utf8(1);
          return o.endsWith(".") ? Optional.of(o) : Optional.empty();
        }
      }
    } catch (ZoneFileException ex) {
      return Optional.empty(); // the real read reports it
    }
    return Optional.empty();
  }
}
