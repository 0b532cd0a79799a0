package dev.hzone.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.testing.NamedServer;
import dev.hzone.tsig.TsigAlgorithm;
import dev.hzone.tsig.TsigKey;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * AXFR of a DNSSEC-signed, TSIG-protected zone of over a thousand records from BIND, then
 * conversion.
 */
class ZoneTransferClientIT {
  static final NamedServer.Key KEY = NamedServer.Key.random("migrate-key", "hmac-sha256");
  @TempDir static Path dir;
  static NamedServer named;

  @BeforeAll
  static void start() {
    named =
        NamedServer.builder(dir)
            .key(KEY)
            .zone(
                NamedServer.Zone.of(LargeZone.NAME, LargeZone.text())
                    .allowTransferTo(KEY)
                    .signed(NamedServer.Signing.NSEC3))
            .zone(
                NamedServer.Zone.of(
                    "closed.test",
                    "$TTL 300\n@ SOA ns. h. 1 2 3 4 5\n@ NS ns.closed.test.\n"
                        + "ns A 192.0.2.1\n"))
            .start();
  }

  @AfterAll
  static void stop() {
    if (named != null) {
      named.close();
    }
  }

  static TsigKey tsig(NamedServer.Key k) {
    return TsigKey.of(
        k.name(),
        TsigAlgorithm.fromText(k.algorithm()).orElseThrow(),
        Base64.getDecoder().decode(k.secret()));
  }

  static ZoneTransferClient client() {
    return new ZoneTransferClient(Duration.ofSeconds(30), Clock.systemUTC());
  }

  @Test
  void transfersTheSignedZoneAndConvertsIt() {
    List<Record> records =
        client()
            .transfer(
                ServerAddress.parse(named.hostPort()), LargeZone.NAME, Optional.of(tsig(KEY)));
    assertTrue(records.size() > 2000, "a signed zone of 1000+ records: " + records.size());
    assertEquals(Type.SOA, records.get(0).getType());
    assertEquals(1, records.stream().filter(r -> r.getType() == Type.SOA).count());
    Map<String, Long> byType = new TreeMap<>();
    records.forEach(r -> byType.merge(Type.string(r.getType()), 1L, Long::sum));
    assertTrue(
        byType
            .keySet()
            .containsAll(List.of("RRSIG", "NSEC3", "NSEC3PARAM", "DNSKEY", "CDS", "CDNSKEY")),
        byType.toString());

    Conversion c =
        ZoneConverter.convert(
            LargeZone.NAME,
            records.stream().map(SourceRecord::of).toList(),
            ConversionOptions.defaults());
    long unsigned =
        records.stream().filter(r -> !ZoneConverter.DNSSEC_TYPES.contains(r.getType())).count();
    assertTrue(unsigned >= 1000, "unsigned records " + unsigned);
    List<String> unsupported =
        c.report().of(NoteKind.UNSUPPORTED_TYPE_DROPPED).stream()
            .map(n -> n.owner() + " " + n.typeName())
            .toList();
    assertEquals(new TreeSet<>(LargeZone.UNSUPPORTED), new TreeSet<>(unsupported));
    TreeSet<String> dnssecTypes = new TreeSet<>();
    c.report().of(NoteKind.DNSSEC_DROPPED).forEach(n -> dnssecTypes.add(n.typeName()));
    assertEquals(
        new TreeSet<>(List.of("CDNSKEY", "CDS", "DNSKEY", "NSEC3", "NSEC3PARAM", "RRSIG")),
        dnssecTypes);
    long migrated = c.zone().recordCount();
    long dropped = c.report().droppedRecords();
    // Every record is either migrated or reported dropped, except the apex NS, which are replaced
    // (2 -> 3).
    assertEquals(records.size(), migrated + dropped - 1);
  }

  @Test
  void aWrongSecretFailsWithBadSignature() {
    TransferException e =
        assertThrows(
            TransferException.class,
            () ->
                client()
                    .transfer(
                        ServerAddress.parse(named.hostPort()),
                        LargeZone.NAME,
                        Optional.of(tsig(KEY.withOtherSecret()))));
    assertEquals(TransferException.Reason.TSIG_FAILED, e.reason());
    assertEquals(TsigVerdict.BAD_SIGNATURE, e.tsig());
    assertEquals(
        "zone transfer of migrate.test from "
            + named.hostPort()
            + " failed: the signature with key "
            + "'migrate-key' did not verify: the secret differs from the server's (BADSIG)",
        e.getMessage());
    assertFalse(e.getMessage().contains(KEY.secret()));
  }

  @Test
  void anUnsignedRequestIsRefused() {
    TransferException e =
        assertThrows(
            TransferException.class,
            () ->
                client()
                    .transfer(
                        ServerAddress.parse(named.hostPort()), LargeZone.NAME, Optional.empty()));
    assertEquals(TransferException.Reason.REFUSED, e.reason());
    assertTrue(e.getMessage().contains("was refused"), e.getMessage());
  }

  @Test
  void aZoneThatAllowsNoTransferRefusesEvenAValidKey() {
    TransferException e =
        assertThrows(
            TransferException.class,
            () ->
                client()
                    .transfer(
                        ServerAddress.parse(named.hostPort()),
                        "closed.test",
                        Optional.of(tsig(KEY))));
    assertEquals(TransferException.Reason.REFUSED, e.reason());
    assertEquals(TsigVerdict.VALID, e.tsig());
  }

  @Test
  void aZoneTheServerDoesNotHaveIsNotServed() {
    TransferException e =
        assertThrows(
            TransferException.class,
            () ->
                client()
                    .transfer(
                        ServerAddress.parse(named.hostPort()), "unknown.test", Optional.empty()));
    assertEquals(TransferException.Reason.NOT_SERVED, e.reason());
  }

  @Test
  void aClosedPortIsUnreachable() throws Exception {
    int port;
    try (java.net.ServerSocket s =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    TransferException e =
        assertThrows(
            TransferException.class,
            () ->
                client()
                    .transfer(
                        new ServerAddress("127.0.0.1", port), LargeZone.NAME, Optional.empty()));
    assertEquals(TransferException.Reason.UNREACHABLE, e.reason());
    assertTrue(e.getMessage().startsWith("cannot reach 127.0.0.1:" + port), e.getMessage());
  }
}
