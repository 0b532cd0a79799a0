package dev.hzone.zonefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.bench.ZoneGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a large file in parallel chunks gives exactly what reading it in one piece gives. */
class ChunkedReadTest {
  @TempDir Path dir;

  private final ReadOptions options = ReadOptions.defaults().withOrigin("bench.example");

  private void assertSameAsSequential(Path file) {
    ParsedZone one = new ZoneFileReader(options, 1, 0).read(file);
    ParsedZone three = new ZoneFileReader(options, 3, 0).read(file);
    assertEquals(one.zone(), three.zone());
    assertEquals(new HashMap<>(one.positions()), new HashMap<>(three.positions()));
    assertEquals(one.warnings(), three.warnings());
    assertEquals(one.header(), three.header());
  }

  @Test
  void generatedZoneReadsTheSameInChunks() throws Exception {
    Path file = dir.resolve("bench.example.zone");
    ZoneGenerator.write(file, 30_000, 1);
    assertSameAsSequential(file);
  }

  @Test
  void cutsNeverSplitARecordOrChangeState() throws Exception {
    StringBuilder sb = new StringBuilder("; header\n$ORIGIN bench.example.\n$TTL 600\n");
    int i = 0;
    while (i < 25_000) {
      if (i == 20_000) {
        sb.append("$TTL 300\n");
      }
      // Parenthesised records whose continuation lines start in column 1, duplicates, a late $TTL.
      sb.append("m").append(i).append(" IN TXT (\n\"part ").append(i).append("\"\n)\n");
      sb.append(i < 20_000 ? "d" : "e").append(" IN A 192.0.2.").append(i % 7).append('\n');
      i++;
    }
    Path file = dir.resolve("tricky.zone");
    Files.writeString(file, sb, StandardCharsets.UTF_8);
    assertSameAsSequential(file);
  }

  private static java.util.Optional<ParsedZone> chunked(byte[] data, int chunks) {
    ReadOptions o = ReadOptions.defaults();
    NameReader names = new NameReader("bench.example.");
    return ChunkedRead.read(
        data,
        "f",
        new Source(null, "f"),
        chunks,
        n ->
            new ZoneParser(
                o,
                new ZoneBuilder("bench.example", n),
                names,
                new Includes(IncludePolicy.DENY, null, null)));
  }

  @Test
  void splitsOnlyWhenNothingBeforeACutChangesTheState() throws Exception {
    Path file = dir.resolve("bench.example.zone");
    ZoneGenerator.write(file, 30_000, 3);
    byte[] data = Files.readAllBytes(file);
    assertTrue(chunked(data, 2).isPresent());
    assertTrue(chunked(data, 4).isPresent());
    String text = new String(data, StandardCharsets.UTF_8);
    int at = text.indexOf('\n', text.length() / 10) + 1;
    String withDirective = text.substring(0, at) + "$TTL 60\n" + text.substring(at);
    assertTrue(chunked(withDirective.getBytes(StandardCharsets.UTF_8), 2).isEmpty());
    String noTtl = text.replace("$TTL 3600\n", "");
    assertTrue(chunked(noTtl.getBytes(StandardCharsets.UTF_8), 2).isEmpty());
  }

  @Test
  void errorsAreTheSameAsInOnePiece() throws Exception {
    Path file = dir.resolve("bad.zone");
    ZoneGenerator.write(file, 30_000, 2);
    Files.writeString(file, "bad IN A 300.0.0.1\n", StandardOpenOption.APPEND);
    ZoneFileException one =
        assertThrows(ZoneFileException.class, () -> new ZoneFileReader(options, 1, 0).read(file));
    ZoneFileException three =
        assertThrows(ZoneFileException.class, () -> new ZoneFileReader(options, 3, 0).read(file));
    assertEquals(one.getMessage(), three.getMessage());
  }

  @Test
  void conflictsBetweenChunksAreFoundAsInOnePiece() throws Exception {
    Path file = dir.resolve("clash.zone");
    ZoneGenerator.write(file, 30_000, 4);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int body = text.indexOf("\n@ IN NS ns1\n") + 1;
    // The same RRSet at the top and the bottom of the file, so in the first chunk and the last one.
    text =
        text.substring(0, body)
            + "clash 600 IN A 192.0.2.1\nclash 600 IN A 192.0.2.1\n"
            + text.substring(body)
            + "clash 300 IN A 192.0.2.2\n";
    Files.writeString(file, text, StandardCharsets.UTF_8);
    ZoneFileException one =
        assertThrows(ZoneFileException.class, () -> new ZoneFileReader(options, 1, 0).read(file));
    ZoneFileException three =
        assertThrows(ZoneFileException.class, () -> new ZoneFileReader(options, 3, 0).read(file));
    assertEquals(one.getMessage(), three.getMessage());
    assertEquals(one.findings(), three.findings());
    assertTrue(
        one.findings().stream().anyMatch(f -> f.ruleId().equals("ttl-conflict")), one.getMessage());
    assertTrue(
        one.findings().stream().anyMatch(f -> f.ruleId().equals("duplicate")), one.getMessage());
    assertEquals(one.partial().orElseThrow().zone(), three.partial().orElseThrow().zone());
  }
}
