package dev.hzone.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.ZoneData;
import dev.hzone.zonefile.ZoneFileException;
import dev.hzone.zonefile.ZoneFileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ExportReaderTest {
  static String fixture(String name) {
    try (InputStream in = ExportReaderTest.class.getResourceAsStream("/migrate/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Conversion convert(ExportData data) {
    return ZoneConverter.convert(
        "example.com",
        data.records(),
        ConversionOptions.defaults().withDefaultTtl(data.defaultTtl()));
  }

  static List<String> values(ZoneData z, String name, RecordType t) {
    return z.get(name, t).orElseThrow(() -> new AssertionError("no " + name + "/" + t)).values();
  }

  static List<String> notes(List<MigrationNote> notes, NoteKind kind) {
    return notes.stream()
        .filter(n -> n.kind() == kind)
        .map(n -> n.owner() + " " + n.typeName() + " x" + n.count() + " line " + n.line().orElse(0))
        .toList();
  }

  @Nested
  class Cloudflare {
    final ExportData data =
        ExportReader.read(fixture("cloudflare-example.com.txt"), "cf.txt", "example.com");
    final Conversion c = convert(data);

    @Test
    void recognisesTheExport() {
      assertEquals(ExportSource.CLOUDFLARE, data.source());
      assertEquals(14, data.records().size());
    }

    @Test
    void fixesTheSoaOwnerWrittenWithoutItsTrailingDot() {
      assertEquals(List.of("@ SOA x1 line 29"), notes(data.notes(), NoteKind.DOUBLED_ORIGIN_FIXED));
      assertEquals(
          List.of("hydrogen.ns.hetzner.com. dns.cloudflare.com. 2049251237 10000 2400 604800 3600"),
          values(c.zone(), "@", RecordType.SOA));
    }

    @Test
    void turnsTheAutomaticTtlIntoThreeHundredSecondsPerRrset() {
      assertEquals(
          List.of(
              "@ A x1 line 36",
              "www A x1 line 37",
              "www AAAA x1 line 41",
              "@ CAA x1 line 44",
              "blog CNAME x1 line 47",
              "@ MX x1 line 51",
              "_sip._tcp SRV x1 line 54",
              "@ TXT x1 line 57",
              "_dmarc TXT x1 line 58"),
          notes(data.notes(), NoteKind.AUTO_TTL));
      int zoneTtl = c.zone().defaultTtl().orElseThrow();
      assertEquals(300, c.zone().get("www", RecordType.A).orElseThrow().effectiveTtl(zoneTtl));
      assertEquals(3600, c.zone().get("mail", RecordType.A).orElseThrow().effectiveTtl(zoneTtl));
    }

    @Test
    void warnsAboutEveryProxiedRrsetAndKeepsTheOriginAddress() {
      assertEquals(
          List.of("@ A x1 line 36", "www A x1 line 37", "www AAAA x1 line 41"),
          notes(data.notes(), NoteKind.PROXIED_RECORD));
      assertTrue(
          data.notes().stream()
              .filter(n -> n.kind() == NoteKind.PROXIED_RECORD)
              .findFirst()
              .orElseThrow()
              .message()
              .endsWith("at Hetzner they get the origin 192.0.2.10 directly"));
      assertEquals(List.of("192.0.2.10"), values(c.zone(), "www", RecordType.A));
    }

    @Test
    void keepsTheUsersCommentsWithoutCloudflaresTags() {
      assertEquals(
          List.of(new RecordValue("192.0.2.10", "web front, ticket OPS-12")),
          c.zone().get("www", RecordType.A).orElseThrow().records());
      assertEquals(
          List.of(new RecordValue("shops.myshopify.com.", "storefront")),
          c.zone().get("shop", RecordType.CNAME).orElseThrow().records());
      assertEquals(
          "policy since 2025",
          c.zone().get("_dmarc", RecordType.TXT).orElseThrow().records().get(0).comment());
      assertEquals("", c.zone().get("mail", RecordType.A).orElseThrow().records().get(0).comment());
    }

    @Test
    void replacesCloudflaresNameservers() {
      assertEquals(
          dev.hzone.api.cloud.Zone.AuthoritativeNameservers.HETZNER_DEFAULTS,
          values(c.zone(), "@", RecordType.NS));
    }
  }

  @Nested
  class Route53 {
    final ExportData data =
        ExportReader.read(fixture("route53-example.com.txt"), "r53.txt", "example.com");
    final Conversion c = convert(data);

    @Test
    void recognisesTheExport() {
      assertEquals(ExportSource.ROUTE53, data.source());
    }

    @Test
    void resolvesAnAliasWithinTheZoneByCopyingItsTarget() {
      assertEquals(List.of("192.0.2.80", "192.0.2.81"), values(c.zone(), "www", RecordType.A));
      assertEquals(List.of("www A x2 line 18"), notes(data.notes(), NoteKind.ALIAS_RESOLVED));
    }

    @Test
    void dropsAliasesToOtherZonesWithAdvice() {
      assertEquals(
          List.of("@ A x1 line 7", "static A x1 line 17"),
          notes(data.notes(), NoteKind.ALIAS_DROPPED));
      List<MigrationNote> dropped =
          data.notes().stream().filter(n -> n.kind() == NoteKind.ALIAS_DROPPED).toList();
      assertTrue(
          dropped
              .get(0)
              .suggestion()
              .startsWith("publish the A addresses of dualstack.web-1234567890"));
      assertEquals(
          "a CNAME to d111111abcdef8.cloudfront.net. at this name does the same, if nothing else "
              + "stands at it",
          dropped.get(1).suggestion());
      assertTrue(c.zone().get("@", RecordType.A).isEmpty());
    }

    @Test
    void mergesWeightedRecordsAndWarnsThatWeightsAreLost() {
      assertEquals(List.of("192.0.2.1", "192.0.2.2"), values(c.zone(), "api", RecordType.A));
      MigrationNote n =
          data.notes().stream()
              .filter(x -> x.kind() == NoteKind.ROUTING_POLICY_MERGED)
              .findFirst()
              .orElseThrow();
      assertEquals(
          "Route 53 WEIGHTED routing (identifiers blue, green) merged into one RRSet: Hetzner answers "
              + "every query with all values",
          n.message());
      assertEquals("", c.zone().get("api", RecordType.A).orElseThrow().records().get(0).comment());
    }

    @Test
    void keepsOnlyThePrimaryOfAFailoverPair() {
      assertEquals(List.of("192.0.2.50"), values(c.zone(), "status", RecordType.A));
      assertEquals(
          List.of("status A x1 line 15"), notes(data.notes(), NoteKind.FAILOVER_SECONDARY_DROPPED));
    }
  }

  @Nested
  class Registrar {
    final ExportData data =
        ExportReader.read(fixture("registrar-example.com.txt"), "reg.txt", "example.com");
    final Conversion c = convert(data);

    @Test
    void readsRelativeNamesAgainstTheZoneWithoutOrigin() {
      assertEquals(ExportSource.ZONE_FILE, data.source());
      assertEquals(List.of("192.0.2.11"), values(c.zone(), "shop", RecordType.A));
      assertEquals(List.of("example.com."), values(c.zone(), "ftp", RecordType.CNAME));
      assertEquals(
          List.of("10 mx1.mailhost.example.", "20 mx2.mailhost.example."),
          values(c.zone(), "@", RecordType.MX));
      assertEquals(OptionalInt.of(9), data.records().get(0).line());
    }

    @Test
    void fixesNamesWithTheZoneTwice() {
      assertEquals(List.of("192.0.2.10"), values(c.zone(), "www", RecordType.A));
      assertEquals(List.of("cdn.example.com."), values(c.zone(), "files", RecordType.CNAME));
      assertEquals(
          List.of("www A x1 line 19", "files CNAME x1 line 25"),
          notes(data.notes(), NoteKind.DOUBLED_ORIGIN_FIXED));
    }

    @Test
    void flagsATargetThatLostItsTrailingDotWithoutChangingIt() {
      assertEquals(List.of("docs CNAME x1 line 24"), notes(data.notes(), NoteKind.SUSPICIOUS_NAME));
      assertEquals(
          List.of("ghs.google.com.example.com."), values(c.zone(), "docs", RecordType.CNAME));
      assertEquals(
          "if ghs.google.com. is meant, add the trailing dot in the export and run again",
          data.notes().stream()
              .filter(n -> n.kind() == NoteKind.SUSPICIOUS_NAME)
              .findFirst()
              .orElseThrow()
              .suggestion());
    }

    @Test
    void keepsMultiLineSoaTimers() {
      assertEquals(
          List.of(
              "hydrogen.ns.hetzner.com. dns.registrar.example. 2026112001 28800 7200 604800 3600"),
          values(c.zone(), "@", RecordType.SOA));
    }
  }

  /**
   * What hzone's own reader would refuse in a zone of the user, and a migration reads to report or
   * convert.
   */
  @Nested
  class RecordsAsWritten {
    final ExportData data =
        ExportReader.read(
            """
        $TTL 300
        @        IN SOA  ns1.example.com. host.example.com. 1 7200 3600 1209600 300
        @        IN NS   ns1.example.com.
        ns1      IN A    192.0.2.53
        www  60  IN A    192.0.2.1 ; first
        www  120 IN A    192.0.2.2
        host     IN SSHFP 1 1 123456789abcdef67890123456789abcdef67890
        @        IN SPF  "v=spf1 mx -all"
        glue.example.net. IN A 198.51.100.1
        version  CH TXT  "9.18"
        """,
            "zone.txt",
            "example.com");
    final Conversion c = convert(data);

    @Test
    void keepsEveryRecordWithItsLineAndComment() {
      assertEquals(
          List.of(2, 3, 4, 5, 6, 7, 8, 9, 10),
          data.records().stream().map(r -> r.line().orElseThrow()).toList());
      assertEquals("first", data.records().get(3).comment());
      assertEquals(60, data.records().get(3).record().getTTL());
      assertEquals(120, data.records().get(4).record().getTTL());
    }

    @Test
    void reportsTypesAndClassesTheApiDoesNotTakeAndNamesOutsideTheZone() {
      assertEquals(
          List.of("host SSHFP x1 line 7", "@ SPF x1 line 8"),
          notes(c.report().notes(), NoteKind.UNSUPPORTED_TYPE_DROPPED));
      assertEquals(1, c.report().of(NoteKind.OUT_OF_ZONE_DROPPED).size());
      assertEquals(1, c.report().of(NoteKind.CLASS_DROPPED).size());
      assertEquals(List.of("192.0.2.1", "192.0.2.2"), values(c.zone(), "www", RecordType.A));
    }
  }

  @Nested
  class Errors {
    @Test
    void namesFileAndLineOfASyntaxError() {
      ExportFormatException e =
          assertThrows(
              ExportFormatException.class,
              () ->
                  ExportReader.read(
                      "$TTL 300\n@ SOA ns. host. 1 2 3 4 5\nwww A 300.1.2.3\n",
                      "zone.txt",
                      "example.com"));
      assertEquals("zone.txt", e.file());
      assertEquals(3, e.line());
      assertTrue(e.getMessage().startsWith("zone.txt:3: "), e.getMessage());
    }

    @Test
    void refusesTheExportOfAnotherZone() {
      ExportFormatException e =
          assertThrows(
              ExportFormatException.class,
              () ->
                  ExportReader.read(
                      "$ORIGIN example.org.\n$TTL 300\nwww A 192.0.2.1\n",
                      "zone.txt",
                      "example.com"));
      assertEquals(
          "zone.txt:1: $ORIGIN example.org. is not within zone example.com.; is this the export of "
              + "another zone? (check --zone)",
          e.getMessage());
    }

    @Test
    void refusesAnExportWhoseSoaIsForAnotherZone() {
      assertEquals(
          "cf.txt:29: the SOA is for example.org.example.com., not for zone example.com.; is this the export of "
              + "another zone? (check --zone)",
          assertThrows(
                  ExportFormatException.class,
                  () ->
                      ExportReader.read(
                          fixture("cloudflare-example.com.txt")
                              .replace("example.com", "example.org"),
                          "cf.txt",
                          "example.com"))
              .getMessage());
      assertEquals(
          "z: no record lies within zone example.com.; is this the export of another zone? (check --zone)",
          assertThrows(
                  ExportFormatException.class,
                  () ->
                      ExportReader.read(
                          "www.example.org. 300 IN A 192.0.2.1\n", "z", "example.com"))
              .getMessage());
    }

    @Test
    void refusesIncludes() {
      assertEquals(
          "zone.txt:2: $INCLUDE is not supported in an export; paste the included file in its place",
          assertThrows(
                  ExportFormatException.class,
                  () ->
                      ExportReader.read(
                          "$TTL 300\n$INCLUDE other.zone\n", "zone.txt", "example.com"))
              .getMessage());
    }

    @Test
    void aSyntaxErrorReadsAsHzoneFileCheckSaysIt() {
      String text = "$TTL 300\n@ SOA ns. host. 1 2 3 4 5\nwww A 300.1.2.3\n";
      ExportFormatException e =
          assertThrows(
              ExportFormatException.class,
              () -> ExportReader.read(text, "zone.txt", "example.com"));
      ZoneFileException reader =
          assertThrows(
              ZoneFileException.class,
              () -> new ZoneFileReader().parse(text, "zone.txt", "example.com"));
      assertEquals("zone.txt:3: " + reader.errors().get(0).message(), e.getMessage());
      assertEquals(3, reader.errors().get(0).position().line());
    }

    @Test
    void fallsBackToAnHourWhenNothingGivesATtl() {
      ExportData d = ExportReader.read("www IN A 192.0.2.1\n", "z", "example.com");
      assertEquals(3600, d.records().get(0).record().getTTL());
      assertEquals(
          1, d.notes().stream().filter(n -> n.kind() == NoteKind.DEFAULT_TTL_CHOSEN).count());
    }
  }
}
