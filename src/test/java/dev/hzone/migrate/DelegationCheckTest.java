package dev.hzone.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ZoneData;
import dev.hzone.emulator.dns.DnsServer;
import dev.hzone.emulator.dns.DnsServerOptions;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link DelegationCheck} against a parent zone {@code test} served on loopback by the emulator's
 * DNS server, which plays both the recursive resolver and the parent's nameserver.
 */
public class DelegationCheckTest {
  static final List<String> HETZNER =
      List.of("hydrogen.ns.hetzner.com.", "oxygen.ns.hetzner.com.", "helium.ns.hetzner.de.");
  static DnsServer parent;

  /** A zone from lines {@code NAME TYPE VALUE}, all with the zone's TTL. */
  public static ZoneData zone(String name, String... lines) {
    List<Rrset> rrsets = new ArrayList<>();
    java.util.Map<RrsetKey, List<RecordValue>> m = new java.util.LinkedHashMap<>();
    for (String l : lines) {
      String[] f = l.split("\\s+", 3);
      m.computeIfAbsent(
              RrsetKey.of(f[0], RecordType.fromText(f[1]).orElseThrow()), k -> new ArrayList<>())
          .add(RecordValue.of(f[2]));
    }
    m.forEach((k, v) -> rrsets.add(Rrset.of(k, OptionalInt.empty(), v)));
    return ZoneData.of(name, OptionalInt.of(300), rrsets);
  }

  @BeforeAll
  static void start() throws Exception {
    parent = DnsServer.start(new InetSocketAddress("127.0.0.1", 0), DnsServerOptions.defaults());
    parent.publish(
        zone(
            "test",
            "@ SOA ns1.test. hostmaster.test. 1 3600 600 86400 300",
            "@ NS ns1.test.",
            "ns1 A 127.0.0.1",
            "good NS hydrogen.ns.hetzner.com.",
            "good NS oxygen.ns.hetzner.com.",
            "good NS helium.ns.hetzner.de.",
            "half NS hydrogen.ns.hetzner.com.",
            "half NS ns1.other.example.",
            "away NS ns1.other.example.",
            "away NS ns2.other.example."));
  }

  @AfterAll
  static void stop() {
    parent.close();
  }

  DelegationReport check(String zone) {
    ServerAddress resolver = ServerAddress.parse(parent.hostPort());
    return new DelegationCheck(resolver, resolver.port(), Duration.ofSeconds(2), Clock.systemUTC())
        .check(zone, HETZNER);
  }

  @Test
  void validWhenTheParentDelegatesToExactlyTheAssignedNameservers() {
    DelegationReport r = check("good.test");
    assertEquals(DelegationReport.Verdict.VALID, r.verdict(), r.toString());
    assertEquals("test", r.parentZone());
    assertEquals(
        List.of("helium.ns.hetzner.de.", "hydrogen.ns.hetzner.com.", "oxygen.ns.hetzner.com."),
        r.delegated());
    assertEquals(1, r.answers().size());
    assertEquals("ns1.test.", r.answers().get(0).nameserver());
    assertFalse(r.inconsistent());
  }

  @Test
  void partiallyValidNamesWhatIsMissingAndWhatIsExtra() {
    DelegationReport r = check("HALF.test.");
    assertEquals(DelegationReport.Verdict.PARTIALLY_VALID, r.verdict());
    assertEquals(List.of("helium.ns.hetzner.de.", "oxygen.ns.hetzner.com."), r.missing());
    assertEquals(List.of("ns1.other.example."), r.extra());
  }

  @Test
  void invalidWhenDelegatedElsewhere() {
    DelegationReport r = check("away.test");
    assertEquals(DelegationReport.Verdict.INVALID, r.verdict());
    assertEquals(List.of("ns1.other.example.", "ns2.other.example."), r.delegated());
  }

  @Test
  void unregisteredWhenTheParentSaysNxdomain() {
    assertEquals(DelegationReport.Verdict.UNREGISTERED, check("nobody.test").verdict());
  }

  @Test
  void unknownWhenNoResolverAnswers() {
    DelegationReport r =
        new DelegationCheck(
                ServerAddress.parse("127.0.0.1:9"), 9, Duration.ofMillis(300), Clock.systemUTC())
            .check("good.test", HETZNER);
    assertEquals(DelegationReport.Verdict.UNKNOWN, r.verdict());
    assertTrue(r.detail().contains("did not answer"), r.detail());
  }
}
