package dev.hzone.cli.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.acme.ChallengeZones;
import dev.hzone.acme.FakeChallengeZones;
import dev.hzone.acme.Nameserver;
import dev.hzone.api.Sleeper;
import dev.hzone.cli.MainWith;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.emulator.dns.DnsServer;
import dev.hzone.emulator.dns.DnsServerOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AcmeCommandTest {
  /** Challenge-shaped values: 43 characters of base64url, as RFC 8555 §8.4 makes them. */
  private static final String V1 = "Q8N2hWlLaPk_SijkXy0q7UeC9tmJEF19OMXiVzNNB0M";

  private static final String V2 = "bX9iL3w-0m8jVw4Pq_6Zk2rTt1YyEoHcNaSdFgJhKlM";
  private static final String DASH = "-ashFirst_SijkXy0q7UeC9tmJEF19OMXiVzNNB0M00";
  private static final String DOUBLE_DASH = "--oubleDash_ijkXy0q7UeC9tmJEF19OMXiVzNNB0M0";

  private DnsServer dns;
  private FakeChallengeZones api;
  private final Map<String, String> env = new HashMap<>();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void start() throws Exception {
    dns = DnsServer.start(new InetSocketAddress("127.0.0.1", 0), DnsServerOptions.defaults());
    api = new FakeChallengeZones().withZone("example.test").onChange(dns::publish);
  }

  @AfterEach
  void stop() {
    dns.close();
  }

  /**
   * Runs hzone with the acme command over the fake API; the DNS server is the default nameserver.
   */
  private int hzone(String... args) {
    AcmeBackend backend =
        new AcmeBackend() {
          @Override
          public ChallengeZones zones(Invocation inv) {
            return api;
          }

          @Override
          public List<Nameserver> defaultNameservers(Invocation inv) {
            return List.of(Nameserver.parse(dns.hostPort()));
          }
        };
    return MainWith.execute(
        List.of(AcmeCommand.create(backend, Clock.systemUTC(), Sleeper.SYSTEM)),
        List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        new ByteArrayInputStream(new byte[0]),
        env,
        Path.of("."));
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aHookThatSucceedsPrintsNothingUnlessVerbose() {
    // certbot reports any stderr of a successful hook as "ran with error output" (issue 15).
    assertEquals(0, hzone("acme", "present", "_acme-challenge.example.test.", V1), stderr());
    assertEquals(0, hzone("acme", "cleanup", "_acme-challenge.example.test.", V1), stderr());
    assertEquals("", stderr());
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void presentInLegoDefaultFormWritesWaitsAndPrintsProgressOnStderrOnly() {
    assertEquals(0, hzone("-v", "acme", "present", "_acme-challenge.example.test.", V1), stderr());
    assertEquals(List.of("\"" + V1 + "\""), api.txt("example.test", "_acme-challenge"));
    assertEquals("", out.toString(StandardCharsets.UTF_8));
    assertTrue(stderr().contains("is '_acme-challenge' in zone example.test"), stderr());
    assertTrue(stderr().contains(dns.hostPort() + " serves it"), stderr());
    assertTrue(!stderr().contains(V1), "the value is not logged: " + stderr());
  }

  @Test
  void valueStartingWithADashIsAnArgumentNotAnOption() {
    assertEquals(0, hzone("acme", "present", "_acme-challenge.example.test.", DASH), stderr());
    assertEquals(
        0, hzone("acme", "present", "_acme-challenge.example.test.", DOUBLE_DASH), stderr());
    assertEquals(
        List.of("\"" + DASH + "\"", "\"" + DOUBLE_DASH + "\""),
        api.txt("example.test", "_acme-challenge"));
    assertEquals(0, hzone("acme", "cleanup", "_acme-challenge.example.test.", DASH), stderr());
    assertEquals(List.of("\"" + DOUBLE_DASH + "\""), api.txt("example.test", "_acme-challenge"));
  }

  @Test
  void legoRawFormComputesTheDigest() {
    assertEquals(
        0, hzone("acme", "present", "--", "example.test", "token", "token.thumbprint"), stderr());
    assertEquals(
        List.of("\"61rBZ_4knHblO0MNoxFsXZ_eTFUHum0B6IVRbhvUn5I\""),
        api.txt("example.test", "_acme-challenge"));
    assertEquals(
        0, hzone("acme", "cleanup", "--", "example.test", "token", "token.thumbprint"), stderr());
    assertEquals(List.of(), api.txt("example.test", "_acme-challenge"));
  }

  @Test
  void optionsMayFollowTheArguments() {
    assertEquals(
        0,
        hzone(
            "--verbose",
            "acme",
            "present",
            "_acme-challenge.example.test.",
            V1,
            "--timeout",
            "30",
            "--nameserver=" + dns.hostPort()),
        stderr());
    assertTrue(stderr().matches("(?s).*giving up in (29\\.\\d|30\\.0) s.*"), stderr());
  }

  @Test
  void certbotHooksReadTheEnvironment() {
    env.put("CERTBOT_DOMAIN", "*.example.test");
    env.put("CERTBOT_VALIDATION", V2);
    assertEquals(0, hzone("acme", "certbot-auth"), stderr());
    assertEquals(List.of("\"" + V2 + "\""), api.txt("example.test", "_acme-challenge"));
    assertEquals(0, hzone("acme", "certbot-cleanup"), stderr());
    assertEquals(List.of(), api.txt("example.test", "_acme-challenge"));
  }

  @Test
  void certbotHookWithoutEnvironmentIsAUsageErrorBeforeAnyApiCall() {
    assertEquals(64, hzone("acme", "certbot-auth"));
    assertTrue(stderr().contains("CERTBOT_DOMAIN is not set"), stderr());
    assertEquals(List.of(), api.calls);
  }

  @Test
  void badArgumentsAreUsageErrorsBeforeAnyApiCall() {
    assertEquals(64, hzone("acme", "present", "_acme-challenge.example.test."));
    assertEquals(64, hzone("acme", "present", "not..a.name", V1));
    assertEquals(
        64,
        hzone(
            "acme",
            "present",
            "_acme-challenge.example.test.",
            V1,
            "--nameserver",
            "127.0.0.1:99999"));
    assertEquals(
        64, hzone("acme", "present", "_acme-challenge.example.test.", V1, "--timeout", "soon"));
    assertEquals(
        64, hzone("acme", "present", "--nameservers", "x", "_acme-challenge.example.test.", V1));
    assertTrue(stderr().contains("--nameserver"), stderr());
    assertEquals(List.of(), api.calls);
  }

  @Test
  void timeoutExitsOneNamingTheServerThatLags() throws Exception {
    try (DatagramSocket silent = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      String quiet = "127.0.0.1:" + silent.getLocalPort();
      assertEquals(
          1,
          hzone(
              "acme",
              "present",
              "_acme-challenge.example.test.",
              V1,
              "--timeout",
              "1",
              "--nameserver",
              dns.hostPort(),
              "--nameserver",
              quiet));
      assertTrue(
          stderr()
              .contains("still do not serve the TXT at _acme-challenge.example.test.: " + quiet),
          stderr());
      assertTrue(!stderr().contains(dns.hostPort() + " ("), stderr());
    }
  }

  @Test
  void nameInNoZoneFails() {
    assertEquals(1, hzone("acme", "present", "_acme-challenge.example.org.", V1));
    assertTrue(
        stderr().contains("no zone of this project contains _acme-challenge.example.org."),
        stderr());
  }

  @Test
  void helpShowsTheFormsAndAnExample() {
    assertEquals(0, hzone("acme", "present", "--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    assertTrue(
        help.contains("Usage: hzone acme present FQDN VALUE | -- DOMAIN TOKEN KEYAUTH"), help);
    assertTrue(help.contains("--nameserver"), help);
    assertTrue(help.contains("Examples:"), help);
    List<String> verbs =
        new ArrayList<>(AcmeCommand.create(null, Clock.systemUTC(), Sleeper.SYSTEM).verbs());
    assertEquals(List.of("present", "cleanup", "certbot-auth", "certbot-cleanup"), verbs);
  }

  // Issue 14 item 10: each attack is refused before any API call.

  @Test
  void escapedDotIsRefusedInEveryFormBeforeAnyApiCall() {
    // dnsjava reads "evil\.example" as one label: the record would have gone to another zone.
    assertEquals(64, hzone("acme", "present", "_acme-challenge.evil\\.example.test.", V1));
    assertEquals(64, hzone("acme", "present", "--allow-any-name", "evil\\.example.test.", V1));
    assertEquals(
        64, hzone("acme", "cleanup", "--", "evil\\.example.test", "token", "token.thumbprint"));
    env.put("CERTBOT_DOMAIN", "evil\\.example.test");
    env.put("CERTBOT_VALIDATION", V1);
    assertEquals(64, hzone("acme", "certbot-auth"));
    assertTrue(stderr().contains("escaped names are refused"), stderr());
    assertEquals(List.of(), api.calls);
  }

  @Test
  void cleanupCannotDeleteTheSpfRecord() {
    api =
        new FakeChallengeZones()
            .withZone("example.test", "@ TXT 3600 \"v=spf1 -all\"")
            .onChange(dns::publish);
    assertEquals(65, hzone("acme", "cleanup", "example.test.", "v=spf1 -all"));
    assertTrue(stderr().contains("first label is not _acme-challenge"), stderr());
    assertEquals(65, hzone("acme", "cleanup", "--allow-any-name", "example.test.", "v=spf1 -all"));
    assertTrue(stderr().contains("43 characters of base64url"), stderr());
    assertTrue(!stderr().contains("spf1"), "the value is not echoed: " + stderr());
    assertEquals(List.of(), api.calls);
    assertEquals(List.of("\"v=spf1 -all\""), api.txt("example.test", "@"));
  }

  @Test
  void apexAndOtherNamesAreRefusedByDefault() {
    assertEquals(65, hzone("acme", "present", "example.test.", V1));
    assertEquals(65, hzone("acme", "present", "www.example.test.", V1));
    assertEquals(65, hzone("acme", "present", "x._acme-challenge.example.test.", V1));
    assertTrue(stderr().contains("--allow-any-name"), stderr());
    assertEquals(List.of(), api.calls);
  }

  @Test
  void valuesThatAreNotADigestAreRefusedByDefault() {
    for (String bad :
        List.of(
            "v",
            V1 + "A",
            V1.substring(1),
            V1.substring(1) + "=",
            V1.substring(1) + "+",
            "v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC")) {
      assertEquals(65, hzone("acme", "present", "_acme-challenge.example.test.", bad), bad);
    }
    env.put("CERTBOT_DOMAIN", "example.test");
    env.put("CERTBOT_VALIDATION", "not a digest");
    assertEquals(65, hzone("acme", "certbot-auth"));
    assertTrue(stderr().contains("--allow-any-value"), stderr());
    assertEquals(List.of(), api.calls);
  }

  @Test
  void explicitFlagsRelaxTheRulesEvenAfterTheArguments() {
    assertEquals(0, hzone("acme", "present", "--allow-any-name", "example.test.", V1), stderr());
    assertEquals(List.of("\"" + V1 + "\""), api.txt("example.test", "@"));
    assertEquals(
        0,
        hzone("acme", "present", "_acme-challenge.example.test.", "short", "--allow-any-value"),
        stderr());
    assertEquals(List.of("\"short\""), api.txt("example.test", "_acme-challenge"));
    assertEquals(
        0,
        hzone("acme", "cleanup", "_acme-challenge.example.test.", "short", "--allow-any-value"),
        stderr());
    assertEquals(List.of(), api.txt("example.test", "_acme-challenge"));
  }

  @Test
  void theRuleAppliesToTheGivenNameNotToWhereItsCnamePoints() {
    api =
        new FakeChallengeZones()
            .withZone("example.test", "_acme-challenge CNAME - delegated.acme.example.test.")
            .onChange(dns::publish);
    assertEquals(0, hzone("acme", "present", "_acme-challenge.example.test.", V1), stderr());
    assertEquals(List.of("\"" + V1 + "\""), api.txt("example.test", "delegated.acme"));
    assertEquals(
        0, hzone("acme", "cleanup", "--", "example.test", "token", "token.thumbprint"), stderr());
    assertEquals(0, hzone("acme", "cleanup", "_acme-challenge.example.test.", V1), stderr());
    assertEquals(List.of(), api.txt("example.test", "delegated.acme"));
  }

  @Test
  void helpDocumentsTheFlags() {
    assertEquals(0, hzone("acme", "cleanup", "--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    assertTrue(help.contains("--allow-any-name") && help.contains("--allow-any-value"), help);
  }
}
