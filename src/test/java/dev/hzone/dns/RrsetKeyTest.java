package dev.hzone.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RrsetKeyTest {

  @Test
  void ordersApexFirstThenLabelsRightToLeftThenType() {
    List<RrsetKey> keys =
        List.of(
            RrsetKey.of("www", RecordType.AAAA),
            RrsetKey.of("a.www", RecordType.A),
            RrsetKey.of("www", RecordType.A),
            RrsetKey.of("@", RecordType.MX),
            RrsetKey.of("@", RecordType.NS),
            RrsetKey.of("b", RecordType.A));
    List<String> sorted = new ArrayList<>();
    for (RrsetKey k : new TreeSet<>(keys)) {
      sorted.add(k.id());
    }
    assertEquals(List.of("@/NS", "@/MX", "b/A", "www/A", "www/AAAA", "a.www/A"), sorted);
  }

  @Test
  void normalisesCaseAndApex() {
    assertEquals("www", RrsetKey.of("WWW", RecordType.A).name());
    assertTrue(RrsetKey.of("", RecordType.A).isApex());
    assertEquals(RrsetKey.of("@", RecordType.TXT), RrsetKey.fromId("@/TXT"));
  }

  @Test
  void comparesValuesCanonically() {
    assertTrue(ValueCanonicalizer.same(RecordType.AAAA, "2001:db8::1", "2001:0DB8:0:0::1"));
    assertTrue(ValueCanonicalizer.same(RecordType.CNAME, "Target.Example.", "target.example."));
    assertTrue(ValueCanonicalizer.same(RecordType.TXT, "\"ab\" \"c\"", "\"abc\""));
    assertFalse(ValueCanonicalizer.same(RecordType.MX, "10 a.example.", "20 a.example."));
  }

  @Test
  void zoneNamesBecomePunycode() {
    assertEquals("xn--mnchen-3ya.de", Names.zoneName("München.DE."));
    assertEquals("xn--bckerei-mller-bfb28a.de", Names.zoneName("bäckerei-müller.de"));
    // IDNA 2008 / raw punycode: sharp s is kept, not mapped to "ss" as IDNA 2003 did.
    assertEquals("xn--strae-oqa.de", Names.zoneName("straße.de"));
    assertEquals("xn--wgv71a119e.jp", Names.zoneName("日本語.jp"));
  }

  @Test
  void comparesLabelsWithoutRegardToLength() {
    assertTrue(RrsetKey.compareNames("a.b", "b") > 0);
    assertTrue(RrsetKey.compareNames("b", "a.b") < 0);
    assertTrue(RrsetKey.compareNames("ab", "b") < 0);
    assertTrue(RrsetKey.compareNames("x.ab", "x.b") < 0);
    assertEquals(0, RrsetKey.compareNames("x.y", "x.y"));
  }

  /**
   * The order prefixes never contradict compareNames: for names with short and long labels, many
   * labels, empty labels, characters 0, 0xfe, 0xff and above, wherever two names' words differ,
   * they order the names as compareNames does.
   */
  @Test
  void orderPrefixesAgreeWithCompareNames() {
    String[] parts = {
      "",
      "a",
      "b",
      "ab",
      "abcdefgh",
      "abcdefghi",
      "-",
      "\u0000",
      "\u00fe",
      "\u00ff",
      "\u0100x",
      "z\u0000a",
      "0",
      "_tcp",
      "host1234",
      "host12345"
    };
    java.util.Random random = new java.util.Random(17);
    List<String> names = new ArrayList<>(List.of("@", "a", "a.b", "b.a", "host1", "host12345678"));
    for (int k = 0; k < 400; k++) {
      StringBuilder sb = new StringBuilder(parts[random.nextInt(parts.length)]);
      for (int labels = random.nextInt(4); labels > 0; labels--) {
        sb.append('.').append(parts[random.nextInt(parts.length)]);
      }
      names.add(sb.toString());
    }
    int settled = 0;
    for (String a : names) {
      for (String b : names) {
        int byWords = Long.compareUnsigned(RrsetKey.orderPrefix(a, 0), RrsetKey.orderPrefix(b, 0));
        if (byWords == 0) {
          byWords = Long.compareUnsigned(RrsetKey.orderPrefix(a, 1), RrsetKey.orderPrefix(b, 1));
        }
        if (byWords != 0) {
          settled++;
          assertEquals(
              Integer.signum(RrsetKey.compareNames(a, b)), byWords, "'" + a + "' vs '" + b + "'");
        }
      }
    }
    assertTrue(settled > names.size() * names.size() / 2, "prefixes settled only " + settled);
    assertEquals(0, RrsetKey.orderPrefix("@", 0));
    assertEquals(0x686f737431000000L, RrsetKey.orderPrefix("host1", 0));
    assertEquals(0x62006100_00000000L, RrsetKey.orderPrefix("a.b", 0));
  }
}
