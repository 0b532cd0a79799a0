package dev.hzone.zonefile.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.zonefile.Finding;
import dev.hzone.zonefile.FindingFormatter;
import dev.hzone.zonefile.ParsedZone;
import dev.hzone.zonefile.ZoneFileReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each lint rule on its own: what it finds, where (file and line), and that a clean zone passes it.
 */
class LintRulesTest {
  private static final String HEAD =
      """
      $ORIGIN example.com.
      $TTL 3600
      @ IN SOA ns1.example.com. hostmaster.example.com. 1 7200 3600 1209600 3600
      @ IN NS ns1.example.com.
      """;

  private static ParsedZone zone(String body) {
    return new ZoneFileReader().parse(HEAD + body, "example.com.zone", "example.com");
  }

  private static List<Finding> check(LintRule rule, String body) {
    List<Finding> found = rule.check(zone(body));
    found.forEach(
        f -> {
          assertEquals(rule.id(), f.ruleId());
          assertTrue(f.isError(), f.format());
        });
    return found;
  }

  /** The line of the finding's RRSet in the file: HEAD has four lines. */
  private static int line(Finding f) {
    return f.position().line();
  }

  @Nested
  class CnameAtApex {
    private final LintRule rule = new CnameAtApexRule();

    @Test
    void findsACnameAtTheApex() {
      List<Finding> f = check(rule, "@ IN CNAME other.example.net.\n");
      assertEquals(1, f.size());
      assertEquals(5, line(f.get(0)));
      assertTrue(f.get(0).message().contains("CNAME at the zone apex"), f.get(0).message());
    }

    @Test
    void aCnameBelowTheApexIsFine() {
      assertEquals(List.of(), check(rule, "www IN CNAME other.example.net.\n"));
    }
  }

  @Nested
  class CnameCoexistence {
    private final LintRule rule = new CnameCoexistenceRule();

    @Test
    void findsOtherDataBesideACname() {
      List<Finding> f = check(rule, "www IN CNAME other.example.net.\nwww IN A 192.0.2.1\n");
      assertEquals(1, f.size());
      assertEquals(6, line(f.get(0)));
      assertTrue(
          f.get(0).message().contains("www has a CNAME (example.com.zone:5)"), f.get(0).message());
    }

    @Test
    void aCnameAloneAndOtherNamesAreFine() {
      assertEquals(
          List.of(), check(rule, "www IN CNAME other.example.net.\nmail IN A 192.0.2.1\n"));
    }
  }

  @Nested
  class Singleton {
    private final LintRule rule = new SingletonRule();

    @Test
    void findsTwoCnamesAtOneName() {
      List<Finding> f = check(rule, "www IN CNAME a.example.net.\nwww IN CNAME b.example.net.\n");
      assertEquals(1, f.size());
      assertTrue(
          f.get(0).message().contains("www has 2 CNAME records; only one is allowed"),
          f.get(0).message());
    }

    @Test
    void manyAddressRecordsAtOneNameAreFine() {
      assertEquals(List.of(), check(rule, "www IN A 192.0.2.1\nwww IN A 192.0.2.2\n"));
    }
  }

  @Nested
  class SoaAtApex {
    private final LintRule rule = new SoaAtApexRule();

    @Test
    void findsAnSoaBelowTheApex() {
      List<Finding> f =
          check(rule, "sub IN SOA ns1.example.com. hostmaster.example.com. 1 2 3 4 5\n");
      assertEquals(1, f.size());
      assertEquals(5, line(f.get(0)));
      assertTrue(f.get(0).message().contains("SOA record at sub"), f.get(0).message());
    }

    @Test
    void theApexSoaIsFine() {
      assertEquals(List.of(), check(rule, ""));
    }
  }

  @Nested
  class DsAtApex {
    private final LintRule rule = new DsAtApexRule();

    @Test
    void findsADsAtTheApex() {
      List<Finding> f = check(rule, "@ IN DS 12345 13 2 " + "ab".repeat(32) + "\n");
      assertEquals(1, f.size());
      assertEquals(5, line(f.get(0)));
    }

    @Test
    void aDsAtADelegationIsFine() {
      assertEquals(
          List.of(),
          check(
              rule,
              "sub IN NS ns1.sub.example.com.\nsub IN DS 12345 13 2 " + "ab".repeat(32) + "\n"));
    }
  }

  @Nested
  class TtlRange {
    private final LintRule rule = new TtlRangeRule();

    @Test
    void findsAnRrsetTtlBelowTheApisMinimum() {
      List<Finding> f = check(rule, "www 30 IN A 192.0.2.1\n");
      assertEquals(1, f.size());
      assertEquals(5, line(f.get(0)));
      assertTrue(f.get(0).message().contains("has TTL 30, below 60"), f.get(0).message());
    }

    @Test
    void findsAZoneDefaultBelowTheMinimum() {
      ParsedZone z =
          new ZoneFileReader()
              .parse(
                  """
          $ORIGIN example.com.
          $TTL 10
          @ 3600 IN SOA ns1.example.com. hostmaster.example.com. 1 7200 3600 1209600 3600
          @ 3600 IN NS ns1.example.com.
          """,
                  "example.com.zone",
                  "example.com");
      List<Finding> f = rule.check(z);
      assertEquals(1, f.size(), f.toString());
      assertTrue(f.get(0).message().contains("zone default TTL ($TTL) 10"), f.get(0).message());
    }

    @Test
    void sixtySecondsIsFine() {
      assertEquals(List.of(), check(rule, "www 60 IN A 192.0.2.1\n"));
    }
  }

  @Nested
  class SubdomainZone {
    private final Map<String, String> registrable =
        Map.of("example.com", "example.com", "sub.example.com", "example.com");
    private final LintRule rule =
        new SubdomainZoneRule(n -> Optional.ofNullable(registrable.get(n)));

    @Test
    void aRegistrableDomainIsFine() {
      assertEquals(List.of(), check(rule, ""));
    }

    @Test
    void findsASubdomainAndNamesItsRegistrableDomain() {
      ParsedZone z =
          new ZoneFileReader()
              .parse(
                  """
          $ORIGIN sub.example.com.
          $TTL 3600
          @ IN SOA ns1.example.com. hostmaster.example.com. 1 7200 3600 1209600 3600
          """,
                  "sub.example.com.zone",
                  "sub.example.com");
      List<Finding> f = rule.check(z);
      assertEquals(1, f.size());
      assertTrue(
          f.get(0).message().contains("sub.example.com is a subdomain of example.com"),
          f.get(0).message());
    }

    @Test
    void findsAPublicSuffix() {
      ParsedZone z =
          new ZoneFileReader()
              .parse(
                  """
          $ORIGIN co.uk.
          $TTL 3600
          @ IN SOA ns1.example.com. hostmaster.example.com. 1 7200 3600 1209600 3600
          """,
                  "co.uk.zone",
                  "co.uk");
      List<Finding> f = rule.check(z);
      assertEquals(1, f.size());
      assertTrue(
          f.get(0).message().contains("co.uk is not a domain that can be a zone"),
          f.get(0).message());
    }
  }

  /**
   * The linter walks the zone once for all rules that look at names; what it reports is what the
   * rules report one by one, in the same order (rules in order, then by file and line).
   */
  @Test
  void theLinterReportsWhatEachRuleReportsOnItsOwn() {
    ParsedZone parsed =
        zone(
            """
            @ 30 IN CNAME other.example.net.
            www IN CNAME a.example.net.
            www IN CNAME b.example.net.
            www 30 IN A 192.0.2.1
            www 30 IN TXT "x"
            sub IN SOA ns1.example.com. hostmaster.example.com. 1 7200 3600 1209600 3600
            b.sub 20 IN CNAME x.example.net.
            b.sub 20 IN AAAA ::1
            z 20 IN A 192.0.2.2
            """);
    Linter linter = Linter.withoutSuffixList();
    List<Finding> oneByOne = new ArrayList<>();
    for (LintRule r : linter.rules()) {
      oneByOne.addAll(r.check(parsed));
    }
    oneByOne.sort(FindingFormatter.ORDER);
    List<Finding> together = linter.check(parsed);
    assertEquals(oneByOne, together);
    assertEquals(12, together.size(), together.toString());
    assertEquals(13, together.get(together.size() - 1).position().line()); // z, the last name
    assertEquals(
        Set.of("cname-at-apex", "cname-coexistence", "singleton", "soa-at-apex", "ttl-range"),
        together.stream().map(Finding::ruleId).collect(Collectors.toSet()),
        together.toString());
  }
}
