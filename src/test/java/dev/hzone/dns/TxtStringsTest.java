package dev.hzone.dns;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TxtStringsTest {

  @Test
  void escapesQuotesBackslashesAndControlBytes() {
    byte[] raw = "a\"b\\c\u0001".getBytes(StandardCharsets.UTF_8);
    assertEquals("\"a\\\"b\\\\c\\001\"", TxtStrings.format(List.of(raw)));
  }

  @Test
  void keepsStringBoundariesOfQuotedInput() {
    assertEquals("\"v=DKIM1; \" \"p=abc\"", TxtStrings.fromUserText("\"v=DKIM1; \" \"p=abc\""));
  }

  @Test
  void splitsLongTextInto255ByteStringsWithoutCuttingCharacters() {
    String text = "é".repeat(200); // 400 bytes, each character two bytes
    List<byte[]> parts = TxtStrings.split(text.getBytes(StandardCharsets.UTF_8));
    assertEquals(2, parts.size());
    assertEquals(254, parts.get(0).length);
    assertEquals(
        text,
        new String(parts.get(0), StandardCharsets.UTF_8)
            + new String(parts.get(1), StandardCharsets.UTF_8));
  }

  @Test
  void rejectsUnterminatedQuote() {
    assertThrows(IllegalArgumentException.class, () -> TxtStrings.parse("\"abc"));
  }

  @Test
  void randomBytesSurviveSplitEscapeParseAndJoin() {
    Random random = new Random(42);
    for (int round = 0; round < 500; round++) {
      byte[] raw = randomContent(random, random.nextInt(4001));
      String value = TxtStrings.format(TxtStrings.split(raw));
      for (byte[] s : TxtStrings.parse(value)) {
        assertTrue(s.length <= 255, "string longer than 255 bytes");
      }
      assertArrayEquals(raw, TxtStrings.content(value), "round " + round);
    }
  }

  private static byte[] randomContent(Random random, int length) {
    StringBuilder sb = new StringBuilder();
    String specials = "\"\\;() \t\u0000\u007f";
    while (sb.length() < length) {
      int kind = random.nextInt(4);
      if (kind == 0) {
        sb.append(specials.charAt(random.nextInt(specials.length())));
      } else if (kind == 1) {
        sb.appendCodePoint(0x80 + random.nextInt(0x2000));
      } else if (kind == 2) {
        sb.appendCodePoint(0x1F600 + random.nextInt(50));
      } else {
        sb.append((char) (0x20 + random.nextInt(0x5f)));
      }
    }
    byte[] utf8 = sb.toString().getBytes(StandardCharsets.UTF_8);
    if (random.nextBoolean() && utf8.length > 0) {
      utf8[random.nextInt(utf8.length)] = (byte) random.nextInt(256); // also invalid UTF-8
    }
    return utf8;
  }
}
