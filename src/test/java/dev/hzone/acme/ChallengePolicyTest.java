package dev.hzone.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.api.Sleeper;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChallengePolicyTest {
  private static final String DIGEST = Challenge.digest("token.thumbprint");

  @Test
  void strictAllowsOnlyChallengeNamesAndDigestValues() {
    ChallengePolicy.STRICT.check(Challenge.ofRecord("_acme-challenge.www.example.test.", DIGEST));
    assertThrows(
        IllegalArgumentException.class,
        () -> ChallengePolicy.STRICT.check(Challenge.ofRecord("example.test.", DIGEST)));
    assertThrows(
        IllegalArgumentException.class,
        () -> ChallengePolicy.STRICT.check(Challenge.ofRecord("acme.example.test.", DIGEST)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ChallengePolicy.STRICT.check(
                Challenge.ofRecord("_acme-challenge.example.test.", "v=spf1 -all")));
  }

  @Test
  void valueShapeIsExactly43Base64UrlCharacters() {
    assertTrue(ChallengePolicy.looksLikeChallenge(DIGEST));
    assertEquals(43, DIGEST.length());
    assertFalse(ChallengePolicy.looksLikeChallenge(DIGEST + "="));
    assertFalse(ChallengePolicy.looksLikeChallenge(DIGEST.substring(1)));
    assertFalse(ChallengePolicy.looksLikeChallenge(DIGEST.substring(1) + "/"));
    assertFalse(ChallengePolicy.looksLikeChallenge(DIGEST.substring(1) + " "));
  }

  @Test
  void rawAndCertbotFormsAlwaysMeetTheStrictRules() {
    ChallengePolicy.STRICT.check(Challenge.ofKeyAuthorization("*.example.test", "any.keyauth"));
    ChallengePolicy.STRICT.check(Challenge.ofDomain("example.test", DIGEST));
  }

  @Test
  void eachFlagRelaxesOnlyItsOwnRule() {
    new ChallengePolicy(true, false).check(Challenge.ofRecord("example.test.", DIGEST));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ChallengePolicy(true, false)
                .check(Challenge.ofRecord("example.test.", "v=spf1 -all")));
    new ChallengePolicy(false, true)
        .check(Challenge.ofRecord("_acme-challenge.example.test.", "short"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ChallengePolicy(false, true).check(Challenge.ofRecord("example.test.", "short")));
  }

  @Test
  void theHookRefusesBeforeAnyApiCallAndCleanupLeavesTheSpf() {
    FakeChallengeZones api =
        new FakeChallengeZones().withZone("example.test", "@ TXT 3600 \"v=spf1 -all\"");
    AcmeHook hook =
        new AcmeHook(
            api,
            new DnsTxtProbe(),
            new NameserverAddresses(
                h -> {
                  throw new java.net.UnknownHostException(h);
                }),
            Clock.systemUTC(),
            Sleeper.SYSTEM,
            AcmeListener.NONE);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            hook.cleanup(
                Challenge.ofRecord("example.test.", "v=spf1 -all"), HookOptions.defaults()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            hook.cleanup(
                Challenge.ofRecord("example.test.", "v=spf1 -all"),
                HookOptions.defaults().withPolicy(new ChallengePolicy(true, false))));
    assertThrows(
        IllegalArgumentException.class,
        () -> hook.present(Challenge.ofRecord("example.test.", DIGEST), HookOptions.defaults()));
    assertEquals(List.of(), api.calls);
    assertEquals(List.of("\"v=spf1 -all\""), api.txt("example.test", "@"));
  }
}
