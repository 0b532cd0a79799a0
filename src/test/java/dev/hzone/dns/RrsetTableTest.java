package dev.hzone.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A zone held as a table answers exactly as the same zone held as a tree of RRSet objects. */
class RrsetTableTest {
  /** Texts and offsets for records, appended as UTF-8 the way a reader writes them. */
  private static final class Text {
    final StringBuilder sb = new StringBuilder();
    final List<int[]> spans = new ArrayList<>();

    int add(String value, String comment) {
      int s = sb.toString().getBytes(StandardCharsets.UTF_8).length;
      sb.append(value);
      int c = sb.toString().getBytes(StandardCharsets.UTF_8).length;
      sb.append(comment);
      int e = sb.toString().getBytes(StandardCharsets.UTF_8).length;
      spans.add(new int[] {s, c, e});
      return spans.size() - 1;
    }

    byte[] bytes() {
      return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
  }

  private static final List<Rrset> RRSETS =
      List.of(
          Rrset.of(
              RrsetKey.of("@", RecordType.A),
              OptionalInt.empty(),
              List.of(RecordValue.of("192.0.2.1"))),
          Rrset.of(
              RrsetKey.of("@", RecordType.MX),
              OptionalInt.of(300),
              List.of(
                  new RecordValue("10 mx1.example.com.", "primary"),
                  RecordValue.of("20 mx2.example.com."))),
          Rrset.of(
              RrsetKey.of("www", RecordType.CNAME),
              OptionalInt.of(60),
              List.of(RecordValue.of("example.com."))),
          Rrset.of(
              RrsetKey.of("a.www", RecordType.TXT),
              OptionalInt.empty(),
              List.of(new RecordValue("\"grüße\"", "kommentar ✓"))),
          Rrset.of(
              RrsetKey.of("zz", RecordType.AAAA),
              OptionalInt.empty(),
              List.of(RecordValue.of("2001:db8::1"))));

  /**
   * The table of {@link #RRSETS}, their text split over two arrays as two parts of a file would be.
   */
  private static RrsetTable table() {
    Text first = new Text();
    Text second = new Text();
    List<int[]> where = new ArrayList<>();
    int k = 0;
    for (Rrset r : RRSETS) {
      for (RecordValue v : r.records()) {
        Text t = k++ % 2 == 0 ? first : second;
        where.add(new int[] {t == first ? 0 : 1, t.add(v.value(), v.comment())});
      }
    }
    byte[][] texts = {first.bytes(), second.bytes()};
    RrsetTable.Builder b = RrsetTable.builder(List.of(texts), 1, 1); // grows
    int n = 0;
    for (Rrset r : RRSETS) {
      b.rrset(r.name(), r.type(), r.ttl());
      for (int i = 0; i < r.records().size(); i++) {
        int[] w = where.get(n++);
        int[] span = (w[0] == 0 ? first : second).spans.get(w[1]);
        b.record(w[0], span[0], span[1], span[2]);
      }
    }
    return b.build();
  }

  @Test
  void equalsTheTreeOfTheSameRrsets() {
    TreeMap<RrsetKey, Rrset> tree = new TreeMap<>();
    RRSETS.forEach(r -> tree.put(r.key(), r));
    RrsetTable table = table();
    assertEquals(tree, table);
    assertEquals(table, tree);
    assertEquals(tree.hashCode(), table.hashCode());
    assertEquals(new ArrayList<>(tree.keySet()), new ArrayList<>(table.keySet()));
    assertEquals(new ArrayList<>(tree.values()), new ArrayList<>(table.values()));
    assertEquals(6, table.recordCount());
    ZoneData fromTable = new ZoneData("example.com", OptionalInt.of(3600), table);
    ZoneData fromTree = ZoneData.of("example.com", OptionalInt.of(3600), RRSETS);
    assertEquals(fromTree, fromTable);
    assertEquals(fromTree.recordCount(), fromTable.recordCount());
    assertEquals(
        "kommentar ✓",
        fromTable.get("a.www", RecordType.TXT).orElseThrow().records().get(0).comment());
    assertEquals("", fromTable.get("@", RecordType.A).orElseThrow().records().get(0).comment());
  }

  @Test
  void looksUpAndNavigatesAsATree() {
    TreeMap<RrsetKey, Rrset> tree = new TreeMap<>();
    RRSETS.forEach(r -> tree.put(r.key(), r));
    RrsetTable table = table();
    List<RrsetKey> probes = new ArrayList<>(tree.keySet());
    probes.add(RrsetKey.of("@", RecordType.NS));
    probes.add(RrsetKey.of("b", RecordType.A));
    probes.add(RrsetKey.of("www", RecordType.A));
    probes.add(RrsetKey.of("zzz", RecordType.A));
    for (RrsetKey k : probes) {
      assertEquals(tree.get(k), table.get(k), k.id());
      assertEquals(tree.containsKey(k), table.containsKey(k), k.id());
      assertEquals(tree.floorEntry(k), table.floorEntry(k), k.id());
      assertEquals(tree.ceilingEntry(k), table.ceilingEntry(k), k.id());
      assertEquals(tree.lowerKey(k), table.lowerKey(k), k.id());
      assertEquals(tree.higherKey(k), table.higherKey(k), k.id());
      assertEquals(tree.headMap(k), table.headMap(k), k.id());
      assertEquals(tree.tailMap(k, false), table.tailMap(k, false), k.id());
    }
    assertEquals(tree.firstKey(), table.firstKey());
    assertEquals(tree.lastEntry(), table.lastEntry());
    assertEquals(
        tree.subMap(probes.get(1), probes.get(3)), table.subMap(probes.get(1), probes.get(3)));
    assertEquals(
        new ArrayList<>(tree.descendingMap().keySet()),
        new ArrayList<>(table.descendingMap().keySet()));
    assertNull(table.get("www/A"));
    assertFalse(table.containsKey(null));
  }

  @Test
  void isImmutableAndKeptAsItIs() {
    RrsetTable table = table();
    ZoneData zone = new ZoneData("example.com", OptionalInt.empty(), table);
    assertTrue(zone.rrsets() == table, "a table is not copied into a tree");
    assertThrows(
        UnsupportedOperationException.class, () -> table.put(RRSETS.get(0).key(), RRSETS.get(0)));
    assertThrows(UnsupportedOperationException.class, table::pollFirstEntry);
    Rrset mx = table.get(RrsetKey.of("@", RecordType.MX));
    assertThrows(
        UnsupportedOperationException.class,
        () -> mx.records().add(RecordValue.of("30 mx3.example.com.")));
    ZoneData changed = zone.withoutRrset(mx.key());
    assertEquals(4, changed.rrsets().size());
    assertEquals(5, zone.rrsets().size());
  }

  @Test
  void refusesRrsetsOutOfOrderOrWithoutRecords() {
    byte[] text = "192.0.2.1".getBytes(StandardCharsets.UTF_8);
    RrsetTable.Builder b = RrsetTable.builder(List.of(text), 4, 4);
    b.rrset("www", RecordType.A, OptionalInt.empty()).record(0, 0, 9, 9);
    assertThrows(
        IllegalArgumentException.class, () -> b.rrset("@", RecordType.A, OptionalInt.empty()));
    assertThrows(
        IllegalArgumentException.class, () -> b.rrset("www", RecordType.A, OptionalInt.empty()));
    b.rrset("www", RecordType.AAAA, OptionalInt.empty());
    assertThrows(
        IllegalArgumentException.class, () -> b.rrset("x", RecordType.A, OptionalInt.empty()));
    assertThrows(IllegalArgumentException.class, b::build);
    assertThrows(IndexOutOfBoundsException.class, () -> b.record(0, 0, 9, 10));
  }
}
