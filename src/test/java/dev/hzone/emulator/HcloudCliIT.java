package dev.hzone.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.testing.Tools;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official hcloud CLI (Debian's hcloud-cli, a real and unmodified client built on hcloud-go)
 * against the emulator; every answer it gets is checked against openapi.json as well.
 */
class HcloudCliIT {
  private static final String TOKEN = "h".repeat(64);

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private Run hcloud(Emulator emu, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Tools.require("hcloud"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().clear();
    pb.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    pb.environment().put("HOME", dir.toString());
    pb.environment().put("HCLOUD_CONFIG", dir.resolve("cli.toml").toString());
    pb.environment().put("HCLOUD_ENDPOINT", emu.apiEndpoint().toString());
    pb.environment().put("HCLOUD_TOKEN", TOKEN);
    pb.environment().put("HCLOUD_POLL_INTERVAL", "100ms");
    pb.redirectOutput(dir.resolve("out.txt").toFile());
    pb.redirectError(dir.resolve("err.txt").toFile());
    Process p = pb.start();
    assertTrue(
        p.waitFor(120, TimeUnit.SECONDS), "hcloud " + String.join(" ", args) + " did not finish");
    Run r =
        new Run(
            p.exitValue(),
            Files.readString(dir.resolve("out.txt")),
            Files.readString(dir.resolve("err.txt")));
    assertEquals(0, r.code(), "hcloud " + String.join(" ", args) + "\n" + r.out() + r.err());
    return r;
  }

  @Test
  void theOfficialCliManagesKeysAndServersAndReadsTheCatalogue() throws Exception {
    Tools.require("hcloud");
    List<String> violations = Collections.synchronizedList(new ArrayList<>());
    OpenApiContract contract = OpenApiContract.get();
    InetAddress lo = InetAddress.getLoopbackAddress();
    Path log = dir.resolve("access.log");
    EmulatorOptions o =
        EmulatorOptions.defaults()
            .withListen(new InetSocketAddress(lo, 0))
            .withDnsListen(new InetSocketAddress(lo, 0))
            .withToken(TOKEN)
            .withActionDuration(Duration.ofMillis(300))
            .withAccessLog(log);
    try (Emulator emu =
        Emulator.builder(o)
            .observer(
                (method, path, status, body) -> {
                  try {
                    contract.check(method, path, status, body);
                  } catch (AssertionError e) {
                    violations.add(e.getMessage());
                  }
                })
            .start()) {
      assertTrue(
          hcloud(
                  emu,
                  "ssh-key",
                  "create",
                  "--name",
                  "test",
                  "--public-key",
                  CloudApiTest.KEY,
                  "--label",
                  "env=ci")
              .out()
              .contains("SSH key 2001 created"));
      assertTrue(hcloud(emu, "ssh-key", "list").out().contains("test"));
      Run describe = hcloud(emu, "ssh-key", "describe", "test");
      assertTrue(describe.out().contains("env: ci"), describe.out());
      assertTrue(hcloud(emu, "location", "list").out().contains("Falkenstein DC Park 1"));
      assertTrue(hcloud(emu, "datacenter", "list").out().contains("fsn1-dc14"));
      assertTrue(hcloud(emu, "server-type", "list").out().contains("cpx22"));
      assertTrue(hcloud(emu, "image", "list").out().contains("ubuntu-24.04"));
      Run create =
          hcloud(
              emu,
              "server",
              "create",
              "--name",
              "web",
              "--type",
              "cpx22",
              "--image",
              "ubuntu-24.04",
              "--ssh-key",
              "test");
      assertTrue(create.out().contains("Server 30000001 created"), create.out());
      assertTrue(create.out().contains("IPv4: 203.0.113.1"), create.out());
      Run list = hcloud(emu, "server", "list");
      assertTrue(list.out().matches("(?s).*web\\s+running\\s+203\\.0\\.113\\.1.*"), list.out());
      assertTrue(hcloud(emu, "server", "describe", "web").out().contains("cpx22"));
      assertTrue(hcloud(emu, "server", "delete", "web").out().contains("Server web deleted"));
      assertTrue(hcloud(emu, "ssh-key", "delete", "2001").out().contains("deleted"));
      assertEquals("", hcloud(emu, "server", "list", "-o", "noheader").out());
    }
    assertEquals(List.of(), violations, "answers that differ from openapi.json");
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    assertTrue(lines.contains("POST /v1/servers 201"), lines.toString());
    assertTrue(lines.contains("DELETE /v1/ssh_keys/2001 204"), lines.toString());
    assertTrue(
        lines.stream().allMatch(l -> l.matches("(GET|POST|PUT|DELETE) /v1/\\S+ \\d{3}")),
        lines.toString());
  }
}
