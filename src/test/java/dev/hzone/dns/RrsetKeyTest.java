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
}
