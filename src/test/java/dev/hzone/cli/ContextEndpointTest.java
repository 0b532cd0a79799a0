package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import dev.hzone.cli.framework.HcloudConfig;
import dev.hzone.emulator.Emulator;
import dev.hzone.emulator.EmulatorOptions;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A context for the emulator: any token on a loopback endpoint, {@code --endpoint} (issue 15, item
 * 7).
 */
class ContextEndpointTest {
  @TempDir Path dir;

  private Map<String, String> env() {
    return Map.of("HCLOUD_CONFIG", dir.resolve("cli.toml").toString(), "HOME", dir.toString());
  }

  @Test
  void aContextNamesTheEmulatorsEndpointAndTakesItsToken() throws Exception {
    // As 'hzone emulator --token dev' would run it.
    InetAddress loopback = InetAddress.getLoopbackAddress();
    try (Emulator emu =
        Emulator.builder(
                EmulatorOptions.defaults()
                    .withListen(new InetSocketAddress(loopback, 0))
                    .withDnsListen(new InetSocketAddress(loopback, 0))
                    .withToken("dev")
                    .withActionDuration(Duration.ZERO))
            .start()) {
      String endpoint = emu.apiEndpoint().toString();
      Files.writeString(dir.resolve("emu.token"), "dev\n");
      CliRun create =
          CliRun.run(
              dir,
              env(),
              "context",
              "create",
              "local",
              "--endpoint",
              endpoint,
              "--token-file",
              "emu.token");
      assertEquals(0, create.code(), create.transcript());
      CliRun list = CliRun.run(dir, env(), "zone", "list");
      assertEquals(0, list.code(), list.transcript());
      CliRun zone = CliRun.run(dir, env(), "zone", "create", "example.com");
      assertEquals(0, zone.code(), zone.transcript());
      JsonArray contexts =
          JsonParser.parseString(CliRun.run(dir, env(), "context", "list", "-o", "json").out())
              .getAsJsonArray();
      assertEquals(endpoint, contexts.get(0).getAsJsonObject().get("endpoint").getAsString());
      assertFalse(Files.readString(dir.resolve("cli.toml")).isEmpty());
    }
  }

  @Test
  void theLengthRuleStillHoldsForTheHetznerApi() throws Exception {
    Files.writeString(dir.resolve("short.token"), "abc\n");
    CliRun r = CliRun.run(dir, env(), "context", "create", "prod", "--token-file", "short.token");
    assertEquals(65, r.code(), r.transcript());
    CliRun remote =
        CliRun.run(
            dir,
            env(),
            "context",
            "create",
            "prod",
            "--endpoint",
            "https://api.example.net/v1",
            "--token-file",
            "short.token");
    assertEquals(65, remote.code(), remote.transcript());
    CliRun plain =
        CliRun.run(
            dir,
            env(),
            "context",
            "create",
            "prod",
            "--endpoint",
            "http://203.0.113.5/v1",
            "--token-file",
            "short.token");
    assertEquals(64, plain.code(), plain.transcript());
  }

  @Test
  void aTypedTokenIsNeverPrinted() {
    String token = "t".repeat(HcloudConfig.TOKEN_LENGTH);
    CliRun r = CliRun.withInput(dir, env(), token + "\n", "context", "create", "prod");
    assertEquals(0, r.code(), r.transcript());
    assertFalse(r.out().contains(token) || r.err().contains(token), r.transcript());
    assertTrue(r.err().startsWith("Token: "), r.transcript());
  }
}
