package dev.hzone.emulator.dnsapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ZoneData;
import dev.hzone.emulator.web.ApiError;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ZoneRulesTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  private static ZoneData zone(long serial) {
    return ZoneData.of(
        "example.com",
        OptionalInt.of(3600),
        List.of(
            Rrset.of(
                RrsetKey.of("@", RecordType.SOA),
                OptionalInt.empty(),
                List.of(
                    RecordValue.of(ZoneRules.defaultSoa("hydrogen.ns.hetzner.com.", serial))))));
  }

  private static long serial(ZoneData z) {
    return ZoneRules.serialOf(z.get("@", RecordType.SOA).orElseThrow().values().get(0));
  }

  private static ZoneData withA(ZoneData z) {
    return z.withRrset(
        Rrset.of(
            RrsetKey.of("www", RecordType.A),
            OptionalInt.empty(),
            List.of(RecordValue.of("192.0.2.1"))));
  }

  @Test
  void serialsAreYyyymmddnnAndRiseOnEveryVisibleChange() {
    assertEquals(2026030100L, ZoneRules.firstSerial(DAY));
    ZoneData before = zone(2026030100L);
    assertEquals(2026030101L, serial(ZoneRules.manageSerial(before, withA(before), DAY)));
    assertEquals(
        2026030100L,
        serial(ZoneRules.manageSerial(before, before, DAY)),
        "no change, no new serial");
    ZoneData old = zone(2026022817L);
    assertEquals(
        2026030100L,
        serial(ZoneRules.manageSerial(old, withA(old), DAY)),
        "a new day starts at 00");
    ZoneData busy = zone(2026030199L);
    assertEquals(
        2026030200L, serial(ZoneRules.manageSerial(busy, withA(busy), DAY)), "past 99 it runs on");
    assertEquals(
        2026030101L,
        serial(ZoneRules.manageSerial(before, before.withDefaultTtl(OptionalInt.of(60)), DAY)));
  }

  @Test
  void aClientsSerialIsReplaced() {
    ZoneData before = zone(2026030105L);
    ZoneData sent =
        before.withRrset(
            before
                .get("@", RecordType.SOA)
                .orElseThrow()
                .withRecords(
                    List.of(
                        RecordValue.of(
                            "hydrogen.ns.hetzner.com. dns.hetzner.com. 1 7200 3600 1209600 300"))));
    ZoneData stored = ZoneRules.manageSerial(before, sent, DAY);
    assertEquals(
        "hydrogen.ns.hetzner.com. dns.hetzner.com. 2026030106 7200 3600 1209600 300",
        stored.get("@", RecordType.SOA).orElseThrow().values().get(0));
  }

  @Test
  void theAssignedNameserversMustStayAndRelativeNamesCountAsInTheZone() {
    ZoneRules.checkAssignedNameservers(
        "example.com",
        NameserverSets.HETZNER.forZone("example.com"),
        List.of(
            RecordValue.of("hydrogen.ns.hetzner.com."),
            RecordValue.of("OXYGEN.ns.hetzner.com."),
            RecordValue.of("helium.ns.hetzner.de."),
            RecordValue.of("ns1.other.net.")),
        "records");
    assertThrows(
        ApiError.class,
        () ->
            ZoneRules.checkAssignedNameservers(
                "example.com",
                NameserverSets.HETZNER.forZone("example.com"),
                List.of(
                    RecordValue.of("hydrogen.ns.hetzner.com."),
                    RecordValue.of("oxygen.ns.hetzner.com."),
                    RecordValue.of("helium.ns.hetzner.de")),
                "records"),
        "without a dot the name is inside the zone");
  }
}
