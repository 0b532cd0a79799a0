package dev.hzone.emulator.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

class ZoneLookupTest {
  private final List<String> problems = new ArrayList<>();
  private final ZoneSnapshot zone = ZoneCompiler.compile(TestZones.example(), problems::add);

  private LookupResult ask(String name, int type) {
    return ZoneLookup.lookup(zone, Name.fromConstantString(name), type);
  }

  private static List<String> texts(List<Record> rrs) {
    List<String> out = new ArrayList<>();
    for (Record r : rrs) {
      out.add(
          r.getName()
              + " "
              + r.getTTL()
              + " "
              + Type.string(r.getType())
              + " "
              + r.rdataToString());
    }
    return out;
  }

  @Test
  void compilesEveryValueOfTheExampleZone() {
    assertEquals(List.of(), problems);
  }

  @Test
  void answersExactMatchAuthoritativelyWithItsOwnTtl() {
    LookupResult r = ask("www.example.test.", Type.A);
    assertEquals(Rcode.NOERROR, r.rcode());
    assertTrue(r.authoritative());
    assertEquals(List.of("www.example.test. 300 A 192.0.2.10"), texts(r.answer()));
    assertEquals(List.of(), r.authority());
  }

  @Test
  void rrsetWithoutTtlTakesTheZoneDefault() {
    assertEquals(
        List.of("example.test. 3600 MX 10 mail.example.test."),
        texts(ask("example.test.", Type.MX).answer()));
  }

  @Test
  void nameLookupIgnoresCase() {
    assertEquals(1, ask("WWW.Example.TEST.", Type.A).answer().size());
  }

  @Nested
  class Negative {
    @Test
    void missingNameIsNxdomainWithSoaCarryingTheNegativeTtl() {
      LookupResult r = ask("nope.example.test.", Type.A);
      assertEquals(Rcode.NXDOMAIN, r.rcode());
      assertTrue(r.authoritative());
      assertEquals(List.of(), r.answer());
      SOARecord soa = (SOARecord) r.authority().get(0);
      // RFC 2308 §3: the lower of the SOA's TTL (3600) and its MINIMUM (300).
      assertEquals(300, soa.getTTL());
    }

    @Test
    void missingTypeAtExistingNameIsNodata() {
      LookupResult r = ask("www.example.test.", Type.MX);
      assertEquals(Rcode.NOERROR, r.rcode());
      assertEquals(List.of(), r.answer());
      assertEquals(Type.SOA, r.authority().get(0).getType());
    }

    @Test
    void emptyNonTerminalIsNodataNotNxdomain() {
      LookupResult r = ask("ent.under.example.test.", Type.A);
      assertEquals(Rcode.NOERROR, r.rcode());
      assertEquals(List.of(), r.answer());
      assertEquals(Type.SOA, r.authority().get(0).getType());
    }
  }

  @Nested
  class Cnames {
    @Test
    void followsAChainInsideTheZone() {
      assertEquals(
          List.of(
              "chain.example.test. 3600 CNAME alias.example.test.",
              "alias.example.test. 3600 CNAME www.example.test.",
              "www.example.test. 300 A 192.0.2.10"),
          texts(ask("chain.example.test.", Type.A).answer()));
    }

    @Test
    void stopsAtATargetOutsideTheZone() {
      LookupResult r = ask("away.example.test.", Type.A);
      assertEquals(Rcode.NOERROR, r.rcode());
      assertEquals(List.of("away.example.test. 3600 CNAME target.example.net."), texts(r.answer()));
    }

    @Test
    void danglingTargetGivesNxdomainWithTheCname() {
      LookupResult r = ask("dangling.example.test.", Type.A);
      assertEquals(Rcode.NXDOMAIN, r.rcode());
      assertEquals(1, r.answer().size());
      assertEquals(Type.SOA, r.authority().get(0).getType());
    }

    @Test
    void loopEnds() {
      LookupResult r = ask("loop1.example.test.", Type.A);
      assertEquals(2, r.answer().size());
    }

    @Test
    void cnameQueryGetsTheCnameItself() {
      assertEquals(
          List.of("alias.example.test. 3600 CNAME www.example.test."),
          texts(ask("alias.example.test.", Type.CNAME).answer()));
    }

    @Test
    void chainIntoADelegationEndsInAReferralInAuthority() {
      LookupResult r = ask("tosub.example.test.", Type.A);
      assertTrue(r.authoritative());
      assertEquals(1, r.answer().size());
      assertEquals(2, r.authority().size());
      assertEquals(Type.NS, r.authority().get(0).getType());
    }
  }

  @Nested
  class Wildcards {
    @Test
    void synthesisesAtTheQueriedName() {
      assertEquals(
          List.of("a.wild.example.test. 3600 A 192.0.2.99"),
          texts(ask("a.wild.example.test.", Type.A).answer()));
    }

    @Test
    void matchesSeveralLabelsDown() {
      assertEquals(
          List.of("x.y.wild.example.test. 3600 A 192.0.2.99"),
          texts(ask("x.y.wild.example.test.", Type.A).answer()));
    }

    @Test
    void existingNameIsNotOverriddenByTheWildcard() {
      assertEquals(
          List.of("exists.wild.example.test. 3600 A 192.0.2.98"),
          texts(ask("exists.wild.example.test.", Type.A).answer()));
      LookupResult r = ask("exists.wild.example.test.", Type.TXT);
      assertEquals(List.of(), r.answer());
      assertEquals(Rcode.NOERROR, r.rcode());
    }

    @Test
    void wildcardWithoutTheTypeIsNodata() {
      LookupResult r = ask("a.wild.example.test.", Type.MX);
      assertEquals(Rcode.NOERROR, r.rcode());
      assertEquals(List.of(), r.answer());
    }

    @Test
    void emptyNonTerminalBlocksTheWildcardAbove() {
      // RFC 4592 §2.2.2: ent.under exists, so x.ent.under's closest encloser is ent.under, whose
      // *.ent.under
      // does not exist: NXDOMAIN, although *.under does.
      assertEquals(Rcode.NXDOMAIN, ask("x.ent.under.example.test.", Type.A).rcode());
      assertEquals(
          List.of("other.under.example.test. 3600 A 192.0.2.51"),
          texts(ask("other.under.example.test.", Type.A).answer()));
    }

    @Test
    void wildcardDoesNotApplyOutsideItsParent() {
      assertEquals(Rcode.NXDOMAIN, ask("a.nowild.example.test.", Type.A).rcode());
    }
  }

  @Nested
  class Delegations {
    @Test
    void referralHasNsInAuthorityGlueInAdditionalAndNoAa() {
      LookupResult r = ask("host.sub.example.test.", Type.A);
      assertEquals(Rcode.NOERROR, r.rcode());
      assertFalse(r.authoritative());
      assertEquals(List.of(), r.answer());
      assertEquals(2, r.authority().size());
      assertEquals(
          List.of(
              "ns1.sub.example.test. 3600 A 192.0.2.53",
              "ns1.sub.example.test. 3600 AAAA 2001:db8:0:0:0:0:0:53"),
          texts(r.additional()));
    }

    @Test
    void delegationPointItselfRefers() {
      assertFalse(ask("sub.example.test.", Type.NS).authoritative());
      assertFalse(ask("ns1.sub.example.test.", Type.A).authoritative());
    }

    @Test
    void dsAtTheDelegationIsAnsweredByTheParent() {
      LookupResult r = ask("sub.example.test.", Type.DS);
      assertTrue(r.authoritative());
      assertEquals(1, r.answer().size());
    }

    @Test
    void apexNsIsAnAnswerNotADelegation() {
      LookupResult r = ask("example.test.", Type.NS);
      assertTrue(r.authoritative());
      assertEquals(2, r.answer().size());
    }
  }

  @Test
  void txtStringsAreServedExactlyAsStored() {
    TXTRecord txt = (TXTRecord) ask("txt.example.test.", Type.TXT).answer().get(0);
    List<byte[]> strings = txt.getStringsAsByteArrays();
    assertEquals(3, strings.size());
    assertEquals(
        "v=spf1 \"quoted\" back\\slash",
        new String(strings.get(0), java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(
        "second string", new String(strings.get(1), java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(
        List.of((byte) 'c', (byte) 'a', (byte) 'f', (byte) 0xc3, (byte) 0xa9, (byte) ' ', (byte) 1),
        bytes(strings.get(2)));
  }

  @Test
  void anyReturnsEveryRrsetAtTheName() {
    assertEquals(2, ask("www.example.test.", Type.ANY).answer().size());
  }

  @Test
  void badValueIsLeftOutAndReported() {
    List<String> seen = new ArrayList<>();
    ZoneSnapshot z =
        ZoneCompiler.compile(
            TestZones.zone(
                "bad.test",
                3600,
                """
        @ SOA - ns1.bad.test. hostmaster.bad.test. 1 7200 3600 1209600 300
        www A - 192.0.2.300
        www A - 192.0.2.3
        """),
            seen::add);
    assertEquals(1, z.rrset(Name.fromConstantString("www.bad.test."), Type.A).size());
    assertEquals(1, seen.size());
    assertTrue(seen.get(0).contains("www/A"), seen.get(0));
  }

  @Test
  void zoneWithoutSoaIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ZoneCompiler.compile(
                    TestZones.zone("nosoa.test", 3600, "www A - 192.0.2.3"), p -> {}));
    assertTrue(e.getMessage().contains("no apex SOA"), e.getMessage());
  }

  private static List<Byte> bytes(byte[] b) {
    List<Byte> out = new ArrayList<>();
    for (byte x : b) {
      out.add(x);
    }
    return out;
  }
}
