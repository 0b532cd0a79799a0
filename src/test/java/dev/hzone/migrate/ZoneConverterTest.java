package dev.hzone.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.ZoneData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

class ZoneConverterTest {
  static final String HEAD =
      """
      $ORIGIN example.com.
      $TTL 3600
      @        SOA  ns1.oldhost.net. hostmaster.example.com. 2024010101 7200 900 1209600 300
      @        NS   ns1.oldhost.net.
      @        NS   ns2.oldhost.net.
      """;

  static List<SourceRecord> records(String text) {
    List<SourceRecord> out = new ArrayList<>();
    try (Master m =
        new Master(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            Name.fromConstantString("example.com."),
            3600)) {
      Record r;
      while ((r = m.nextRecord()) != null) {
        out.add(SourceRecord.of(r));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static Conversion convert(String body) {
    return ZoneConverter.convert("example.com", records(HEAD + body), ConversionOptions.defaults());
  }

  static List<String> values(ZoneData z, String name, RecordType t) {
    return z.get(name, t).orElseThrow(() -> new AssertionError("no " + name + "/" + t)).values();
  }

  @Nested
  class ManagedRecords {
    @Test
    void replacesApexNsWithHetznersAndSaysSo() {
      Conversion c = convert("");
      assertEquals(
          dev.hzone.api.cloud.Zone.AuthoritativeNameservers.HETZNER_DEFAULTS,
          values(c.zone(), "@", RecordType.NS));
      MigrationNote n = c.report().of(NoteKind.APEX_NS_REPLACED).get(0);
      assertEquals(
          "apex NS ns1.oldhost.net. ns2.oldhost.net. replaced by Hetzner's hydrogen.ns.hetzner.com. "
              + "oxygen.ns.hetzner.com. helium.ns.hetzner.de.",
          n.message());
      assertFalse(n.dropped());
    }

    @Test
    void keepsSoaContactAndTimersWithHetznersPrimary() {
      Conversion c = convert("");
      assertEquals(
          List.of(
              "hydrogen.ns.hetzner.com. hostmaster.example.com. 2024010101 7200 900 1209600 300"),
          values(c.zone(), "@", RecordType.SOA));
      assertEquals(1, c.report().of(NoteKind.SOA_ADJUSTED).size());
    }

    @Test
    void usesTheZonesAssignedNameserversWhenGiven() {
      ConversionOptions o =
          ConversionOptions.defaults().withNameservers(List.of("ns1.example.", "ns2.example."));
      Conversion c = ZoneConverter.convert("example.com", records(HEAD), o);
      assertEquals(List.of("ns1.example.", "ns2.example."), values(c.zone(), "@", RecordType.NS));
      assertTrue(values(c.zone(), "@", RecordType.SOA).get(0).startsWith("ns1.example. "));
    }

    @Test
    void keepsSubDelegationsAndGlue() {
      Conversion c =
          convert(
              """
          sub      NS   ns1.sub.example.com.
          ns1.sub  A    192.0.2.53
          """);
      assertEquals(List.of("ns1.sub.example.com."), values(c.zone(), "sub", RecordType.NS));
      assertEquals(List.of("192.0.2.53"), values(c.zone(), "ns1.sub", RecordType.A));
    }
  }

  @Nested
  class Dropped {
    @Test
    void dropsDnssecRecordsPerRrsetWithRegistrarAdvice() {
      Conversion c =
          convert(
              """
          @    DNSKEY 257 3 13 mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ==
          @    NSEC3PARAM 1 0 0 -
          www  A   192.0.2.1
          """);
      List<MigrationNote> dnssec = c.report().of(NoteKind.DNSSEC_DROPPED);
      assertEquals(
          List.of("DNSKEY", "NSEC3PARAM"), dnssec.stream().map(MigrationNote::typeName).toList());
      assertTrue(
          dnssec.get(0).suggestion().startsWith("remove the zone's DS record at the registrar"));
      assertTrue(dnssec.get(0).dropped());
      assertTrue(
          c.zone().rrsets().keySet().stream()
              .noneMatch(k -> k.name().equals("@") && k.type() == RecordType.DS));
      assertEquals(2, c.report().droppedRecords());
    }

    @Test
    void reportsEachUnsupportedTypeWithAdvice() {
      Conversion c =
          convert(
              """
          @      SPF    "v=spf1 mx -all"
          @      TXT    "v=spf1 mx -all"
          host   SPF    "v=spf1 a -all"
          host   SSHFP  1 1 123456789abcdef67890123456789abcdef67890
          here   LOC    52 22 23.000 N 4 53 32.000 E -2.00m 0.00m 10000m 10m
          weird  TYPE65280 \\# 2 abcd
          """);
      List<MigrationNote> u = c.report().of(NoteKind.UNSUPPORTED_TYPE_DROPPED);
      assertEquals(
          List.of("@ SPF", "host SPF", "host SSHFP", "here LOC", "weird TYPE65280"),
          u.stream().map(n -> n.owner() + " " + n.typeName()).toList());
      assertEquals(
          "a TXT record with the same text is already there; nothing to do", u.get(0).suggestion());
      assertEquals(
          "publish the same text as a TXT record at this name (RFC 7208 retired the SPF type)",
          u.get(1).suggestion());
      assertTrue(u.get(4).suggestion().startsWith("a private-use type"));
      assertEquals("SPF is not a type the Hetzner API accepts", u.get(0).message());
    }

    @Test
    void dropsCnameAtTheApexAndNextToOtherData() {
      Conversion c =
          convert(
              """
          @     CNAME  lb.cdn.example.net.
          www   CNAME  lb.cdn.example.net.
          www   TXT    "site"
          ok    CNAME  www.example.com.
          """);
      List<MigrationNote> n = c.report().of(NoteKind.CNAME_CONFLICT_DROPPED);
      assertEquals(List.of("@", "www"), n.stream().map(MigrationNote::owner).toList());
      assertEquals(
          "publish the A/AAAA addresses of lb.cdn.example.net. at this name instead",
          n.get(0).suggestion());
      assertTrue(c.zone().get("www", RecordType.TXT).isPresent());
      assertEquals(List.of("www.example.com."), values(c.zone(), "ok", RecordType.CNAME));
    }

    @Test
    void dropsRecordsOutsideTheZone() throws IOException {
      List<SourceRecord> in = new ArrayList<>(records(HEAD));
      in.add(
          SourceRecord.of(
              Record.fromString(
                  Name.fromConstantString("other.org."), Type.A, 1, 300, "192.0.2.9", Name.root)));
      Conversion c = ZoneConverter.convert("example.com", in, ConversionOptions.defaults());
      MigrationNote n = c.report().of(NoteKind.OUT_OF_ZONE_DROPPED).get(0);
      assertEquals("other.org.", n.owner());
    }
  }

  @Nested
  class Ttls {
    @Test
    void takesTheLowestTtlOfAnRrsetAndWarns() {
      Conversion c =
          convert(
              """
          www  600  A  192.0.2.1
          www  300  A  192.0.2.2
          www  900  A  192.0.2.3
          """);
      Rrset www = c.zone().get("www", RecordType.A).orElseThrow();
      assertEquals(OptionalInt.of(300), www.ttl());
      assertEquals(3, www.records().size());
      assertEquals(
          "records had different TTLs [300, 600, 900]; the RRSet gets the lowest, 300",
          c.report().of(NoteKind.TTL_MERGED).get(0).message());
    }

    @Test
    void raisesTtlsBelowSixty() {
      Conversion c = convert("fast 30 A 192.0.2.1\n");
      assertEquals(OptionalInt.of(60), c.zone().get("fast", RecordType.A).orElseThrow().ttl());
      assertEquals(1, c.report().of(NoteKind.TTL_RAISED).size());
    }

    @Test
    void choosesTheMostCommonTtlAsDefaultAndLetsThoseRrsetsInherit() {
      Conversion c =
          convert(
              """
          a  300 A 192.0.2.1
          b  300 A 192.0.2.2
          c  300 A 192.0.2.3
          d  300 A 192.0.2.4
          e  86400 A 192.0.2.5
          """);
      assertEquals(OptionalInt.of(300), c.zone().defaultTtl());
      assertEquals(OptionalInt.empty(), c.zone().get("a", RecordType.A).orElseThrow().ttl());
      assertEquals(OptionalInt.of(3600), c.zone().get("@", RecordType.SOA).orElseThrow().ttl());
      assertEquals(OptionalInt.of(86400), c.zone().get("e", RecordType.A).orElseThrow().ttl());
    }

    @Test
    void keepsTheSourcesDefaultTtlWhenGiven() {
      Conversion c =
          ZoneConverter.convert(
              "example.com",
              records(HEAD + "a A 192.0.2.1\n"),
              ConversionOptions.defaults().withDefaultTtl(OptionalInt.of(3600)));
      assertEquals(OptionalInt.of(3600), c.zone().defaultTtl());
      assertEquals(OptionalInt.empty(), c.zone().get("a", RecordType.A).orElseThrow().ttl());
      assertTrue(c.report().of(NoteKind.DEFAULT_TTL_CHOSEN).isEmpty());
    }
  }

  @Nested
  class Values {
    @Test
    void writesValuesInHetznersSyntax() {
      Conversion c =
          convert(
              """
          v6     AAAA  2001:0db8:0000:0000:0000:0000:0000:0010
          txt    TXT   "part one" "part \\"two\\""
          mail   MX    10 mx.example.com.
          _sip._tcp SRV 10 5 5060 sip.example.com.
          caa    CAA   0 issue "letsencrypt.org"
          Upper  A     192.0.2.7
          """);
      ZoneData z = c.zone();
      assertEquals(List.of("2001:db8::10"), values(z, "v6", RecordType.AAAA));
      assertEquals(List.of("\"part one\" \"part \\\"two\\\"\""), values(z, "txt", RecordType.TXT));
      assertEquals(List.of("10 mx.example.com."), values(z, "mail", RecordType.MX));
      assertEquals(List.of("10 5 5060 sip.example.com."), values(z, "_sip._tcp", RecordType.SRV));
      assertEquals(List.of("0 issue \"letsencrypt.org\""), values(z, "caa", RecordType.CAA));
      assertEquals(List.of("192.0.2.7"), values(z, "upper", RecordType.A));
    }

    @Test
    void mergesDuplicatesKeepingTheComment() throws IOException {
      List<SourceRecord> in = new ArrayList<>(records(HEAD));
      Record a =
          Record.fromString(
              Name.fromConstantString("www.example.com."), Type.A, 1, 300, "192.0.2.1", Name.root);
      in.add(SourceRecord.of(a));
      in.add(new SourceRecord(a, OptionalInt.of(9), "front door"));
      Conversion c = ZoneConverter.convert("example.com", in, ConversionOptions.defaults());
      assertEquals(
          List.of(new RecordValue("192.0.2.1", "front door")),
          c.zone().get("www", RecordType.A).orElseThrow().records());
      assertEquals(1, c.report().of(NoteKind.DUPLICATE_MERGED).get(0).count());
    }
  }
}
