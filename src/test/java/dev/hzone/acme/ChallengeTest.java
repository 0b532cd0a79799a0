package dev.hzone.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChallengeTest {
  @Test
  void legoDefaultFormKeepsTheNameAndValue() {
    Challenge c = Challenge.ofRecord("_acme-challenge.WWW.Example.test.", "abc");
    assertEquals("_acme-challenge.www.example.test.", c.fqdn());
    assertEquals("abc", c.value());
  }

  @Test
  void nameWithoutFinalDotIsTakenAsAbsolute() {
    assertEquals(
        "_acme-challenge.example.test.",
        Challenge.ofRecord("_acme-challenge.example.test", "v").fqdn());
  }

  @Test
  void certbotDomainGetsTheChallengeLabelAndLosesTheWildcard() {
    assertEquals("_acme-challenge.example.test.", Challenge.ofDomain("example.test", "v").fqdn());
    assertEquals("_acme-challenge.example.test.", Challenge.ofDomain("*.example.test", "v").fqdn());
  }

  @Test
  void rawFormDigestsTheKeyAuthorizationLikeOpenssl() {
    // printf 'token.thumbprint' | openssl dgst -sha256 -binary | basenc --base64url | tr -d =
    Challenge c = Challenge.ofKeyAuthorization("raw.example.test", "token.thumbprint");
    assertEquals("61rBZ_4knHblO0MNoxFsXZ_eTFUHum0B6IVRbhvUn5I", c.value());
    assertEquals("_acme-challenge.raw.example.test.", c.fqdn());
  }

  @Test
  void idnDomainBecomesPunycode() {
    assertEquals(
        "_acme-challenge.xn--bckerei-mller-bfb28a.de.",
        Challenge.ofDomain("bäckerei-müller.de", "v").fqdn());
  }

  @Test
  void refusesBadInput() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Challenge.ofRecord("_acme-challenge.example.test.", ""));
    assertThrows(IllegalArgumentException.class, () -> Challenge.ofRecord("com.", "v"));
    assertThrows(IllegalArgumentException.class, () -> Challenge.ofRecord("a..b.", "v"));
    assertThrows(
        IllegalArgumentException.class,
        () -> Challenge.ofRecord("_acme-challenge.example.test.", "a\nb"));
  }

  @Test
  void refusesAnyBackslashSinceAnEscapedDotWouldPickAnotherZone() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Challenge.ofRecord("_acme-challenge.evil\\.example.test.", "v"));
    assertThrows(
        IllegalArgumentException.class,
        () -> Challenge.ofRecord("_acme-challenge.ex\\097mple.test.", "v"));
    assertThrows(
        IllegalArgumentException.class, () -> Challenge.ofDomain("evil\\.example.test", "v"));
    assertThrows(
        IllegalArgumentException.class,
        () -> Challenge.ofKeyAuthorization("evil\\.example.test", "t.k"));
  }

  @Test
  void toStringNeverShowsTheValue() {
    assertFalse(
        Challenge.ofRecord("_acme-challenge.example.test.", "secretvalue")
            .toString()
            .contains("secret"));
  }
}
