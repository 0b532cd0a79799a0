package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.testing.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official hcloud CLI uses a context that hzone created (its token, from cli.toml) to talk to
 * the emulator: it creates and lists SSH keys.
 */
class HcloudSshKeyIT {
  @TempDir Path dir;

  private CliRun hcloud(Path config, String endpoint, String... args) throws Exception {
    List<String> cmd = new java.util.ArrayList<>(List.of(Tools.require("hcloud")));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    pb.environment().clear();
    pb.environment()
        .putAll(
            Map.of(
                "HCLOUD_CONFIG",
                config.toString(),
                "HCLOUD_ENDPOINT",
                endpoint,
                "PATH",
                "/usr/bin:/bin",
                "HOME",
                dir.toString()));
    Process p = pb.start();
    p.getOutputStream().close();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    return new CliRun(
        p.exitValue(),
        new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
        new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  @Test
  void hcloudListsSshKeysWithAContextHzoneCreated() throws Exception {
    try (EmulatorFixture emu = new EmulatorFixture(dir.resolve("emu"))) {
      Path config = dir.resolve("home/.config/hcloud/cli.toml");
      CliRun created =
          CliRun.withInput(
              dir,
              Map.of("HCLOUD_CONFIG", config.toString()),
              emu.emulator.token() + "\n",
              "context",
              "create",
              "emulator");
      assertEquals(0, created.code(), created.transcript());
      String endpoint = emu.emulator.apiEndpoint().toString();

      CliRun add =
          hcloud(
              config,
              endpoint,
              "ssh-key",
              "create",
              "--name",
              "laptop",
              "--public-key",
              "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGmW7BL1SPt3dcb2Zy8P0Yd7p1zZ5V9QtVb8nGxP8s2k user@laptop");
      assertEquals(0, add.code(), add.transcript());
      CliRun list =
          hcloud(config, endpoint, "ssh-key", "list", "-o", "noheader", "-o", "columns=name");
      assertEquals(0, list.code(), list.transcript());
      assertEquals("laptop\n", list.out());
    }
  }
}
