package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.api.ApiTransportException;
import dev.hzone.api.HcloudClient;
import dev.hzone.cli.framework.ExitCodes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: TLS is always verified. An HTTPS endpoint with a certificate no CA vouches for (made
 * here with the JDK's keytool) is refused before any request reaches it, so the token is never
 * sent, whether named by IP or by {@code localhost}, through the CLI and through the library; no
 * flag or variable turns verification off, and no class of hzone installs a trust manager or
 * hostname verifier of its own. Plain http is allowed to loopback only (the emulator).
 */
class TlsVerificationTest {
  private static final String TOKEN = "tlsTok".repeat(10) + "abcd";

  @TempDir Path dir;
  private MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    Path store = dir.resolve("self-signed.p12");
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "api",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-validity",
                "2",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=dns:localhost,ip:127.0.0.1",
                "-storetype",
                "PKCS12",
                "-keystore",
                store.toString(),
                "-storepass",
                "changeit",
                "-keypass",
                "changeit")
            .redirectErrorStream(true)
            .start();
    String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0, output);
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      ks.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, "changeit".toCharArray());
    SSLContext ssl = SSLContext.getInstance("TLS");
    ssl.init(kmf.getKeyManagers(), null, null);
    server = new MockWebServer();
    server.useHttps(ssl.getSocketFactory(), false);
    for (int i = 0; i < 20; i++) {
      server.enqueue(
          new MockResponse()
              .setHeader("Content-Type", "application/json")
              .setBody(
                  "{\"zones\":[],\"meta\":{\"pagination\":{\"page\":1,\"per_page\":50,\"previous_page\":null,"
                      + "\"next_page\":null,\"last_page\":1,\"total_entries\":0}}}"));
    }
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private CliRun hzone(String endpoint, String... args) {
    List<String> all = new ArrayList<>(List.of("--endpoint", endpoint));
    all.addAll(List.of(args));
    return CliRun.run(
        dir,
        Map.of("HCLOUD_TOKEN", TOKEN, "HCLOUD_CONFIG", dir.resolve("none.toml").toString()),
        all.toArray(String[]::new));
  }

  @Test
  void anUntrustedCertificateIsRefusedBeforeAnyRequest() {
    for (String host : List.of("127.0.0.1", "localhost")) {
      CliRun r =
          hzone("https://" + host + ":" + server.getPort() + "/v1", "--verbose", "zone", "list");
      assertEquals(ExitCodes.UNAVAILABLE, r.code(), r.transcript());
      assertTrue(r.err().contains("cannot reach the API"), r.transcript());
      assertTrue(r.err().matches("(?s).*(PKIX|certificat|trust).*"), r.transcript());
      assertFalse(r.err().contains(TOKEN) || r.out().contains(TOKEN), r.transcript());
    }
    assertEquals(0, server.getRequestCount(), "no request got through the handshake");
  }

  @Test
  void theLibraryVerifiesByDefaultToo() {
    try (HcloudClient client =
        HcloudClient.builder().endpoint(server.url("/v1").toString()).token(TOKEN).build()) {
      assertThrows(
          ApiTransportException.class,
          () -> client.zones().list(dev.hzone.api.ZoneListOptions.ALL));
    }
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void noFlagOrVariableTurnsVerificationOff() {
    for (String flag :
        List.of("--insecure", "--no-verify", "--skip-tls-verify", "--tls-skip-verify", "-k")) {
      CliRun global = hzone("https://127.0.0.1:" + server.getPort() + "/v1", flag, "zone", "list");
      assertEquals(ExitCodes.USAGE, global.code(), global.transcript());
      CliRun local = hzone("https://127.0.0.1:" + server.getPort() + "/v1", "zone", "list", flag);
      assertEquals(ExitCodes.USAGE, local.code(), local.transcript());
    }
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void plainHttpGoesOnlyToThisMachine() {
    for (String endpoint :
        List.of(
            "http://api.hetzner.cloud/v1",
            "http://192.0.2.10/v1",
            "http://10.0.0.1:8080/v1",
            "http://localhost.example.net/v1")) {
      CliRun r = hzone(endpoint, "zone", "list");
      assertEquals(ExitCodes.USAGE, r.code(), r.transcript());
      assertTrue(r.err().contains("refusing to send the API token unencrypted"), r.transcript());
    }
  }

  /** No main class replaces the JDK's certificate or hostname checks. */
  @Test
  void noCodeTurnsVerificationOff() throws IOException {
    Pattern weakening =
        Pattern.compile(
            "X509TrustManager|TrustManagerFactory|HostnameVerifier|hostnameVerifier\\("
                + "|sslSocketFactory\\(|SSLContext|TrustAll|trustAll|InsecureTrust|setDefaultSSLSocketFactory"
                + "|checkServerTrusted|ALLOW_ALL|NoopHostnameVerifier");
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          if (weakening.matcher(lines.get(i)).find()) {
            found.add(f + ":" + (i + 1) + ": " + lines.get(i).trim());
          }
        }
      }
    }
    assertEquals(List.of(), found);
  }
}
