package dev.hzone.sync.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.RrsetKey;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IgnorePatternTest {
  private static RrsetKey key(String name, RecordType type) {
    return RrsetKey.of(name, type);
  }

  @Test
  void starMatchesWithinOneLabel() {
    IgnorePattern p = new IgnorePattern("dyn*", Set.of());
    assertTrue(p.matches(key("dyn1", RecordType.A)));
    assertTrue(p.matches(key("dyn", RecordType.TXT)));
    assertFalse(p.matches(key("a.dyn1", RecordType.A)));
    assertFalse(p.matches(key("dyn1.a", RecordType.A)));
  }

  @Test
  void doubleStarMatchesAcrossLabels() {
    IgnorePattern p = new IgnorePattern("**.k8s", Set.of());
    assertTrue(p.matches(key("a.b.k8s", RecordType.A)));
    assertTrue(p.matches(key("x.k8s", RecordType.A)));
    assertFalse(p.matches(key("k8s", RecordType.A)));
  }

  @Test
  void matchesWithoutRegardToCase() {
    assertTrue(new IgnorePattern("Legacy", Set.of()).matches(key("legacy", RecordType.A)));
  }

  @Test
  void typesNarrowThePattern() {
    IgnorePattern p = new IgnorePattern("dyn", Set.of(RecordType.A, RecordType.AAAA));
    assertTrue(p.matches(key("dyn", RecordType.AAAA)));
    assertFalse(p.matches(key("dyn", RecordType.TXT)));
    assertEquals("\"dyn\" (A, AAAA)", p.describe());
  }

  @Test
  void apexOnlyByAtOrDoubleStar() {
    assertFalse(new IgnorePattern("*", Set.of()).matches(key("@", RecordType.A)));
    assertTrue(new IgnorePattern("@", Set.of()).matches(key("@", RecordType.A)));
    assertTrue(new IgnorePattern("**", Set.of()).matches(key("@", RecordType.A)));
  }

  @Test
  void regexCharactersAreLiteral() {
    IgnorePattern p = new IgnorePattern("a+b", Set.of());
    assertTrue(p.matches(key("a+b", RecordType.A)));
    assertFalse(p.matches(key("aab", RecordType.A)));
  }

  @Test
  void refusesABlankName() {
    assertThrows(IllegalArgumentException.class, () -> new IgnorePattern(" ", Set.of()));
  }
}
