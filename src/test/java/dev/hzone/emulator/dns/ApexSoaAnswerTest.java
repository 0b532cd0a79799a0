package dev.hzone.emulator.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Type;

/**
 * A question for the zone's SOA gets the SOA in the answer section with its own TTL, as from any
 * authoritative server (what {@code hzone migrate verify} and secondaries' refresh checks ask); it
 * was answered as NODATA with the negative-caching SOA.
 */
class ApexSoaAnswerTest {
  @Test
  void answersTheApexSoaWithItsOwnTtl() {
    ZoneSnapshot zone =
        ZoneCompiler.compile(
            TestZones.zone(
                "soa.test",
                3600,
                """
        @ SOA 3600 hydrogen.ns.hetzner.com. hostmaster.soa.test. 7 7200 900 1209600 300
        @ NS - hydrogen.ns.hetzner.com.
        www A - 192.0.2.1"""),
            p -> {});
    LookupResult r = ZoneLookup.lookup(zone, Name.fromConstantString("soa.test."), Type.SOA);
    assertEquals(Rcode.NOERROR, r.rcode());
    assertTrue(r.authoritative());
    assertEquals(1, r.answer().size());
    SOARecord soa = (SOARecord) r.answer().get(0);
    assertEquals(3600, soa.getTTL());
    assertEquals(7200, soa.getRefresh());
    assertEquals(List.of(), r.authority());
  }

  @Test
  void anSoaQuestionBelowTheApexIsStillNodata() {
    ZoneSnapshot zone =
        ZoneCompiler.compile(
            TestZones.zone(
                "soa.test",
                3600,
                """
        @ SOA 3600 hydrogen.ns.hetzner.com. hostmaster.soa.test. 7 7200 900 1209600 300
        @ NS - hydrogen.ns.hetzner.com.
        www A - 192.0.2.1"""),
            p -> {});
    LookupResult r = ZoneLookup.lookup(zone, Name.fromConstantString("www.soa.test."), Type.SOA);
    assertEquals(Rcode.NOERROR, r.rcode());
    assertEquals(List.of(), r.answer());
    assertEquals(300, r.authority().get(0).getTTL());
  }
}
