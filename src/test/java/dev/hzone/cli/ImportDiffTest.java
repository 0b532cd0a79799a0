package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.dns.ZoneData;
import dev.hzone.zonefile.ZoneFileReader;
import org.junit.jupiter.api.Test;

class ImportDiffTest {
  static ZoneData zone(String text) {
    return new ZoneFileReader().parse(text, "test", "example.com").zone();
  }

  @Test
  void listsRemovedChangedAndAddedRrsetsAsZoneFileLines() {
    ZoneData current = zone("""
        $TTL 3600
        @    IN SOA ns1.example.com. hostmaster.example.com. 5 3600 600 86400 300
        old  IN A 192.0.2.1
        www  IN A 192.0.2.2
        txt  IN TXT "a" "b"
        same IN A 192.0.2.9
        """);
    ZoneData desired = zone("""
        $TTL 600
        @    IN SOA ns1.example.com. hostmaster.example.com. 9 3600 600 86400 300
        www  300 IN A 192.0.2.2
        txt  IN TXT "ab"
        same 3600 IN A 192.0.2.9
        new  IN AAAA 2001:db8::1
        """);
    ImportDiff d = ImportDiff.between(current, desired);
    assertEquals(1, d.removed().size());
    assertEquals(1, d.added().size());
    assertEquals(1, d.changed().size(), "www's TTL; not the SOA serial, not TXT split differently, not same's "
        + "explicit TTL equal to the old default");
    assertEquals(3, d.unchanged());
    assertTrue(d.ttlChanges());
    assertEquals("""
          default TTL 3600 -> 600
          - old IN A     192.0.2.1
          - www IN A     192.0.2.2
          + www 300 IN A     192.0.2.2
          + new IN AAAA  2001:db8::1
        1 RRSet(s) removed, 1 changed, 1 added, 3 unchanged
        """, d.render("example.com", new Palette(false)));
  }
}
