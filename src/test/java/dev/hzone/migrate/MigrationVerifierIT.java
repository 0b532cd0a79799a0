package dev.hzone.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ZoneData;
import dev.hzone.testing.NamedServer;
import dev.hzone.tsig.TsigAlgorithm;
import dev.hzone.tsig.TsigKey;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbill.DNS.Record;

/**
 * {@link MigrationVerifier} with BIND on both sides: the old host serves the signed original, a
 * second named serves the converted zone as Hetzner would, a third a copy with three deliberate
 * differences.
 */
class MigrationVerifierIT {
  static final NamedServer.Key KEY = NamedServer.Key.random("verify-key", "hmac-sha1");
  @TempDir static Path oldDir;
  @TempDir static Path newDir;
  @TempDir static Path badDir;
  static NamedServer old;
  static NamedServer migrated;
  static NamedServer tampered;
  static Conversion conversion;

  @BeforeAll
  static void start() {
    old =
        NamedServer.builder(oldDir)
            .key(KEY)
            .zone(
                NamedServer.Zone.of(LargeZone.NAME, LargeZone.text())
                    .allowTransferTo(KEY)
                    .signed(NamedServer.Signing.NSEC))
            .start();
    TsigKey key =
        TsigKey.of(KEY.name(), TsigAlgorithm.HMAC_SHA1, Base64.getDecoder().decode(KEY.secret()));
    List<Record> records =
        new ZoneTransferClient(Duration.ofSeconds(30), Clock.systemUTC())
            .transfer(ServerAddress.parse(old.hostPort()), LargeZone.NAME, Optional.of(key));
    conversion =
        ZoneConverter.convert(
            LargeZone.NAME,
            records.stream().map(SourceRecord::of).toList(),
            ConversionOptions.defaults());
    migrated =
        NamedServer.builder(newDir)
            .zone(NamedServer.Zone.of(LargeZone.NAME, bindText(conversion.zone())))
            .start();
    ZoneData bad =
        conversion
            .zone()
            .withRrset(
                Rrset.of(
                    RrsetKey.of("h7", RecordType.A),
                    OptionalInt.of(3600),
                    List.of(RecordValue.of("203.0.113.7"))))
            .withoutRrset(RrsetKey.of("h9", RecordType.TXT))
            .withRrset(
                conversion
                    .zone()
                    .get("mx1", RecordType.A)
                    .orElseThrow()
                    .withTtl(OptionalInt.of(120)));
    tampered =
        NamedServer.builder(badDir)
            .zone(NamedServer.Zone.of(LargeZone.NAME, bindText(bad)))
            .start();
  }

  @AfterAll
  static void stop() {
    for (NamedServer n : new NamedServer[] {old, migrated, tampered}) {
      if (n != null) {
        n.close();
      }
    }
  }

  /**
   * The zone as one BIND line per record, effective TTLs spelled out: what Hetzner's servers would
   * load.
   */
  static String bindText(ZoneData zone) {
    StringBuilder sb = new StringBuilder();
    int zoneTtl = zone.defaultTtl().orElse(3600);
    for (Rrset r : zone.rrsets().values()) {
      for (String v : r.values()) {
        sb.append(r.key().absoluteName(zone.name()))
            .append(' ')
            .append(r.effectiveTtl(zoneTtl))
            .append(" IN ")
            .append(r.type())
            .append(' ')
            .append(v)
            .append('\n');
      }
    }
    return sb.toString();
  }

  static MigrationVerifier verifier() {
    return new MigrationVerifier(new NameserverClient(Duration.ofSeconds(3), Clock.systemUTC()), 8);
  }

  @Test
  void agreesOnEverythingMigratedAndListsExactlyWhatWasDropped() {
    VerificationReport r =
        verifier()
            .verify(
                conversion,
                ServerAddress.parse(old.hostPort()),
                List.of(ServerAddress.parse(migrated.hostPort())));
    assertTrue(r.agrees(), () -> r.differences().toString());
    assertEquals(conversion.zone().rrsets().size(), r.rrsetCount());
    assertTrue(r.rrsetCount() > 900);
    List<String> expected =
        r.withStatus(RrsetCheck.Status.EXPECTED_CHANGE).stream().map(c -> c.key().id()).toList();
    assertEquals(List.of("@/NS", "@/SOA", "fast/A"), expected);
    assertEquals(
        "TTL 30 -> 60: TTL 30 raised to 60, the lowest the Hetzner API accepts",
        r.withStatus(RrsetCheck.Status.EXPECTED_CHANGE).get(2).detail());
    TreeSet<String> unsupported = new TreeSet<>();
    r.dropped().stream()
        .filter(n -> n.kind() == NoteKind.UNSUPPORTED_TYPE_DROPPED)
        .forEach(n -> unsupported.add(n.owner() + " " + n.typeName()));
    assertEquals(new TreeSet<>(LargeZone.UNSUPPORTED), unsupported);
    assertTrue(
        r.dropped().stream()
            .allMatch(
                n ->
                    n.kind() == NoteKind.UNSUPPORTED_TYPE_DROPPED
                        || n.kind() == NoteKind.DNSSEC_DROPPED),
        r.dropped().toString());
  }

  @Test
  void reportsEveryDifferenceAndNothingElse() {
    VerificationReport r =
        verifier()
            .verify(
                conversion,
                ServerAddress.parse(old.hostPort()),
                List.of(
                    ServerAddress.parse(migrated.hostPort()),
                    ServerAddress.parse(tampered.hostPort())));
    assertFalse(r.agrees());
    List<String> diffs =
        r.differences().stream()
            .map(c -> c.key().id() + " " + c.status() + " " + c.detail())
            .toList();
    assertEquals(
        List.of(
            "h7/A DIFFERENT_VALUES missing 198.51.100.8; extra 203.0.113.7",
            "h9/TXT MISSING no TXT records; the old host has \"host 9 of 260\"",
            "mx1/A DIFFERENT_TTL TTL 120, the old host has 3600"),
        diffs);
    assertTrue(
        r.differences().stream()
            .allMatch(c -> c.server().equals(ServerAddress.parse(tampered.hostPort()))));
    assertFalse(r.unreachable());
  }

  @Test
  void aStoppedNewServerCountsAsNoAnswer(@TempDir Path dir) {
    NamedServer gone =
        NamedServer.builder(dir)
            .zone(NamedServer.Zone.of(LargeZone.NAME, bindText(conversion.zone())))
            .start();
    ServerAddress address = ServerAddress.parse(gone.hostPort());
    gone.stop();
    Conversion small =
        new Conversion(
            ZoneData.of(
                LargeZone.NAME,
                conversion.zone().defaultTtl(),
                List.of(conversion.zone().get("h1", RecordType.A).orElseThrow())),
            conversion.report());
    VerificationReport r =
        verifier().verify(small, ServerAddress.parse(old.hostPort()), List.of(address));
    assertEquals(RrsetCheck.Status.NO_ANSWER, r.checks().get(0).status());
    assertTrue(r.unreachable());
  }
}
