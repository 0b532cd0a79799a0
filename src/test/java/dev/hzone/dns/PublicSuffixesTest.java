package dev.hzone.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicSuffixesTest {
  private static Optional<String> reg(String name) {
    return PublicSuffixes.registrableDomain(name);
  }

  @Test
  void theWholeListNotASample() {
    assertEquals(Optional.of("example.co.id"), reg("example.co.id"));
    assertEquals(Optional.of("example.ac.jp"), reg("www.example.ac.jp"));
    assertEquals(Optional.of("example.gov.br"), reg("example.gov.br"));
    assertEquals(Optional.of("example.co.uk"), reg("www.example.co.uk."));
    assertEquals(Optional.empty(), reg("co.uk"));
    assertEquals(Optional.empty(), reg("com"));
  }

  @Test
  void wildcardAndExceptionRules() {
    // *.kawasaki.jp and !city.kawasaki.jp
    assertEquals(Optional.empty(), reg("example.kawasaki.jp"));
    assertEquals(Optional.of("shop.example.kawasaki.jp"), reg("www.shop.example.kawasaki.jp"));
    assertEquals(Optional.of("city.kawasaki.jp"), reg("city.kawasaki.jp"));
    assertEquals(Optional.of("city.kawasaki.jp"), reg("www.city.kawasaki.jp"));
  }

  @Test
  void internationalisedNamesKeepTheirSpelling() {
    // 個人.香港 is a suffix of the list, in Unicode; asked in Punycode, the answer stays in Punycode.
    assertEquals(
        Optional.of("xn--bckerei-mller-bfb28a.de"), reg("www.xn--bckerei-mller-bfb28a.de"));
    assertEquals(Optional.empty(), reg("xn--gmqw5a.xn--j6w193g"));
    assertEquals(
        Optional.of("example.xn--gmqw5a.xn--j6w193g"), reg("example.xn--gmqw5a.xn--j6w193g"));
  }

  @Test
  void anUnknownTopLevelDomainIsADomainOnlyForTheListsDefaultRule() {
    assertEquals(Optional.of("zone.unlistedtld"), reg("www.zone.unlistedtld"));
    assertEquals(Optional.empty(), PublicSuffixes.knownRegistrableDomain("zone.txt"));
    assertEquals(
        Optional.of("example.test"), PublicSuffixes.knownRegistrableDomain("www.example.test"));
    assertEquals(
        Optional.of("example.com"), PublicSuffixes.knownRegistrableDomain("www.example.com"));
  }
}
