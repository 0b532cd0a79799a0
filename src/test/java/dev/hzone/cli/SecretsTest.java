package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.cli.framework.GlobalOptions;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.OutputOptions;
import dev.hzone.cli.framework.Resources;
import dev.hzone.emulator.Emulator;
import dev.hzone.emulator.EmulatorOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.apache.commons.cli.DefaultParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, secrets: every command group runs with {@code --verbose}, once against the emulator and
 * once against an API that fails every request (with error messages that quote back what was sent),
 * and the API token, the TSIG secret of a secondary zone and the ACME challenge value of another
 * domain appear nowhere: not on stdout or stderr, not in the emulator's access log or its own log,
 * not in files hzone writes (plan documents, pulled zones). Only {@code --show-tsig-keys} shows a
 * TSIG secret, and only the hook's own value is its business.
 */
class SecretsTest {
  private static final String TOKEN = "hzTok" + alnum(59, 1);
  private static final String TSIG_SECRET = Base64.getEncoder().encodeToString(bytes(32, 2));
  private static final String OTHER_CHALLENGE = "other-domain-challenge-" + alnum(24, 3);

  /** 43 characters of base64url: the hook writes and removes only values of that shape. */
  private static final String OWN_CHALLENGE = "own-challenge-" + alnum(29, 4);

  @TempDir Path dir;
  private Emulator emu;
  private Path accessLog;
  private final List<String> emulatorLog = new ArrayList<>();
  private final List<String> transcripts = new ArrayList<>();

  private static String alnum(int n, long seed) {
    String chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(chars.charAt(r.nextInt(chars.length())));
    }
    return sb.toString();
  }

  private static byte[] bytes(int n, long seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  @BeforeEach
  void start() throws IOException {
    accessLog = dir.resolve("emulator-access.log");
    InetSocketAddress any = new InetSocketAddress("127.0.0.1", 0);
    emu =
        Emulator.builder(
                EmulatorOptions.defaults()
                    .withListen(any)
                    .withDnsListen(any)
                    .withStateDir(dir.resolve("state"))
                    .withToken(TOKEN)
                    .withAccessLog(accessLog)
                    .withActionDuration(Duration.ofMillis(10)))
            .log(
                line -> {
                  synchronized (emulatorLog) {
                    emulatorLog.add(line);
                  }
                })
            .start();
    Files.writeString(dir.resolve("token"), TOKEN + "\n");
    Files.createDirectories(dir.resolve("zones/keys"));
    Files.writeString(
        dir.resolve("zones/keys/example.net.key"),
        "key \"transfer\" {\n\talgorithm hmac-sha256;\n"
            + "\tsecret \""
            + TSIG_SECRET
            + "\";\n};\n");
    // Readable by others, as umask 022 leaves it: every command that reads it warns, and the
    // warning is checked
    // for secrets like every other line.
    Files.setPosixFilePermissions(
        dir.resolve("zones/keys/example.net.key"),
        java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    Files.writeString(
        dir.resolve("zones/example.com.zone"),
        "$ORIGIN example.com.\n$TTL 3600\n" + "@ IN A 192.0.2.1\nwww IN A 192.0.2.2 ; web\n");
    Files.writeString(
        dir.resolve("zones/hzone.toml"),
        "[zones.\"example.net\"]\nmode = \"secondary\"\n"
            + "primaries = [{ address = \"127.0.0.1\", port = 9, tsig_algorithm = \"hmac-sha256\","
            + " tsig_key_file = \"keys/example.net.key\" }]\n");
  }

  @AfterEach
  void stop() {
    emu.close();
  }

  private Map<String, String> env(String endpoint) {
    Map<String, String> env = new HashMap<>();
    env.put("HCLOUD_TOKEN", TOKEN);
    env.put("HCLOUD_ENDPOINT", endpoint);
    env.put("HCLOUD_CONFIG", dir.resolve("cli.toml").toString());
    env.put("NO_COLOR", "1");
    return env;
  }

  /** Runs {@code hzone --verbose ARGS}; keeps the transcript for the final check. */
  private CliRun hzone(Map<String, String> env, String... args) {
    List<String> all = new ArrayList<>(List.of("--verbose"));
    all.addAll(List.of(args));
    CliRun r = CliRun.run(dir, env, all.toArray(String[]::new));
    synchronized (transcripts) {
      transcripts.add("$ hzone --verbose " + String.join(" ", args) + "\n" + r.transcript());
    }
    return r;
  }

  /** One or more commands of every group, with what each needs around it. */
  private void runEveryCommandGroup(Map<String, String> env, String dnsHostPort) {
    hzone(env, "version");
    hzone(env, "completion", "bash");
    hzone(env, "file", "check", "zones/");
    hzone(env, "plan", "--create-zones", "zones/");
    hzone(env, "plan", "--create-zones", "-o", "json", "zones/");
    hzone(env, "plan", "--create-zones", "--out", "plan.json", "zones/");
    hzone(env, "apply", "--yes", "--create-zones", "zones/");
    hzone(env, "pull", "--force", "pulled/");
    hzone(env, "zone", "list");
    hzone(env, "zone", "list", "-o", "json");
    hzone(env, "zone", "list", "-o", "yaml");
    hzone(env, "zone", "describe", "example.net");
    hzone(env, "zone", "describe", "example.net", "-o", "json");
    hzone(env, "zone", "describe", "example.net", "-o", "yaml");
    hzone(
        env,
        "zone",
        "set-primaries",
        "example.net",
        "--primary",
        "127.0.0.1:9",
        "--tsig-key-file",
        "zones/keys/example.net.key");
    hzone(env, "zone", "check-primaries", "example.net", "--timeout", "1");
    hzone(env, "zone", "export", "example.com");
    hzone(env, "record", "list", "example.com");
    hzone(env, "record", "add", "example.com", "new", "A", "192.0.2.9");
    List<String> acme = new ArrayList<>(List.of("--timeout", "10"));
    if (dnsHostPort != null) {
      acme.addAll(List.of("--nameserver", dnsHostPort));
    }
    List<String> present =
        new ArrayList<>(List.of("acme", "present", "_acme-challenge.example.com.", OWN_CHALLENGE));
    present.addAll(acme);
    hzone(env, present.toArray(String[]::new));
    List<String> cleanup =
        new ArrayList<>(List.of("acme", "cleanup", "_acme-challenge.example.com.", OWN_CHALLENGE));
    cleanup.addAll(acme);
    hzone(env, cleanup.toArray(String[]::new));
    Map<String, String> certbot = new HashMap<>(env);
    certbot.put("CERTBOT_DOMAIN", "example.com");
    certbot.put("CERTBOT_VALIDATION", OWN_CHALLENGE);
    List<String> auth = new ArrayList<>(List.of("acme", "certbot-auth"));
    auth.addAll(acme);
    hzone(certbot, auth.toArray(String[]::new));
    List<String> clean = new ArrayList<>(List.of("acme", "certbot-cleanup"));
    clean.addAll(acme);
    hzone(certbot, clean.toArray(String[]::new));
    hzone(env, "migrate", "file", "zones/example.com.zone", "--zone", "example.com");
    hzone(env, "context", "create", "ci", "--token-file", "token");
    hzone(env, "context", "list");
    hzone(env, "context", "list", "-o", "json");
    hzone(env, "context", "active");
    Map<String, String> viaContext = new HashMap<>(env);
    viaContext.remove("HCLOUD_TOKEN");
    hzone(viaContext, "--context", "ci", "zone", "list");
    hzone(env, "context", "delete", "ci");
    for (String group :
        List.of(
            "server",
            "server-type",
            "image",
            "volume",
            "network",
            "firewall",
            "load-balancer",
            "load-balancer-type",
            "floating-ip",
            "primary-ip",
            "ssh-key",
            "certificate",
            "location",
            "datacenter",
            "placement-group",
            "iso")) {
      hzone(env, group, "list");
      hzone(env, group, "list", "-o", "json");
    }
    hzone(env, "action", "list");
    hzone(env, "pricing");
    hzone(
        env,
        "metadata",
        "--metadata-endpoint",
        env.get("HCLOUD_ENDPOINT").replace("/v1", "/metadata"));
  }

  @Test
  void noSecretAppearsWhenEveryCommandSucceedsOrFailsAgainstTheEmulator() throws Exception {
    Map<String, String> env = env(emu.apiEndpoint().toString());
    // Another domain's certificate renewal is under way: its challenge value is in the zone.
    assertEquals(0, CliRun.run(dir, env, "zone", "create", "example.org").code());
    CliRun renewal =
        CliRun.run(
            dir, env, "record", "add", "example.org", "_acme-challenge", "TXT", OTHER_CHALLENGE);
    assertEquals(0, renewal.code(), renewal::transcript);
    String dns = "127.0.0.1:" + emu.dnsAddress().orElseThrow().getPort();
    runEveryCommandGroup(env, dns);
    runEmulatorCommand();
    // The secondary zone was created with its TSIG key, and hzone shows it only when asked to.
    CliRun shown =
        CliRun.run(dir, env, "zone", "describe", "example.net", "-o", "json", "--show-tsig-keys");
    assertTrue(shown.out().contains(TSIG_SECRET), "the secret was stored: " + shown.transcript());
    assertTrue(Files.size(accessLog) > 0, "the access log was written");
    assertTrue(
        transcripts.stream().anyMatch(t -> t.contains("http: GET /v1/zones")),
        "--verbose logged requests");
    for (String command :
        List.of("$ hzone --verbose plan ", "$ hzone --verbose zone set-primaries ")) {
      List<String> runs = transcripts.stream().filter(t -> t.startsWith(command)).toList();
      assertFalse(runs.isEmpty(), command);
      assertTrue(
          runs.stream()
              .allMatch(
                  t ->
                      t.contains(
                          "example.net.key holds a TSIG key but has mode rw-r--r--, so other users may read it; run: chmod 600 ")),
          command + " warned about the key file others may read");
    }
    assertNoSecrets();
  }

  @Test
  void noSecretAppearsWhenTheApiFailsEveryRequestAndQuotesItBack() throws Exception {
    MockWebServer failing = new MockWebServer();
    Random random = new Random(10);
    failing.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest r) {
            // Errors that are not retried, whose messages quote the request, headers included: the
            // worst an
            // API or a proxy in front of it could send back.
            int[] statuses = {400, 401, 403, 404, 409, 422, 423};
            String[] codes = {
              "json_error",
              "unauthorized",
              "forbidden",
              "not_found",
              "uniqueness_error",
              "invalid_input",
              "protected"
            };
            int i = random.nextInt(statuses.length);
            String echo =
                (r.getMethod()
                        + " "
                        + r.getPath()
                        + " Authorization: "
                        + r.getHeader("Authorization")
                        + " "
                        + r.getBody().readUtf8())
                    .replace("\\", "\\\\")
                    .replace("\"", "\\\"")
                    .replace("\n", " ");
            return new MockResponse()
                .setResponseCode(statuses[i])
                .setHeader("Content-Type", "application/json")
                .setBody(
                    "{\"error\":{\"code\":\""
                        + codes[i]
                        + "\",\"message\":\"refused: "
                        + echo
                        + "\","
                        + "\"details\":{\"fields\":[{\"name\":\""
                        + echo
                        + "\",\"messages\":[\""
                        + echo
                        + "\"]}]}}}");
          }
        });
    failing.start();
    try {
      runEveryCommandGroup(env(failing.url("/v1").toString()), "127.0.0.1:9");
    } finally {
      failing.shutdown();
    }
    assertTrue(
        transcripts.stream().anyMatch(t -> t.contains("refused: ")),
        "the API's errors were printed");
    assertNoSecrets();
  }

  /** {@code hzone emulator --token TOKEN --access-log FILE}, until it is ready, then stopped. */
  private void runEmulatorCommand() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Invocation inv =
        new Invocation(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(new byte[0]),
            Map.of(),
            dir,
            new GlobalOptions(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false,
                dir.resolve(".hzone/local"),
                OutputOptions.parse(List.of()),
                true,
                false),
            new Resources());
    var options =
        EmulatorCommand.parse(
            inv,
            new DefaultParser()
                .parse(
                    new org.apache.commons.cli.Options()
                        .addOption(null, "listen", true, "")
                        .addOption(null, "dns-listen", true, "")
                        .addOption(null, "state", true, "")
                        .addOption(null, "token", true, "")
                        .addOption(null, "access-log", true, ""),
                    new String[] {
                      "--listen",
                      "127.0.0.1:0",
                      "--dns-listen",
                      "127.0.0.1:0",
                      "--state",
                      "emu2",
                      "--token",
                      TOKEN,
                      "--access-log",
                      "emu2-access.log"
                    }));
    CountDownLatch stop = new CountDownLatch(1);
    Thread server = new Thread(() -> EmulatorCommand.serve(inv, options, stop));
    server.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline
        && !out.toString(StandardCharsets.UTF_8).contains("hzone emulator: api")) {
      Thread.sleep(20);
    }
    String endpoint =
        out.toString(StandardCharsets.UTF_8).replaceAll("(?s).*api (\\S+) dns.*", "$1");
    hzone(env(endpoint), "zone", "create", "emulated.com");
    stop.countDown();
    server.join(10_000);
    transcripts.add(
        "$ hzone emulator --token ...\n"
            + out.toString(StandardCharsets.UTF_8)
            + err.toString(StandardCharsets.UTF_8));
  }

  /**
   * No transcript, log or written file holds the token, the TSIG secret or another domain's
   * challenge.
   */
  private void assertNoSecrets() throws IOException {
    Path report = Path.of("target", "reliability", "secrets-transcripts.txt");
    Files.createDirectories(report.getParent());
    Files.writeString(
        report,
        String.join("\n", transcripts) + "\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
    List<String> leaks = new ArrayList<>();
    for (String t : transcripts) {
      // The command line itself is the caller's; what hzone printed is below it.
      int nl = t.indexOf('\n');
      check(t.substring(0, nl), t.substring(nl + 1), leaks);
    }
    synchronized (emulatorLog) {
      check("the emulator's log", String.join("\n", emulatorLog), leaks);
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String name = dir.relativize(f).toString();
        if (name.equals("token")
            || name.startsWith("zones/keys/")
            || name.startsWith("state/")
            || name.startsWith("emu2/")
            || name.equals("cli.toml")) {
          continue; // where the secrets are kept on purpose (the state files and cli.toml are mode
          // 0600)
        }
        check(name, Files.readString(f, StandardCharsets.ISO_8859_1), leaks);
      }
    }
    assertEquals(List.of(), leaks);
  }

  private static void check(String where, String text, List<String> leaks) {
    if (text.contains(TOKEN)) {
      leaks.add(where + ": the API token\n" + excerpt(text, TOKEN));
    }
    if (text.contains(TSIG_SECRET)) {
      leaks.add(where + ": the TSIG secret\n" + excerpt(text, TSIG_SECRET));
    }
    if (text.contains(OTHER_CHALLENGE)) {
      leaks.add(
          where + ": another domain's ACME challenge value\n" + excerpt(text, OTHER_CHALLENGE));
    }
  }

  private static String excerpt(String text, String secret) {
    int i = text.indexOf(secret);
    return text.substring(Math.max(0, i - 300), Math.min(text.length(), i + secret.length() + 100));
  }
}
