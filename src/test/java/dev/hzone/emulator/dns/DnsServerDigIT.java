package dev.hzone.emulator.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.ZoneData;
import dev.hzone.testing.Tools;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;

/** The DNS server as dig (BIND 9.18's) sees it: flags, rcodes, TXT escaping, TCP and AXFR. */
class DnsServerDigIT {
  private static DnsServer server;
  private static String dig;

  @BeforeAll
  static void start() throws IOException {
    dig = Tools.require("dig");
    server = DnsServer.start(new InetSocketAddress("127.0.0.1", 0), DnsServerOptions.defaults());
    server.publish(TestZones.example());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static String dig(String... args) throws IOException, InterruptedException {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                dig,
                "@127.0.0.1",
                "-p",
                String.valueOf(server.address().getPort()),
                "+time=3",
                "+tries=1"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "dig finished");
    return new String(out, StandardCharsets.UTF_8);
  }

  @Test
  void answerHasTheAaFlag() throws Exception {
    String out = dig("www.example.test", "A", "+norec");
    assertTrue(out.contains("status: NOERROR"), out);
    assertTrue(out.matches("(?s).*flags: qr aa;.*"), out);
    assertTrue(out.contains("192.0.2.10"), out);
  }

  @Test
  void recursionDesiredWithoutEdnsIsAnsweredLikePebbleNeeds() throws Exception {
    String out = dig("_acme-challenge.example.test", "TXT", "+rec", "+noedns");
    assertTrue(out.contains("status: NOERROR"), out);
    assertTrue(out.matches("(?s).*flags: qr aa rd;.*"), out);
    assertTrue(out.contains("\"Q8N2hWlLaPk_SijkXy0q7UeC9tmJEF19OMXiVzNNB0M\""), out);
  }

  @Test
  void nxdomainAndNodataBothCarryTheSoaInAuthority() throws Exception {
    String nx = dig("nope.example.test", "A", "+norec");
    assertTrue(nx.contains("status: NXDOMAIN"), nx);
    assertTrue(nx.contains("AUTHORITY: 1"), nx);
    assertTrue(
        nx.matches("(?s).*AUTHORITY SECTION:\\s+example\\.test\\.\\s+300\\s+IN\\s+SOA.*"), nx);
    String nodata = dig("www.example.test", "TXT", "+norec");
    assertTrue(nodata.contains("status: NOERROR"), nodata);
    assertTrue(nodata.contains("ANSWER: 0, AUTHORITY: 1"), nodata);
  }

  @Test
  void txtIsEscapedExactlyAsStored() throws Exception {
    String out = dig("txt.example.test", "TXT", "+short");
    assertEquals(
        "\"v=spf1 \\\"quoted\\\" back\\\\slash\" \"second string\" \"caf\\195\\169 \\001\"\n", out);
  }

  @Test
  void tcpGivesTheSameAnswer() throws Exception {
    assertEquals(
        dig("www.example.test", "AAAA", "+short"),
        dig("www.example.test", "AAAA", "+short", "+tcp"));
    assertEquals("2001:db8::10\n", dig("www.example.test", "AAAA", "+short", "+tcp"));
  }

  @Test
  void referralLacksAa() throws Exception {
    String out = dig("host.sub.example.test", "A", "+norec");
    assertTrue(out.contains("status: NOERROR"), out);
    assertFalse(out.matches("(?s).*flags: qr aa.*"), out);
    assertTrue(out.contains("ns1.sub.example.test."), out);
  }

  @Test
  void outsideEveryZoneIsRefused() throws Exception {
    assertTrue(dig("example.org", "A").contains("status: REFUSED"));
  }

  @Test
  void axfrRecordsEqualWhatWasPublished() throws Exception {
    String out = dig("example.test", "AXFR", "+onesoa", "+nocmd", "+nostats");
    Set<Record> got = new HashSet<>();
    try (Master m = new Master(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)))) {
      for (Record r = m.nextRecord(); r != null; r = m.nextRecord()) {
        assertTrue(got.add(r), "record sent twice: " + r);
      }
    }
    assertEquals(published(TestZones.example()), got);
  }

  /**
   * The zone's records parsed by dnsjava's own text parser: an independent reading of the published
   * values.
   */
  private static Set<Record> published(ZoneData zone) throws IOException {
    Name origin = Name.fromString(zone.name() + ".");
    Set<Record> out = new HashSet<>();
    for (Rrset rrset : zone.rrsets().values()) {
      Name owner = Name.fromString(rrset.key().absoluteName(zone.name()));
      for (RecordValue v : rrset.records()) {
        out.add(
            Record.fromString(
                owner,
                rrset.type().code(),
                DClass.IN,
                rrset.effectiveTtl(3600),
                v.value(),
                origin));
      }
    }
    return out;
  }
}
