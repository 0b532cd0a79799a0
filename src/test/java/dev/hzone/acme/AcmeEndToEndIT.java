package dev.hzone.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.testing.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * Real certificates on loopback (PEERS.md §7): the emulator with its DNS server, pebble validating
 * DNS-01 against that server, and lego ({@code --dns exec}, default and RAW forms) and certbot
 * (manual hooks) calling hzone through the samples. Each order covers {@code example.test} and
 * {@code *.example.test}: two values at one name at once. Afterwards no {@code _acme-challenge}
 * record is left, and hzone never replaced an RRSet.
 */
class AcmeEndToEndIT {
  @TempDir static Path work;
  private static EmulatorProcess emulator;
  private static TestCa ca;
  private static PebbleProcess pebble;

  @BeforeAll
  static void start() throws Exception {
    Tools.require("pebble");
    Tools.require("lego");
    Tools.require("certbot");
    Tools.require("openssl");
    emulator = EmulatorProcess.start(Files.createDirectories(work.resolve("emulator")), 0);
    emulator.createZone("example.test");
    ca = TestCa.create(Files.createDirectories(work.resolve("ca")));
    pebble = PebbleProcess.start(Files.createDirectories(work.resolve("pebble")), ca, emulator.dns);
  }

  @AfterAll
  static void stop() throws Exception {
    if (pebble != null) {
      pebble.close();
    }
    if (emulator != null) {
      emulator.close();
    }
  }

  /** The environment the samples need: hzone, the emulator, and where to check propagation. */
  private static Map<String, String> hookEnv() {
    Map<String, String> env = new HashMap<>(emulator.clientEnv());
    env.put("HZONE", EmulatorProcess.root().resolve("hzone").toString());
    env.put("HZONE_ACME_OPTS", "--nameserver " + emulator.dns + " --timeout 60");
    return env;
  }

  private static Path sample(String name) {
    return EmulatorProcess.root().resolve("samples").resolve(name);
  }

  @Test
  void legoObtainsACertificateForApexAndWildcardInOneOrder() throws Exception {
    Path dir = Files.createDirectories(work.resolve("lego"));
    ExternalProcess.Result r = lego(dir, Map.of(), "example.test", "*.example.test");
    assertEquals(0, r.exitCode(), r.output());
    Path cert = dir.resolve("certificates/example.test.crt");
    assertVerified(cert, dir.resolve("certificates/example.test.issuer.crt"), dir);
    assertSans(cert, "DNS:example.test", "DNS:*.example.test");
    assertNoChallengeLeft();
  }

  @Test
  void legoRawModeLetsHzoneComputeTheDigest() throws Exception {
    Path dir = Files.createDirectories(work.resolve("lego-raw"));
    ExternalProcess.Result r = lego(dir, Map.of("EXEC_MODE", "RAW"), "raw.example.test");
    assertEquals(0, r.exitCode(), r.output());
    assertVerified(
        dir.resolve("certificates/raw.example.test.crt"),
        dir.resolve("certificates/raw.example.test.issuer.crt"),
        dir);
    assertTrue(emulator.rrsetsAt("example.test", "_acme-challenge.raw").contains("\"rrsets\":[]"));
  }

  @Test
  void certbotObtainsACertificateThroughTheManualHooks() throws Exception {
    Path dir = Files.createDirectories(work.resolve("certbot"));
    Map<String, String> env = hookEnv();
    env.put("REQUESTS_CA_BUNDLE", ca.caCert.toString());
    ExternalProcess.Result r =
        ExternalProcess.run(
            List.of(
                Tools.require("certbot"),
                "certonly",
                "--non-interactive",
                "--agree-tos",
                "--register-unsafely-without-email",
                "--server",
                pebble.directory(),
                "--config-dir",
                dir.resolve("etc").toString(),
                "--work-dir",
                dir.resolve("work").toString(),
                "--logs-dir",
                dir.resolve("logs").toString(),
                "--manual",
                "--preferred-challenges",
                "dns",
                "--manual-auth-hook",
                sample("certbot-hook.sh") + " auth",
                "--manual-cleanup-hook",
                sample("certbot-hook.sh") + " cleanup",
                "-d",
                "example.test",
                "-d",
                "*.example.test"),
            env,
            dir,
            dir.resolve("certbot.out"),
            300);
    assertEquals(
        0,
        r.exitCode(),
        r.output() + "\n" + ExternalProcess.tail(dir.resolve("logs/letsencrypt.log")));
    Path live = dir.resolve("etc/live/example.test");
    assertVerified(live.resolve("cert.pem"), live.resolve("chain.pem"), dir);
    assertSans(live.resolve("cert.pem"), "DNS:example.test", "DNS:*.example.test");
    assertNoChallengeLeft();
  }

  @Test
  void acmeShPluginAddsAndRemovesTheValue() throws Exception {
    Path dir = Files.createDirectories(work.resolve("acme.sh"));
    // acme.sh's helper functions, as small as the plugin needs them.
    String script =
        "_info() { echo \"$@\" >&2; }; _err() { echo \"$@\" >&2; }; _debug() { :; };"
            + " _readaccountconf_mutable() { :; }; _saveaccountconf_mutable() { :; };"
            + " . '"
            + sample("acme.sh/dns_hzone.sh")
            + "';"
            + " dns_hzone_add _acme-challenge.sh.example.test acmeShValue_0000000000000000000000000000000 && echo ADDED &&"
            + " dns_hzone_rm _acme-challenge.sh.example.test acmeShValue_0000000000000000000000000000000 && echo REMOVED";
    Map<String, String> env = hookEnv();
    env.put("HZONE_OPTS", "--verbose"); // a hook that succeeds is silent unless verbose (issue 15)
    ExternalProcess.Result r =
        ExternalProcess.run(List.of("sh", "-c", script), env, dir, dir.resolve("out.log"), 120);
    assertEquals(0, r.exitCode(), r.output());
    assertTrue(r.output().contains("ADDED") && r.output().contains("REMOVED"), r.output());
    assertTrue(r.output().contains("serves it"), r.output());
    assertTrue(emulator.rrsetsAt("example.test", "_acme-challenge.sh").contains("\"rrsets\":[]"));
  }

  @Test
  void twoHooksAtOnceForApexAndWildcardBothSucceed() throws Exception {
    Path dir = Files.createDirectories(work.resolve("parallel"));
    String hzone = EmulatorProcess.root().resolve("hzone").toString();
    for (String verb : List.of("present", "cleanup")) {
      List<Process> hooks = new java.util.ArrayList<>();
      for (String value :
          List.of(
              "apexValueAtOnce_000000000000000000000000000",
              "wildcardValueAtOnce_00000000000000000000000")) {
        hooks.add(
            ExternalProcess.start(
                List.of(
                    hzone,
                    "acme",
                    verb,
                    "--nameserver",
                    emulator.dns,
                    "_acme-challenge.both.example.test.",
                    value),
                hookEnv(),
                dir,
                dir.resolve(verb + "-" + value + ".log")));
      }
      for (Process p : hooks) {
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(
            0,
            p.exitValue(),
            ExternalProcess.tail(
                    dir.resolve(verb + "-apexValueAtOnce_000000000000000000000000000.log"))
                + "\n"
                + ExternalProcess.tail(
                    dir.resolve(verb + "-wildcardValueAtOnce_00000000000000000000000.log")));
      }
      String rrsets = emulator.rrsetsAt("example.test", "_acme-challenge.both");
      if (verb.equals("present")) {
        assertTrue(
            rrsets.contains("apexValueAtOnce_000000000000000000000000000")
                && rrsets.contains("wildcardValueAtOnce_00000000000000000000000"),
            rrsets);
      } else {
        assertTrue(rrsets.contains("\"rrsets\":[]"), rrsets);
      }
    }
  }

  private static ExternalProcess.Result lego(
      Path dir, Map<String, String> extraEnv, String... domains)
      throws IOException, InterruptedException {
    Map<String, String> env = hookEnv();
    env.putAll(extraEnv);
    env.put("LEGO_CA_CERTIFICATES", ca.caCert.toString());
    env.put("EXEC_PATH", sample("lego-hook.sh").toString());
    env.put("EXEC_POLLING_INTERVAL", "1");
    env.put("EXEC_PROPAGATION_TIMEOUT", "60");
    env.put("EXEC_SEQUENCE_INTERVAL", "1");
    List<String> cmd =
        new java.util.ArrayList<>(
            List.of(
                Tools.require("lego"),
                "--server",
                pebble.directory(),
                "--accept-tos",
                "--email",
                "admin@example.test",
                "--path",
                dir.toString(),
                "--dns",
                "exec",
                "--dns.resolvers",
                emulator.dns,
                "--dns.disable-cp"));
    for (String d : domains) {
      cmd.add("--domains");
      cmd.add(d);
    }
    cmd.add("run");
    return ExternalProcess.run(cmd, env, dir, dir.resolve("lego.out"), 300);
  }

  /**
   * The certificate chains to pebble's root (fetched from its management port, made anew at each
   * start).
   */
  private static void assertVerified(Path cert, Path chain, Path dir) throws Exception {
    Path root = pebble.root(dir.resolve("pebble-root.pem"), ca);
    ExternalProcess.Result r =
        ExternalProcess.run(
            List.of(
                Tools.require("openssl"),
                "verify",
                "-CAfile",
                root.toString(),
                "-untrusted",
                chain.toString(),
                cert.toString()),
            Map.of(),
            dir,
            dir.resolve("verify.log"),
            30);
    assertEquals(0, r.exitCode(), r.output());
    assertTrue(r.output().contains(": OK"), r.output());
  }

  private static void assertSans(Path cert, String... names) throws Exception {
    ExternalProcess.Result r =
        ExternalProcess.run(
            List.of(
                Tools.require("openssl"),
                "x509",
                "-noout",
                "-ext",
                "subjectAltName",
                "-in",
                cert.toString()),
            Map.of(),
            cert.getParent(),
            work.resolve("san.log"),
            30);
    for (String n : names) {
      assertTrue(r.output().contains(n), r.output());
    }
  }

  /**
   * No challenge record in the API nor on the DNS server, and every write was one add or one
   * remove.
   */
  private static void assertNoChallengeLeft() throws Exception {
    assertTrue(
        emulator.rrsetsAt("example.test", "_acme-challenge").contains("\"rrsets\":[]"),
        emulator.rrsetsAt("example.test", "_acme-challenge"));
    SimpleResolver r = new SimpleResolver(emulator.dns.substring(0, emulator.dns.lastIndexOf(':')));
    r.setPort(Integer.parseInt(emulator.dns.substring(emulator.dns.lastIndexOf(':') + 1)));
    Message answer =
        r.send(
            Message.newQuery(
                Record.newRecord(
                    Name.fromConstantString("_acme-challenge.example.test."),
                    Type.TXT,
                    DClass.IN)));
    assertEquals(Rcode.NXDOMAIN, answer.getRcode());
    List<String> log = emulator.accessLog();
    assertFalse(log.stream().anyMatch(l -> l.contains("set_records")), String.join("\n", log));
    assertTrue(
        log.stream().anyMatch(l -> l.contains("/actions/add_records")), String.join("\n", log));
    assertTrue(
        log.stream().anyMatch(l -> l.contains("/actions/remove_records")), String.join("\n", log));
  }
}
