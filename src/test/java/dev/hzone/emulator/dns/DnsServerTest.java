package dev.hzone.emulator.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;
import org.xbill.DNS.ZoneTransferIn;

class DnsServerTest {
  private final List<QueryEvent> events = new CopyOnWriteArrayList<>();
  private DnsServer server;

  @BeforeEach
  void start() throws IOException {
    server =
        DnsServer.start(
            new InetSocketAddress("127.0.0.1", 0),
            DnsServerOptions.defaults().withQueryListener(events::add));
    server.publish(TestZones.example());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private SimpleResolver resolver(boolean tcp) {
    SimpleResolver r = new SimpleResolver(server.address());
    r.setTCP(tcp);
    r.setTimeout(Duration.ofSeconds(3));
    return r;
  }

  private Message ask(String name, int type, boolean tcp) throws IOException {
    Message q = Message.newQuery(Record.newRecord(Name.fromConstantString(name), type, DClass.IN));
    return resolver(tcp).send(q);
  }

  /** Sends a query datagram without EDNS, as pebble does, and returns the raw answer. */
  private byte[] rawUdp(Message query) throws IOException {
    try (DatagramSocket s = new DatagramSocket()) {
      s.setSoTimeout(3000);
      byte[] q = query.toWire();
      s.send(new DatagramPacket(q, q.length, server.address()));
      DatagramPacket p = new DatagramPacket(new byte[65535], 65535);
      s.receive(p);
      return java.util.Arrays.copyOf(p.getData(), p.getLength());
    }
  }

  @Test
  void portZeroPicksOnePortForUdpAndTcp() throws IOException {
    assertNotEquals(0, server.address().getPort());
    assertEquals("127.0.0.1:" + server.address().getPort(), server.hostPort());
    assertEquals(Rcode.NOERROR, ask("www.example.test.", Type.A, false).getRcode());
    assertEquals(Rcode.NOERROR, ask("www.example.test.", Type.A, true).getRcode());
  }

  @Test
  void answersAuthoritativelyOverUdpAndTcpAlike() throws IOException {
    for (boolean tcp : new boolean[] {false, true}) {
      Message m = ask("www.example.test.", Type.A, tcp);
      assertTrue(m.getHeader().getFlag(Flags.AA));
      assertFalse(m.getHeader().getFlag(Flags.RA));
      assertEquals("192.0.2.10", m.getSection(Section.ANSWER).get(0).rdataToString());
    }
  }

  @Test
  void recursionDesiredIsAnsweredAuthoritativelyNotRefused() throws IOException {
    Message q =
        Message.newQuery(
            Record.newRecord(Name.fromConstantString("www.example.test."), Type.A, DClass.IN));
    assertTrue(q.getHeader().getFlag(Flags.RD));
    Message m = new Message(rawUdp(q));
    assertEquals(Rcode.NOERROR, m.getRcode());
    assertTrue(m.getHeader().getFlag(Flags.AA));
    assertTrue(m.getHeader().getFlag(Flags.RD));
  }

  @Test
  void nxdomainAndNodataCarryTheSoa() throws IOException {
    Message nx = ask("nope.example.test.", Type.TXT, false);
    assertEquals(Rcode.NXDOMAIN, nx.getRcode());
    assertEquals(Type.SOA, nx.getSection(Section.AUTHORITY).get(0).getType());
    Message nodata = ask("www.example.test.", Type.TXT, false);
    assertEquals(Rcode.NOERROR, nodata.getRcode());
    assertTrue(nodata.getSection(Section.ANSWER).isEmpty());
    assertEquals(Type.SOA, nodata.getSection(Section.AUTHORITY).get(0).getType());
  }

  @Test
  void namesOutsideEveryZoneAreRefused() throws IOException {
    Message m = ask("www.example.net.", Type.A, false);
    assertEquals(Rcode.REFUSED, m.getRcode());
    assertFalse(m.getHeader().getFlag(Flags.AA));
  }

  @Test
  void longestZoneWins() throws IOException {
    server.publish(
        TestZones.zone(
            "dev.example.test",
            600,
            """
        @ SOA - ns1.example.test. hostmaster.example.test. 7 7200 3600 1209600 60
        @ NS - ns1.example.test.
        www A - 198.51.100.7
        """));
    assertEquals(
        "198.51.100.7",
        ask("www.dev.example.test.", Type.A, false)
            .getSection(Section.ANSWER)
            .get(0)
            .rdataToString());
    assertEquals(List.of("dev.example.test", "example.test"), server.servedZones());
  }

  @Test
  void referralHasNoAaAndCarriesGlue() throws IOException {
    Message m = ask("www.sub.example.test.", Type.A, false);
    assertEquals(Rcode.NOERROR, m.getRcode());
    assertFalse(m.getHeader().getFlag(Flags.AA));
    assertEquals(2, m.getSection(Section.AUTHORITY).size());
    assertEquals(
        2, m.getSection(Section.ADDITIONAL).stream().filter(r -> r.getType() != Type.OPT).count());
  }

  @Test
  void ednsQueryGetsOurOpt() throws IOException {
    Message m = ask("www.example.test.", Type.A, false);
    OPTRecord opt = m.getOPT();
    assertNotNull(opt);
    assertEquals(DnsServerOptions.DEFAULT_UDP_PAYLOAD, opt.getPayloadSize());
  }

  @Test
  void unknownEdnsVersionIsBadvers() throws IOException {
    Message q =
        Message.newQuery(
            Record.newRecord(Name.fromConstantString("www.example.test."), Type.A, DClass.IN));
    q.addRecord(new OPTRecord(1232, 0, 1, 0), Section.ADDITIONAL);
    Message m = new Message(rawUdp(q));
    assertEquals(Rcode.BADVERS, m.getRcode());
  }

  @Test
  void noEdnsAnswerStaysWithin512BytesWithTcAndTcpGetsAll() throws IOException {
    server.publish(TestZones.manyTxt("big.test", 20));
    Message q =
        Message.newQuery(
            Record.newRecord(Name.fromConstantString("big.big.test."), Type.TXT, DClass.IN));
    byte[] wire = rawUdp(q);
    assertTrue(wire.length <= 512, "answer of " + wire.length + " bytes");
    Message m = new Message(wire);
    assertTrue(m.getHeader().getFlag(Flags.TC));
    assertNull(m.getOPT());
    assertEquals(20, ask("big.big.test.", Type.TXT, true).getSection(Section.ANSWER).size());
  }

  @Test
  void smallNoEdnsAnswerIsNotTruncated() throws IOException {
    server.publish(TestZones.manyTxt("small.test", 8));
    Message q =
        Message.newQuery(
            Record.newRecord(Name.fromConstantString("big.small.test."), Type.TXT, DClass.IN));
    Message m = new Message(rawUdp(q));
    assertFalse(m.getHeader().getFlag(Flags.TC));
    assertEquals(8, m.getSection(Section.ANSWER).size());
  }

  @Test
  void threeParallelNoEdnsQueriesAreAllAnswered() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<Message>> answers = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        answers.add(
            pool.submit(
                () -> {
                  Message q =
                      Message.newQuery(
                          Record.newRecord(
                              Name.fromConstantString("_acme-challenge.example.test."),
                              Type.TXT,
                              DClass.IN));
                  return new Message(rawUdp(q));
                }));
      }
      Set<Integer> ids = new HashSet<>();
      for (Future<Message> f : answers) {
        Message m = f.get();
        assertEquals(Rcode.NOERROR, m.getRcode());
        assertEquals(1, m.getSection(Section.ANSWER).size());
        ids.add(m.getHeader().getID());
      }
      assertEquals(3, ids.size());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void axfrSendsSoaFirstAndLastAndEveryPublishedRecord() throws Exception {
    ZoneTransferIn xfr =
        ZoneTransferIn.newAXFR(Name.fromConstantString("example.test."), server.address(), null);
    xfr.setTimeout(Duration.ofSeconds(5));
    xfr.run();
    List<Record> got = xfr.getAXFR();
    assertEquals(Type.SOA, got.get(0).getType());
    assertEquals(Type.SOA, got.get(got.size() - 1).getType());
    ZoneSnapshot expected = ZoneCompiler.compile(TestZones.example(), p -> {});
    assertEquals(
        new HashSet<>(expected.transferOrder()), new HashSet<>(got.subList(1, got.size() - 1)));
    assertEquals(expected.transferOrder().size(), got.size() - 2);
  }

  @Test
  void largeAxfrSpansSeveralMessages() throws Exception {
    server.publish(TestZones.manyTxt("large.test", 2000));
    ZoneTransferIn xfr =
        ZoneTransferIn.newAXFR(Name.fromConstantString("large.test."), server.address(), null);
    xfr.setTimeout(Duration.ofSeconds(10));
    xfr.run();
    assertEquals(2000 + 1 + 2, xfr.getAXFR().size());
  }

  @Test
  void axfrOverUdpAndForANonApexAreRefused() throws IOException {
    Message q =
        Message.newQuery(
            Record.newRecord(Name.fromConstantString("example.test."), Type.AXFR, DClass.IN));
    assertEquals(Rcode.FORMERR, new Message(rawUdp(q)).getRcode());
    ZoneTransferIn xfr =
        ZoneTransferIn.newAXFR(
            Name.fromConstantString("www.example.test."), server.address(), null);
    xfr.setTimeout(Duration.ofSeconds(5));
    Exception e = assertThrows(Exception.class, xfr::run);
    assertTrue(e.getMessage().contains("NOTAUTH"), e.getMessage());
  }

  @Test
  void publishReplacesAndWithdrawRemoves() throws IOException {
    server.publish(
        TestZones.zone(
            "example.test",
            3600,
            """
        @ SOA - ns1.example.test. hostmaster.example.test. 2 7200 3600 1209600 60
        www A - 203.0.113.1
        """));
    assertEquals(
        "203.0.113.1",
        ask("www.example.test.", Type.A, false).getSection(Section.ANSWER).get(0).rdataToString());
    server.withdraw("example.test");
    assertEquals(Rcode.REFUSED, ask("www.example.test.", Type.A, false).getRcode());
  }

  @Test
  void delayedPublishServesTheOldContentUntilTheDelayHasPassed() throws IOException {
    List<Runnable> held = new ArrayList<>();
    DnsServer.Delayer manual =
        new DnsServer.Delayer() {
          @Override
          public void after(Duration delay, Runnable change) {
            assertEquals(Duration.ofSeconds(3), delay);
            held.add(change);
          }

          @Override
          public void close() {}
        };
    try (DnsServer delayed =
        DnsServer.start(
            new InetSocketAddress("127.0.0.1", 0),
            DnsServerOptions.defaults().withPublishDelay(Duration.ofSeconds(3)),
            manual)) {
      delayed.publish(TestZones.example());
      SimpleResolver r = new SimpleResolver(delayed.address());
      Message q =
          Message.newQuery(
              Record.newRecord(Name.fromConstantString("www.example.test."), Type.A, DClass.IN));
      assertEquals(Rcode.REFUSED, r.send(q).getRcode());
      held.remove(0).run();
      assertEquals(Rcode.NOERROR, r.send(q).getRcode());
      delayed.withdraw("example.test");
      assertEquals(Rcode.NOERROR, r.send(q).getRcode());
      held.remove(0).run();
      assertEquals(Rcode.REFUSED, r.send(q).getRcode());
    }
  }

  @Test
  void realDelayAppliesChangesInPublishOrder() throws Exception {
    try (DnsServer delayed =
        DnsServer.start(
            new InetSocketAddress("127.0.0.1", 0),
            DnsServerOptions.defaults().withPublishDelay(Duration.ofMillis(200)))) {
      delayed.publish(TestZones.example());
      delayed.withdraw("example.test");
      delayed.publish(TestZones.manyTxt("example.test", 1));
      // Poll the published state rather than sleeping a guessed time: the last change must win.
      long deadline =
          System.nanoTime() + Duration.ofSeconds(20).toNanos(); // a hang guard, not a speed test
      while (!delayed.servedZones().contains("example.test") && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      SimpleResolver r = new SimpleResolver(delayed.address());
      Message q =
          Message.newQuery(
              Record.newRecord(Name.fromConstantString("big.example.test."), Type.TXT, DClass.IN));
      while (r.send(q).getRcode() != Rcode.NOERROR && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertEquals(1, r.send(q).getSection(Section.ANSWER).size());
    }
  }

  @Test
  void malformedQueryGetsFormerrAndResponsesAreIgnored() throws IOException {
    byte[] junk = {0x12, 0x34, 0x01, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07};
    try (DatagramSocket s = new DatagramSocket()) {
      s.setSoTimeout(3000);
      s.send(new DatagramPacket(junk, junk.length, server.address()));
      DatagramPacket p = new DatagramPacket(new byte[512], 512);
      s.receive(p);
      Message m = new Message(java.util.Arrays.copyOf(p.getData(), p.getLength()));
      assertEquals(0x1234, m.getHeader().getID());
      assertEquals(Rcode.FORMERR, m.getRcode());
    }
  }

  @Test
  void listenerSeesEachQuery() throws IOException {
    ask("www.example.test.", Type.A, false);
    QueryEvent e = events.get(events.size() - 1);
    assertEquals("www.example.test.", e.qname());
    assertEquals("A", e.qtype());
    assertEquals("NOERROR", e.rcode());
    assertEquals(Transport.UDP, e.transport());
  }

  @Test
  void bindingATakenPortFailsWithAClearMessage() {
    IOException e =
        assertThrows(
            IOException.class,
            () -> DnsServer.start(server.address(), DnsServerOptions.defaults()));
    assertTrue(
        e.getMessage().contains("cannot serve DNS on 127.0.0.1:" + server.address().getPort()),
        e.getMessage());
  }

  @Test
  void zoneWithoutSoaCannotBePublished() {
    assertThrows(
        IllegalArgumentException.class,
        () -> server.publish(TestZones.zone("x.test", 60, "www A - 192.0.2.1")));
    assertEquals(InetAddress.getLoopbackAddress(), server.address().getAddress());
  }
}
