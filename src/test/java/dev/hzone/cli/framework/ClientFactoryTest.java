package dev.hzone.cli.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.api.HcloudClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientFactoryTest {
  static final String FILE_TOKEN =
      "token-from-file-0000000000000000000000000000000000000000000000000";
  static final String ENV_TOKEN =
      "token-from-env-00000000000000000000000000000000000000000000000000";

  @TempDir Path dir;
  final MockWebServer server = new MockWebServer();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  final Map<String, String> env = new HashMap<>();
  final Resources resources = new Resources();

  @BeforeEach
  void start() throws Exception {
    server.start();
    env.put("HOME", dir.toString());
  }

  @AfterEach
  void stop() throws Exception {
    resources.close();
    server.shutdown();
  }

  Invocation inv(
      Optional<String> endpoint,
      Optional<Path> tokenFile,
      Optional<String> context,
      boolean verbose) {
    GlobalOptions g =
        new GlobalOptions(
            endpoint,
            tokenFile,
            Optional.empty(),
            context,
            false,
            dir.resolve(".hzone"),
            OutputOptions.parse(List.of()),
            verbose,
            false);
    return new Invocation(
        new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        new ByteArrayInputStream(new byte[0]),
        env,
        dir,
        g,
        resources);
  }

  Invocation inv(Optional<Path> tokenFile, boolean verbose) {
    return inv(Optional.of(server.url("/v1").toString()), tokenFile, Optional.empty(), verbose);
  }

  /** Makes one request and returns the Authorization header it carried. */
  String authorizationOf(HcloudClient client) throws Exception {
    server.enqueue(
        new MockResponse()
            .setResponseCode(404)
            .setBody(
                "{\"error\":{\"code\":\"not_found\",\"message\":\"not found\",\"details\":null}}"));
    client.zones().get("example.com");
    return server.takeRequest().getHeader("Authorization");
  }

  Path config(String toml) throws Exception {
    Path f = dir.resolve("cli.toml");
    Files.writeString(f, toml);
    env.put("HCLOUD_CONFIG", f.toString());
    return f;
  }

  @Test
  void tokenFileComesFirst() throws Exception {
    Path f = dir.resolve("token");
    Files.writeString(f, FILE_TOKEN + "\n");
    env.put("HCLOUD_TOKEN", ENV_TOKEN);
    assertEquals(
        "Bearer " + FILE_TOKEN, authorizationOf(ClientFactory.client(inv(Optional.of(f), false))));
  }

  @Test
  void aTokenFileOthersMayReadIsWarnedAboutOnceAndAPrivateOneNot() throws Exception {
    Path f = dir.resolve("token");
    Files.writeString(f, FILE_TOKEN + "\n");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.getFileAttributeView(f, java.nio.file.attribute.PosixFileAttributeView.class) != null,
        "no POSIX permissions on this file system: nothing to warn about");
    Files.setPosixFilePermissions(
        f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    Invocation inv = inv(Optional.of(f), false);
    ClientFactory.projectKey(inv);
    assertEquals("Bearer " + FILE_TOKEN, authorizationOf(ClientFactory.client(inv)));
    assertEquals(
        "warning: "
            + f
            + " holds an API token but has mode rw-r--r--, so other users may read it; run: "
            + "chmod 600 "
            + f
            + "\n",
        err.toString(StandardCharsets.UTF_8),
        "once, though the file was read twice");
    err.reset();
    Files.setPosixFilePermissions(
        f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    try (Resources other = new Resources()) {
      GlobalOptions g =
          new GlobalOptions(
              Optional.of(server.url("/v1").toString()),
              Optional.of(f),
              Optional.empty(),
              Optional.empty(),
              false,
              dir.resolve(".hzone"),
              OutputOptions.parse(List.of()),
              false,
              false);
      ClientFactory.projectKey(
          new Invocation(
              new PrintStream(new ByteArrayOutputStream()),
              new PrintStream(err, true, StandardCharsets.UTF_8),
              new ByteArrayInputStream(new byte[0]),
              env,
              dir,
              g,
              other));
    }
    assertEquals("", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void environmentTokenComesNext() throws Exception {
    env.put("HCLOUD_TOKEN", ENV_TOKEN);
    assertEquals(
        "Bearer " + ENV_TOKEN, authorizationOf(ClientFactory.client(inv(Optional.empty(), false))));
  }

  @Test
  void activeContextOfTheHcloudConfigComesLast() throws Exception {
    config(
        """
        active_context = "prod"
        [[contexts]]
          name = "prod"
          token = "prod-token"
          [contexts.preferences]
            endpoint = "%s"
        [[contexts]]
          name = "staging"
          token = "staging-token"
          [contexts.preferences]
            endpoint = "%s"
        """
            .formatted(server.url("/v1"), server.url("/v1")));
    assertEquals(
        "Bearer prod-token", authorizationOf(ClientFactory.client(inv(Optional.empty(), false))));
  }

  @Test
  void aContextTokenGoesOverPlainHttpOnlyToTheEndpointThatContextNames() throws Exception {
    config(
        """
        active_context = "prod"
        [[contexts]]
          name = "prod"
          token = "prod-token"
        """);
    CliException e =
        assertThrows(CliException.class, () -> ClientFactory.client(inv(Optional.empty(), false)));
    assertEquals(ExitCodes.USAGE, e.exitCode());
    assertTrue(
        e.getMessage().contains("refusing to send the token of context 'prod' over plain http"),
        e.getMessage());
    assertEquals(0, server.getRequestCount(), "nothing sent");
    env.put("HCLOUD_TOKEN", ENV_TOKEN);
    assertEquals(
        "Bearer " + ENV_TOKEN,
        authorizationOf(ClientFactory.client(inv(Optional.empty(), false))),
        "a token given for this endpoint is sent");
  }

  @Test
  void contextOptionPicksAContextAndItsEndpoint() throws Exception {
    config(
        """
        active_context = "prod"
        [[contexts]]
          name = "prod"
          token = "prod-token"
        [[contexts]]
          name = "staging"
          token = "staging-token"
          [contexts.preferences]
            endpoint = "%s"
        """
            .formatted(server.url("/v1")));
    HcloudClient c =
        ClientFactory.client(
            inv(Optional.empty(), Optional.empty(), Optional.of("staging"), false));
    assertEquals(server.url("/v1/").toString(), c.endpoint());
    assertEquals("Bearer staging-token", authorizationOf(c));
  }

  @Test
  void unknownContextNamesTheKnownOnes() throws Exception {
    config(
        """
        [[contexts]]
          name = "prod"
          token = "prod-token"
        """);
    CliException e =
        assertThrows(
            CliException.class,
            () ->
                ClientFactory.client(
                    inv(Optional.empty(), Optional.empty(), Optional.of("dev"), false)));
    assertEquals(ExitCodes.USAGE, e.exitCode());
    assertTrue(
        e.getMessage().contains("no context 'dev'") && e.getMessage().contains("contexts: prod"),
        e.getMessage());
  }

  @Test
  void brokenConfigIsADataError() throws Exception {
    Path f = config("active_context = \n");
    CliException e =
        assertThrows(CliException.class, () -> ClientFactory.client(inv(Optional.empty(), false)));
    assertEquals(ExitCodes.DATA, e.exitCode());
    assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
  }

  @Test
  void noTokenAnywhereSaysHowToProvideOne() {
    CliException e =
        assertThrows(CliException.class, () -> ClientFactory.client(inv(Optional.empty(), false)));
    assertEquals(ExitCodes.USAGE, e.exitCode());
    assertTrue(
        e.getMessage().contains("HCLOUD_TOKEN") && e.getMessage().contains("--token-file"),
        e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void emptyOrMissingTokenFileIsADataError() throws Exception {
    Path empty = dir.resolve("empty");
    Files.writeString(empty, "\n");
    assertEquals(
        ExitCodes.DATA,
        assertThrows(CliException.class, () -> ClientFactory.client(inv(Optional.of(empty), false)))
            .exitCode());
    assertEquals(
        ExitCodes.DATA,
        assertThrows(
                CliException.class,
                () -> ClientFactory.client(inv(Optional.of(dir.resolve("missing")), false)))
            .exitCode());
  }

  @Test
  void plainHttpOnlyToThisMachine() {
    env.put("HCLOUD_TOKEN", ENV_TOKEN);
    CliException e =
        assertThrows(
            CliException.class,
            () ->
                ClientFactory.client(
                    inv(
                        Optional.of("http://api.example.net/v1"),
                        Optional.empty(),
                        Optional.empty(),
                        false)));
    assertTrue(e.getMessage().contains("unencrypted"), e.getMessage());
    ClientFactory.checkEndpoint("http://127.0.0.1:8080/v1");
    ClientFactory.checkEndpoint("http://[::1]:8080/v1");
    ClientFactory.checkEndpoint("http://localhost/v1");
    ClientFactory.checkEndpoint("https://api.hetzner.cloud/v1");
    assertThrows(CliException.class, () -> ClientFactory.checkEndpoint("ftp://example.net"));
  }

  @Test
  void builtOncePerInvocation() {
    env.put("HCLOUD_TOKEN", ENV_TOKEN);
    Invocation inv = inv(Optional.empty(), false);
    assertSame(ClientFactory.client(inv), ClientFactory.client(inv));
  }

  @Test
  void verbosePrintsOneLinePerRequestWithoutTheToken() throws Exception {
    env.put("HCLOUD_TOKEN", ENV_TOKEN);
    HcloudClient c = ClientFactory.client(inv(Optional.empty(), true));
    server.enqueue(
        new MockResponse()
            .setHeader("X-Correlation-Id", "req-42")
            .setHeader("Content-Type", "application/json")
            .setBody("{\"zonefile\":\"\"}"));
    c.zones().exportZonefile("example.com");
    String log = err.toString(StandardCharsets.UTF_8);
    assertTrue(
        log.matches("http: GET /v1/zones/example.com/zonefile 200 \\d+ ms req req-42\\R"), log);
    assertFalse(log.contains(ENV_TOKEN));
    assertFalse(c.toString().contains(ENV_TOKEN));
  }
}
