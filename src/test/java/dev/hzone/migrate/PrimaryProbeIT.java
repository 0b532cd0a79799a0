package dev.hzone.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.testing.NamedServer;
import dev.hzone.tsig.TsigAlgorithm;
import dev.hzone.tsig.TsigKey;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PrimaryProbe} against a real BIND primary that demands TSIG for transfers. */
class PrimaryProbeIT {
  static final String ZONE =
      """
      $TTL 300
      @       SOA   ns1.primary.test. hostmaster.primary.test. 2026112801 3600 600 86400 300
      @       NS    ns1.primary.test.
      ns1     A     192.0.2.53
      www     A     192.0.2.80
      www     AAAA  2001:db8::80
      mail    MX    10 mx.primary.test.
      mx      A     192.0.2.25
      """;

  static final NamedServer.Key KEY = NamedServer.Key.random("transfer-key", "hmac-sha256");

  @TempDir static Path dir;
  static NamedServer named;

  @BeforeAll
  static void start() {
    named =
        NamedServer.builder(dir)
            .key(KEY)
            .zone(NamedServer.Zone.of("primary.test", ZONE).allowTransferTo(KEY))
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

  PrimaryReport probe(ServerAddress server, Optional<TsigKey> key) {
    return new PrimaryProbe(PrimaryProbe.DEFAULT_STEP_TIMEOUT, Clock.systemUTC())
        .probe(server, "primary.test", key);
  }

  @Test
  void reportsSerialValidTsigAndRecordCountWithTheRightKey() {
    PrimaryReport r = probe(ServerAddress.parse(named.hostPort()), Optional.of(tsig(KEY)));
    assertTrue(r.reachable());
    assertEquals(OptionalLong.of(2026112801L), r.serial());
    assertEquals(OptionalLong.of(2026112801L), r.udp().serial());
    assertEquals(OptionalLong.of(2026112801L), r.tcp().serial());
    assertTrue(r.udp().authoritative());
    assertEquals(TsigVerdict.VALID, r.tsig());
    assertEquals(TsigVerdict.VALID, r.udp().tsig());
    assertEquals(PrimaryReport.TransferCheck.Outcome.COMPLETE, r.transfer().outcome());
    assertEquals(OptionalInt.of(7), r.recordCount());
    assertTrue(r.healthy());
    assertEquals("transfer-key", r.keyName());
  }

  @Test
  void reportsBadSignatureWhenTheSecretDiffers() {
    PrimaryReport r =
        probe(ServerAddress.parse(named.hostPort()), Optional.of(tsig(KEY.withOtherSecret())));
    assertTrue(r.reachable());
    assertEquals(TsigVerdict.BAD_SIGNATURE, r.tsig());
    assertEquals(PrimaryReport.TransferCheck.Outcome.TSIG_FAILED, r.transfer().outcome());
    assertEquals("NOTAUTH", r.udp().rcode());
    assertEquals(OptionalInt.empty(), r.recordCount());
    assertFalse(r.healthy());
    assertFalse(r.transfer().detail().contains(KEY.secret()));
  }

  @Test
  void reportsBadKeyWhenTheServerDoesNotKnowTheKeyName() {
    NamedServer.Key unknown = NamedServer.Key.random("someone-elses-key", "hmac-sha256");
    PrimaryReport r = probe(ServerAddress.parse(named.hostPort()), Optional.of(tsig(unknown)));
    assertEquals(TsigVerdict.BAD_KEY, r.tsig());
    assertEquals(PrimaryReport.TransferCheck.Outcome.TSIG_FAILED, r.transfer().outcome());
    assertTrue(
        r.transfer().detail().contains("does not know key 'someone-elses-key'"),
        r.transfer().detail());
  }

  @Test
  void reportsUnsignedAndRefusedWithoutAKey() {
    PrimaryReport r = probe(ServerAddress.parse(named.hostPort()), Optional.empty());
    assertEquals(OptionalLong.of(2026112801L), r.serial());
    assertEquals(TsigVerdict.UNSIGNED, r.tsig());
    assertEquals(PrimaryReport.TransferCheck.Outcome.REFUSED, r.transfer().outcome());
    assertFalse(r.healthy());
  }

  @Test
  void reportsAStoppedPrimaryUnreachableWithinTenSeconds(@TempDir Path other) {
    NamedServer.Key key = NamedServer.Key.random("k2", "hmac-sha1");
    NamedServer stopped =
        NamedServer.builder(other)
            .key(key)
            .zone(NamedServer.Zone.of("primary.test", ZONE).allowTransferTo(key))
            .start();
    ServerAddress address = ServerAddress.parse(stopped.hostPort());
    assertTrue(probe(address, Optional.of(tsig(key))).healthy());
    stopped.stop();
    long start = System.nanoTime();
    PrimaryReport r = probe(address, Optional.of(tsig(key)));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertFalse(r.reachable());
    assertEquals(PrimaryReport.TransferCheck.Outcome.SKIPPED, r.transfer().outcome());
    assertEquals(TsigVerdict.NOT_CHECKED, r.tsig());
    assertEquals(OptionalLong.empty(), r.serial());
    assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "took " + took);
  }
}
