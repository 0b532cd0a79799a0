package dev.hzone.zonefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.ZoneData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZoneFileReaderTest {
  private final ZoneFileReader reader = new ZoneFileReader();

  private ZoneData parse(String text) {
    return reader.parse(text, "test.zone", "example.com").zone();
  }

  private Rrset rrset(ZoneData z, String name, RecordType type) {
    return z.get(name, type)
        .orElseThrow(() -> new AssertionError("no " + name + "/" + type + " in " + z));
  }

  private String errorOf(String text) {
    ZoneFileException e = assertThrows(ZoneFileException.class, () -> parse(text));
    return e.getMessage();
  }

  @Nested
  class NamesAndDirectives {
    @Test
    void resolvesRelativeAbsoluteAndApexNames() {
      ZoneData z =
          parse(
              """
          $TTL 300
          @ IN A 192.0.2.1
          www IN A 192.0.2.2
          mail.example.com. IN A 192.0.2.3
          WiLd.Card IN A 192.0.2.4
          $ORIGIN sub.example.com.
          deep IN A 192.0.2.5
          @ IN A 192.0.2.6
          """);
      assertEquals(List.of("192.0.2.1"), rrset(z, "@", RecordType.A).values());
      assertEquals(List.of("192.0.2.2"), rrset(z, "www", RecordType.A).values());
      assertEquals(List.of("192.0.2.3"), rrset(z, "mail", RecordType.A).values());
      assertEquals(List.of("192.0.2.4"), rrset(z, "wild.card", RecordType.A).values());
      assertEquals(List.of("192.0.2.5"), rrset(z, "deep.sub", RecordType.A).values());
      assertEquals(List.of("192.0.2.6"), rrset(z, "sub", RecordType.A).values());
    }

    @Test
    void blankOwnerInheritsThePreviousName() {
      ZoneData z =
          parse(
              """
          $TTL 300
          www IN A 192.0.2.1
              IN AAAA 2001:db8::1
          """);
      assertEquals(List.of("2001:db8::1"), rrset(z, "www", RecordType.AAAA).values());
    }

    @Test
    void acceptsClassAndTtlInEitherOrderAndTtlUnits() {
      ZoneData z =
          parse(
              """
          $TTL 1h
          a 300 IN A 192.0.2.1
          b IN 1h30m A 192.0.2.2
          c A 192.0.2.3
          """);
      assertEquals(OptionalInt.of(300), rrset(z, "a", RecordType.A).ttl());
      assertEquals(OptionalInt.of(5400), rrset(z, "b", RecordType.A).ttl());
      assertEquals(OptionalInt.empty(), rrset(z, "c", RecordType.A).ttl());
      assertEquals(OptionalInt.of(3600), z.defaultTtl());
    }

    @Test
    void joinsParenthesisedLinesAndKeepsTheFirstLineComment() {
      ZoneData z =
          parse(
              """
          $TTL 300
          @ IN SOA ns1.example.com. hostmaster.example.com. ( ; the SOA
                   2026010101 ; serial
                   7200 3600 1209600 300 )
          www IN A 192.0.2.1 ; web server
          """);
      Rrset soa = rrset(z, "@", RecordType.SOA);
      assertEquals(
          "ns1.example.com. hostmaster.example.com. 2026010101 7200 3600 1209600 300",
          soa.records().get(0).value());
      assertEquals(
          "", soa.records().get(0).comment(), "comments inside parentheses annotate fields");
      assertEquals(
          new RecordValue("192.0.2.1", "web server"),
          rrset(z, "www", RecordType.A).records().get(0));
    }

    @Test
    void makesNamesInsideValuesAbsolute() {
      ZoneData z =
          parse(
              """
          $TTL 300
          @ IN MX 10 mail
          @ IN MX 20 mx.example.net.
          www IN CNAME @
          _sip._tcp IN SRV 10 60 5060 sip
          """);
      assertEquals(
          List.of("10 mail.example.com.", "20 mx.example.net."),
          rrset(z, "@", RecordType.MX).values());
      assertEquals(List.of("example.com."), rrset(z, "www", RecordType.CNAME).values());
      assertEquals(
          List.of("10 60 5060 sip.example.com."), rrset(z, "_sip._tcp", RecordType.SRV).values());
    }

    @Test
    void generatesRecords() {
      ZoneData z =
          parse(
              """
          $TTL 300
          $GENERATE 1-3 host$ A 192.0.2.$
          $GENERATE 10-11/1 ${0,3,d}.pool CNAME host${-9}
          $GENERATE 1024-1024 ${0,3,n}.v6 AAAA 2001:db8::${0,4,x}
          """);
      assertEquals(List.of("192.0.2.2"), rrset(z, "host2", RecordType.A).values());
      assertEquals(List.of("host1.example.com."), rrset(z, "010.pool", RecordType.CNAME).values());
      assertEquals(List.of("2001:db8::400"), rrset(z, "0.0.4.v6", RecordType.AAAA).values());
    }

    @Test
    void boundsGenerate() {
      ZoneFileReader small = new ZoneFileReader(ReadOptions.defaults().withGenerateLimit(10));
      ZoneFileException e =
          assertThrows(
              ZoneFileException.class,
              () ->
                  small.parse("$TTL 60\n$GENERATE 1-11 h$ A 192.0.2.$\n", "g.zone", "example.com"));
      assertEquals(
          "g.zone:2: $GENERATE would create 11 records, more than the limit of 10; split it or list "
              + "the records",
          e.getMessage());
    }

    @Test
    void idnOwnersAndOriginBecomePunycode() {
      ParsedZone p =
          reader.parse(
              """
          $ORIGIN bäckerei-müller.de.
          $TTL 300
          filiale-süd IN A 192.0.2.1
          www IN CNAME bäckerei-müller.de.
          """,
              "idn.zone",
              "bäckerei-müller.de.");
      assertEquals("xn--bckerei-mller-bfb28a.de", p.zone().name());
      assertEquals(
          List.of("192.0.2.1"), rrset(p.zone(), "xn--filiale-sd-ieb", RecordType.A).values());
      assertEquals(
          List.of("xn--bckerei-mller-bfb28a.de."),
          rrset(p.zone(), "www", RecordType.CNAME).values());
    }
  }

  @Nested
  class Ttls {
    @Test
    void rrsetWithoutExplicitTtlInheritsTheZoneDefault() {
      ZoneData z = parse("$TTL 600\nwww IN A 192.0.2.1\nwww IN A 192.0.2.2\n");
      assertEquals(OptionalInt.empty(), rrset(z, "www", RecordType.A).ttl());
      assertEquals(OptionalInt.of(600), z.defaultTtl());
    }

    @Test
    void conflictingTtlsNameBothLines() {
      assertEquals(
          "test.zone:3: TTL 600 differs from TTL 300 of the same RRSet www/A at test.zone:2: an RRSet "
              + "has one TTL, give all its records the same TTL",
          errorOf("$TTL 600\nwww 300 IN A 192.0.2.1\nwww IN A 192.0.2.2\n"));
    }

    @Test
    void laterTtlDirectiveGivesExplicitTtls() {
      ZoneData z = parse("$TTL 600\na IN A 192.0.2.1\n$TTL 60\nb IN A 192.0.2.2\n");
      assertEquals(OptionalInt.empty(), rrset(z, "a", RecordType.A).ttl());
      assertEquals(OptionalInt.of(60), rrset(z, "b", RecordType.A).ttl());
    }

    @Test
    void withoutTtlDirectiveFollowsBind() {
      ZoneData z =
          parse(
              """
          @ IN SOA ns.example.com. h.example.com. 1 2 3 4 500
          a 300 IN A 192.0.2.1
          b IN A 192.0.2.2
          """);
      assertEquals(OptionalInt.of(500), z.defaultTtl());
      assertEquals(OptionalInt.empty(), rrset(z, "@", RecordType.SOA).ttl());
      assertEquals(OptionalInt.empty(), rrset(z, "b", RecordType.A).ttl());
      assertEquals(
          "test.zone:1: no TTL: give this record a TTL or put $TTL at the top of the file",
          errorOf("a IN A 192.0.2.1\n"));
    }
  }

  @Nested
  class Values {
    @Test
    void txtKeepsStringBoundariesAndEscapes() {
      ZoneData z =
          parse(
              """
          $TTL 300
          a IN TXT "v=DKIM1; k=rsa; " "p=MIIB"
          b IN TXT "say \\"hi\\"" back\\\\slash "\\195\\164" "tab\\009"
          c IN TXT unquoted words
          d IN TXT "Brötchen"
          """);
      assertEquals(
          List.of("\"v=DKIM1; k=rsa; \" \"p=MIIB\""), rrset(z, "a", RecordType.TXT).values());
      assertEquals(
          List.of("\"say \\\"hi\\\"\" \"back\\\\slash\" \"ä\" \"tab\\009\""),
          rrset(z, "b", RecordType.TXT).values());
      assertEquals(List.of("\"unquoted\" \"words\""), rrset(z, "c", RecordType.TXT).values());
      assertEquals(List.of("\"Brötchen\""), rrset(z, "d", RecordType.TXT).values());
    }

    @Test
    void rejectsTxtStringsOver255Bytes() {
      String msg = errorOf("$TTL 300\na IN TXT \"" + "x".repeat(256) + "\"\n");
      assertTrue(
          msg.startsWith("test.zone:2: a character-string holds at most 255 bytes, this one 256"),
          msg);
    }

    @Test
    void convertsTheOtherTypes() {
      ZoneData z =
          parse(
              """
          $TTL 300
          @ IN CAA 0 issue "letsencrypt.org"
          @ IN AAAA 2001:0DB8:0:0:0:0:0:10
          @ IN HTTPS 1 . alpn=h3,h2
          h IN HINFO x86 "Linux 6"
          r IN RP admin txt
          t IN TYPE1 \\# 4 C0000201
          _443._tcp IN TLSA 3 1 1 ABCDEF01
          """);
      assertEquals(List.of("0 issue \"letsencrypt.org\""), rrset(z, "@", RecordType.CAA).values());
      assertEquals(List.of("2001:db8::10"), rrset(z, "@", RecordType.AAAA).values());
      assertEquals(List.of("1 . alpn=h3,h2"), rrset(z, "@", RecordType.HTTPS).values());
      assertEquals(List.of("\"x86\" \"Linux 6\""), rrset(z, "h", RecordType.HINFO).values());
      assertEquals(
          List.of("admin.example.com. txt.example.com."), rrset(z, "r", RecordType.RP).values());
      assertEquals(List.of("192.0.2.1"), rrset(z, "t", RecordType.A).values());
      assertEquals(List.of("3 1 1 abcdef01"), rrset(z, "_443._tcp", RecordType.TLSA).values());
    }

    @Test
    void svcbKeepsParametersAsWrittenAndChecksThem() {
      ZoneData z =
          parse(
              """
          $TTL 300
          @ IN HTTPS 1 . alpn="h3,h2" dohpath="/dns-query{?dns}"
          s IN SVCB 16 target alpn="f\\\\\\\\oo\\\\,bar,h2"
          g IN SVCB \\# 18 0001 03666F6F 00 0001 0007 0363 2C64 026832
          """);
      assertEquals(
          List.of("1 . alpn=\"h3,h2\" dohpath=\"/dns-query{?dns}\""),
          rrset(z, "@", RecordType.HTTPS).values());
      assertEquals(
          List.of("16 target.example.com. alpn=\"f\\\\\\\\oo\\\\,bar,h2\""),
          rrset(z, "s", RecordType.SVCB).values());
      assertEquals(List.of("1 foo. alpn=\"c\\\\,d,h2\""), rrset(z, "g", RecordType.SVCB).values());
      assertTrue(errorOf("$TTL 300\n@ IN HTTPS 1 . alpn=h2,\n").contains("has an empty ALPN id"));
      assertTrue(
          errorOf("$TTL 300\n@ IN HTTPS 1 . echconfig=AAAA\n")
              .contains("unknown SVCB parameter 'echconfig'"));
    }

    @Test
    void dsDigestLengthsAreCheckedAsBindDoes() {
      ZoneData z =
          parse(
              "$TTL 300\nsub IN DS 12345 RSASHA256 SHA-256 ( 00112233445566778899AABBCCDDEEFF\n"
                  + " 00112233445566778899AABBCCDDEEFF )\nsub IN DS 1 13 5 0011\n");
      assertEquals(
          List.of(
              "12345 8 2 00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff",
              "1 13 5 0011"),
          rrset(z, "sub", RecordType.DS).values());
      assertTrue(
          errorOf("$TTL 300\nsub IN DS 1 13 2 0011\n")
              .contains("DS digest of type 2 has 2.0 bytes, expected 32"));
    }

    @Test
    void backslashHashWithoutALengthIsText() {
      ZoneData z = parse("$TTL 300\nt IN TXT \\# text\n");
      assertEquals(List.of("\"#\" \"text\""), rrset(z, "t", RecordType.TXT).values());
    }

    @Test
    void dropsDuplicatesWithAWarning() {
      ParsedZone p =
          reader.parse("$TTL 300\na IN A 192.0.2.1\na IN A 192.0.2.1\n", "t.zone", "example.com");
      assertEquals(1, p.zone().recordCount());
      assertEquals(
          "t.zone:3: warning: duplicate record a/A 192.0.2.1 (same as line 2) dropped",
          p.warnings().get(0).format());
    }
  }

  @Nested
  class Errors {
    @Test
    void reportEveryBadLineWithFileAndLine() {
      ZoneFileException e =
          assertThrows(
              ZoneFileException.class,
              () ->
                  parse(
                      """
          $TTL 300
          a IN A 192.0.2.05
          b IN BOGUS x
          c CH A 192.0.2.1
          d.example.net. IN A 192.0.2.1
          """));
      assertEquals(
          """
          test.zone:2: bad IPv4 address '192.0.2.05' (four numbers 0-255 without leading zeros)
          test.zone:3: expected a record type, found 'BOGUS'
          test.zone:4: class CH is not supported: Hetzner zones are class IN
          test.zone:5: owner name 'd.example.net.' is outside the zone example.com. (an owner must be the zone \
          or a name below it)""",
          e.getMessage());
    }

    @Test
    void unbalancedParenthesesAndQuotes() {
      assertEquals(
          "test.zone:2: '(' is never closed: add the matching ')'",
          errorOf("$TTL 300\n@ IN SOA ns h ( 1 2 3 4 5\n"));
      assertEquals(
          "test.zone:2: quoted string is not closed on this line: add the closing '\"'",
          errorOf("$TTL 300\na IN TXT \"abc\ndef\"\n"));
    }

    @Test
    void unsupportedTypesAreErrorsOrSkipped() {
      String text =
          "$TTL 300\na IN SSHFP 1 1 0123456789abcdef0123456789abcdef01234567\nb IN A 192.0.2.1\n";
      assertEquals(
          "test.zone:2: SSHFP records are not supported by the Hetzner API (remove it, or skip such "
              + "records with --skip-unsupported)",
          errorOf(text));
      ParsedZone p =
          new ZoneFileReader(
                  ReadOptions.defaults().withUnsupportedTypes(UnsupportedTypePolicy.SKIP))
              .parse(text, "test.zone", "example.com");
      assertEquals(1, p.zone().recordCount());
      assertEquals(
          "test.zone:2: warning: SSHFP records are not supported by the Hetzner API; skipped",
          p.warnings().get(0).format());
    }
  }

  @Nested
  class Files_ {
    @TempDir Path dir;

    private Path write(String name, String text) throws Exception {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      Files.writeString(p, text, StandardCharsets.UTF_8);
      return p;
    }

    @Test
    void zoneNameFromOriginThenFileName() throws Exception {
      Path f = write("example.net.zone", "$TTL 300\n@ IN A 192.0.2.1\n");
      assertEquals("example.net", reader.read(f).zone().name());
      Path g =
          write("db.other.zone.example.org", "$ORIGIN example.org.\n$TTL 300\n@ IN A 192.0.2.1\n");
      assertEquals("example.org", reader.read(g).zone().name());
      Path h = write("zonefile", "$TTL 300\n@ IN A 192.0.2.1\n");
      assertTrue(
          assertThrows(ZoneFileException.class, () -> reader.read(h))
              .getMessage()
              .contains("cannot tell the zone's name"));
      assertEquals(
          "example.com",
          new ZoneFileReader(ReadOptions.defaults().withOrigin("example.com."))
              .read(h)
              .zone()
              .name());
    }

    @Test
    void includesRelativeToTheIncludingFile() throws Exception {
      write("sub/mail.inc", "$INCLUDE more.inc\nmail IN A 192.0.2.25\n");
      write("sub/more.inc", "more IN A 192.0.2.26\n");
      Path f =
          write("example.com.zone", "$TTL 300\n$INCLUDE sub/mail.inc\n$INCLUDE sub/more.inc x\n");
      ParsedZone p = reader.read(f);
      assertEquals(List.of("192.0.2.25"), rrset(p.zone(), "mail", RecordType.A).values());
      assertEquals(List.of("192.0.2.26"), rrset(p.zone(), "more.x", RecordType.A).values());
      assertEquals(
          new SourcePosition(dir.resolve("sub/mail.inc").toString(), 2),
          p.positions().get(dev.hzone.dns.RrsetKey.of("mail", RecordType.A)));
    }

    @Test
    void includeCyclesAndEscapesAreErrors() throws Exception {
      write("a.inc", "$INCLUDE b.inc\n");
      write("b.inc", "$INCLUDE a.inc\n");
      Path f = write("example.com.zone", "$TTL 300\n$INCLUDE a.inc\n$INCLUDE ../outside.inc\n");
      Files.writeString(dir.resolveSibling("outside.inc"), "x IN A 192.0.2.1\n");
      String msg = assertThrows(ZoneFileException.class, () -> reader.read(f)).getMessage();
      assertTrue(msg.contains("b.inc:1: $INCLUDE a.inc: cycle"), msg);
      assertTrue(
          msg.contains(
              "example.com.zone:3: $INCLUDE ../outside.inc: the file is outside the zone directory"),
          msg);
    }

    @Test
    void textWithoutADirectoryRefusesRelativeIncludes() {
      assertTrue(errorOf("$INCLUDE x.inc\n").contains("a relative path needs a directory"));
    }
  }

  @Test
  void readsTheExampleZones() {
    for (String f :
        List.of(
            "zones/example.com.zone", "zones/example.org.zone", "zones/bäckerei-müller.de.zone")) {
      ParsedZone p = reader.read(Path.of(f));
      assertTrue(p.zone().recordCount() > 10, f);
      assertEquals(List.of(), p.warnings(), f);
    }
  }
}
