package dev.hzone.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.testing.FakeAxfrServer;
import dev.hzone.testing.FakeAxfrServer.Sign;
import dev.hzone.tsig.TsigAlgorithm;
import dev.hzone.tsig.TsigKey;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;

/**
 * Issue 14 item 1: a TSIG-signed AXFR must verify every message and fail on any RCODE other than
 * NOERROR. dnsjava 3.6.3's ZoneTransferIn verified only NOERROR messages and looked at the RCODE of
 * the first message only, so a primary (or anyone on the path) could append unsigned records under
 * an error RCODE. Each sequence below comes from a scripted server on loopback.
 */
class ZoneTransferAttackTest {
  static final byte[] SECRET =
      "0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  static final Name ZONE = Name.fromConstantString("example.test.");
  static final SOARecord SOA =
      new SOARecord(
          ZONE,
          DClass.IN,
          300,
          Name.fromConstantString("ns1.example.test."),
          Name.fromConstantString("hostmaster.example.test."),
          7,
          3600,
          600,
          86400,
          300);
  static final Record NS =
      new NSRecord(ZONE, DClass.IN, 300, Name.fromConstantString("ns1.example.test."));
  static final Record WWW = a("www", "192.0.2.10");
  static final Record EVIL = a("evil", "203.0.113.66");

  FakeAxfrServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
      assertEquals(List.of(), server.failures(), "the fake server itself failed");
    }
  }

  static Record a(String label, String ip) {
    try {
      return new ARecord(
          Name.fromConstantString(label + ".example.test."),
          DClass.IN,
          300,
          java.net.InetAddress.getByName(ip));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static TsigKey key() {
    return TsigKey.of("axfr-key", TsigAlgorithm.HMAC_SHA256, SECRET);
  }

  List<Record> transfer(FakeAxfrServer.Script script) {
    server = FakeAxfrServer.start("axfr-key", SECRET, script);
    return new ZoneTransferClient(Duration.ofSeconds(20), Clock.systemUTC())
        .transfer(ServerAddress.parse(server.hostPort()), "example.test", Optional.of(key()));
  }

  TransferException refused(FakeAxfrServer.Script script) {
    return assertThrows(TransferException.class, () -> transfer(script));
  }

  @Test
  void aWellFormedSignedTransferOfSeveralMessagesIsAccepted() {
    List<Record> records =
        transfer(
            s ->
                s.send(Rcode.NOERROR, Sign.SIGNED, SOA, NS)
                    .send(Rcode.NOERROR, Sign.SIGNED, WWW)
                    .send(Rcode.NOERROR, Sign.SIGNED, SOA));
    assertEquals(List.of(SOA, NS, WWW), records);
  }

  @Test
  void anUnsignedServfailMessageAfterASignedOneFailsTheTransfer() {
    TransferException e =
        refused(
            s ->
                s.send(Rcode.NOERROR, Sign.SIGNED, SOA, NS, WWW)
                    .send(Rcode.SERVFAIL, Sign.UNSIGNED, EVIL, SOA));
    assertTrue(e.getMessage().contains("SERVFAIL"), e.getMessage());
    assertTrue(e.getMessage().contains("message 2"), e.getMessage());
  }

  @ParameterizedTest(name = "rcode {0}")
  @ValueSource(ints = {Rcode.NOERROR, Rcode.NXDOMAIN})
  void moreThanNinetyNineUnsignedMessagesInARowFail(int rcode) {
    TransferException e =
        refused(
            s -> {
              s.send(Rcode.NOERROR, Sign.SIGNED, SOA, NS);
              for (int i = 0; i < 101; i++) {
                s.send(rcode, Sign.UNSIGNED, a("h" + i, "192.0.2.1"));
              }
              s.send(Rcode.NOERROR, Sign.SIGNED, SOA);
            });
    assertTrue(
        e.getMessage().contains(rcode == Rcode.NOERROR ? "message 101" : "message 2"),
        e.getMessage());
  }

  @ParameterizedTest(name = "rcode {0}")
  @ValueSource(ints = {Rcode.NOERROR, Rcode.NOTIMP})
  void anUnsignedLastMessageFails(int rcode) {
    TransferException e =
        refused(
            s -> s.send(Rcode.NOERROR, Sign.SIGNED, SOA, NS).send(rcode, Sign.UNSIGNED, EVIL, SOA));
    assertTrue(e.getMessage().contains("message 2"), e.getMessage());
  }

  @ParameterizedTest(name = "rcode {0}")
  @ValueSource(ints = {Rcode.NOERROR, Rcode.YXDOMAIN})
  void aMessageWhoseMacDoesNotVerifyFails(int rcode) {
    TransferException e =
        refused(
            s -> s.send(Rcode.NOERROR, Sign.SIGNED, SOA, NS).send(rcode, Sign.BAD_MAC, EVIL, SOA));
    assertTrue(e.getMessage().contains("message 2"), e.getMessage());
  }

  @ParameterizedTest(name = "rcode {0}")
  @ValueSource(ints = {Rcode.NOERROR, Rcode.REFUSED})
  void aMessageSignedWithAnotherKeyFails(int rcode) {
    TransferException e =
        refused(
            s ->
                s.send(Rcode.NOERROR, Sign.SIGNED, SOA, NS).send(rcode, Sign.OTHER_KEY, EVIL, SOA));
    assertTrue(e.getMessage().contains("message 2"), e.getMessage());
  }

  @Test
  void aMessageWithTheTruncationBitFails() {
    TransferException e =
        refused(
            s ->
                s.send(Rcode.NOERROR, Sign.SIGNED, SOA, NS)
                    .send(Rcode.NOERROR, Sign.SIGNED, true, EVIL, SOA));
    assertTrue(e.getMessage().contains("truncat"), e.getMessage());
  }

  @Test
  void aConnectionCutInsideAMessageIsAProtocolFailure() {
    TransferException e =
        refused(
            s ->
                s.send(Rcode.NOERROR, Sign.SIGNED, SOA, NS)
                    .sendHalf(Rcode.NOERROR, Sign.SIGNED, WWW, SOA));
    assertEquals(TransferException.Reason.PROTOCOL, e.reason(), e.getMessage());
    assertTrue(e.getMessage().contains("message 2"), e.getMessage());
  }

  @Test
  void aStreamWithoutTheClosingSoaFails() {
    TransferException e = refused(s -> s.send(Rcode.NOERROR, Sign.SIGNED, SOA, NS, WWW));
    assertEquals(TransferException.Reason.PROTOCOL, e.reason(), e.getMessage());
    assertTrue(e.getMessage().contains("closing SOA"), e.getMessage());
  }

  @Test
  void anEmptyAnswerSectionIsAClearError() {
    TransferException e = refused(s -> s.send(Rcode.NOERROR, Sign.SIGNED));
    assertEquals(TransferException.Reason.PROTOCOL, e.reason(), e.getMessage());
    assertTrue(e.getMessage().contains("empty answer section"), e.getMessage());
    assertFalse(e.getMessage().contains("IndexOutOfBounds"), e.getMessage());
  }

  @Test
  void noMessageHoldsTheSecret() {
    TransferException e = refused(s -> s.send(Rcode.NOERROR, Sign.BAD_MAC, SOA, NS, SOA));
    String secretB64 = java.util.Base64.getEncoder().encodeToString(SECRET);
    assertFalse(e.getMessage().contains(secretB64), e.getMessage());
    assertFalse(String.valueOf(e.getCause()).contains(secretB64));
  }
}
