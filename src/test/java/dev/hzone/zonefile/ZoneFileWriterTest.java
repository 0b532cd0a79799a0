package dev.hzone.zonefile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.TxtStrings;
import dev.hzone.dns.ZoneData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for {@code fmt} and {@code render} ({@code
 * src/test/resources/zonefile/CASE.input.zone}, {@code CASE.output.zone}, {@code CASE.render.zone})
 * and round trips. Set {@code -Dhzone.golden.update=true} to rewrite the expected files after a
 * deliberate change, then review the diff.
 */
class ZoneFileWriterTest {
  private static final Path GOLDEN = Path.of("src/test/resources/zonefile");
  private final ZoneFileReader reader = new ZoneFileReader();
  private final ZoneFileWriter writer = new ZoneFileWriter();

  static Stream<String> cases() throws IOException {
    try (Stream<Path> s = Files.list(GOLDEN)) {
      return s
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".input.zone"))
          .map(n -> n.substring(0, n.length() - ".input.zone".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  private ParsedZone read(String text) {
    return reader.parse(text, "t.zone", "example.com");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void formatAndRenderMatchGoldenFiles(String name) throws IOException {
    ParsedZone parsed = reader.read(GOLDEN.resolve(name + ".input.zone"));
    check(GOLDEN.resolve(name + ".output.zone"), writer.format(parsed.zone(), parsed.header()));
    check(GOLDEN.resolve(name + ".render.zone"), writer.render(parsed.zone()));
  }

  private static void check(Path expected, String actual) throws IOException {
    if (Boolean.getBoolean("hzone.golden.update")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, expected.toString());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void formatReadsBackToTheSameZoneAndIsIdempotent(String name) {
    ParsedZone parsed = reader.read(GOLDEN.resolve(name + ".input.zone"));
    String once = writer.format(parsed.zone(), parsed.header());
    ParsedZone again = reader.parse(once, "formatted", parsed.zone().name());
    assertEquals(parsed.zone(), again.zone());
    assertEquals(parsed.header(), again.header());
    assertEquals(once, writer.format(again.zone(), again.header()));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void renderIsStable(String name) {
    ZoneData zone = reader.read(GOLDEN.resolve(name + ".input.zone")).zone();
    String rendered = writer.render(zone);
    assertEquals(rendered, writer.render(reader.parse(rendered, "rendered", zone.name()).zone()));
  }

  @Test
  void formatWritesTtlsOnlyWhereTheRrsetHasItsOwn() {
    ZoneData z =
        ZoneData.of(
            "example.com",
            OptionalInt.of(3600),
            List.of(
                Rrset.of(
                    RrsetKey.of("@", RecordType.A),
                    OptionalInt.empty(),
                    List.of(RecordValue.of("192.0.2.1"))),
                Rrset.of(
                    RrsetKey.of("www", RecordType.A),
                    OptionalInt.of(300),
                    List.of(new RecordValue("192.0.2.2", "two\nlines")))));
    assertEquals(
        """
        $ORIGIN example.com.
        $TTL 3600

        @       IN A     192.0.2.1
        www 300 IN A     192.0.2.2 ; two lines
        """,
        writer.format(z));
    assertEquals(
        """
        example.com.     3600 IN A     192.0.2.1
        www.example.com. 300  IN A     192.0.2.2 ; two lines
        """,
        writer.render(z));
  }

  @Test
  void zoneWithoutDefaultTtlGetsTheApiDefault() {
    ZoneData z =
        ZoneData.of(
            "example.com",
            OptionalInt.empty(),
            List.of(
                Rrset.of(
                    RrsetKey.of("@", RecordType.A),
                    OptionalInt.empty(),
                    List.of(RecordValue.of("192.0.2.1")))));
    assertEquals("$ORIGIN example.com.\n$TTL 3600\n\n@ IN A     192.0.2.1\n", writer.format(z));
  }

  @Test
  void randomTxtSurvivesSplitEscapeParseAndJoin() {
    Random random = new Random(20261128);
    String alphabet = "aZ09 \"\\;()ä€😀\t\n\r\u0000\u007f";
    for (int round = 0; round < 300; round++) {
      int len = random.nextInt(4001);
      byte[] content;
      if (round % 2 == 0) {
        content = new byte[len];
        random.nextBytes(content);
      } else {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < len) {
          sb.appendCodePoint(
              alphabet.codePointAt(
                  alphabet.offsetByCodePoints(
                      0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
        }
        content = sb.toString().getBytes(StandardCharsets.UTF_8);
      }
      String value = TxtStrings.format(TxtStrings.split(content));
      ZoneData z = read("$TTL 300\nt IN TXT " + value + "\n").zone();
      String parsed = z.get("t", RecordType.TXT).orElseThrow().values().get(0);
      assertEquals(value, parsed, "round " + round);
      assertArrayEquals(content, TxtStrings.content(parsed), "round " + round);
      String formatted = writer.format(z);
      assertEquals(z, reader.parse(formatted, "f", "example.com").zone(), "round " + round);
    }
  }
}
