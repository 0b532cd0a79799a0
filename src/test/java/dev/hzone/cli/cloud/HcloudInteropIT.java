package dev.hzone.cli.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.hzone.testing.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * hzone and the official hcloud CLI (Debian's hcloud-cli) on one emulator: a server hzone creates
 * is the server hcloud describes, and an SSH key hcloud creates is one hzone finds by name.
 */
class HcloudInteropIT {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private Run hcloud(EmulatorRun emu, String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Tools.require("hcloud"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().clear();
    pb.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    pb.environment().put("HOME", dir.toString());
    pb.environment().put("HCLOUD_CONFIG", dir.resolve("hcloud.toml").toString());
    pb.environment().put("HCLOUD_ENDPOINT", emu.emulator.apiEndpoint().toString());
    pb.environment().put("HCLOUD_TOKEN", emu.emulator.token());
    pb.environment().put("HCLOUD_POLL_INTERVAL", "100ms");
    pb.redirectOutput(dir.resolve("hcloud.out").toFile());
    pb.redirectError(dir.resolve("hcloud.err").toFile());
    Process p = pb.start();
    assertTrue(
        p.waitFor(120, TimeUnit.SECONDS), "hcloud " + String.join(" ", args) + " did not finish");
    Run r =
        new Run(
            p.exitValue(),
            Files.readString(dir.resolve("hcloud.out")),
            Files.readString(dir.resolve("hcloud.err")));
    assertEquals(0, r.code(), "hcloud " + String.join(" ", args) + "\n" + r.out() + r.err());
    return r;
  }

  @Test
  void theServerHzoneCreatesIsTheServerHcloudSees() throws Exception {
    Tools.require("hcloud");
    try (EmulatorRun emu = new EmulatorRun(dir)) {
      hcloud(emu, "ssh-key", "create", "--name", "laptop", "--public-key", CloudEmulatorTest.KEY);
      assertTrue(
          emu.ok("ssh-key", "describe", "laptop").out().contains("me@laptop"),
          "hzone finds hcloud's key");
      emu.ok(
          "server",
          "create",
          "--name",
          "web",
          "--type",
          "cpx22",
          "--image",
          "ubuntu-24.04",
          "--ssh-key",
          "laptop",
          "--label",
          "env=prod");
      JsonObject ours =
          JsonParser.parseString(emu.ok("server", "describe", "web", "-o", "json").out())
              .getAsJsonObject();
      assertEquals(
          emu.get("/servers/" + ours.get("id").getAsLong()).getAsJsonObject().get("server"),
          ours,
          "hzone prints the API's server object");
      JsonObject theirs =
          JsonParser.parseString(hcloud(emu, "server", "describe", "web", "-o", "json").out())
              .getAsJsonObject();
      for (String field :
          List.of("id", "name", "status", "created", "labels", "primary_disk_size")) {
        assertEquals(ours.get(field), theirs.get(field), field);
      }
      assertEquals(
          ours.getAsJsonObject("public_net").getAsJsonObject("ipv4").get("ip"),
          theirs.getAsJsonObject("public_net").getAsJsonObject("ipv4").get("ip"));
      assertEquals(
          ours.getAsJsonObject("server_type").get("name"),
          theirs.getAsJsonObject("server_type").get("name"));
      assertTrue(
          hcloud(emu, "server", "list", "-o", "noheader", "-o", "columns=name,status")
              .out()
              .matches("web\\s+running\\s*\n"));
      emu.ok("server", "poweroff", "web");
      assertTrue(
          hcloud(emu, "server", "describe", "web").out().contains("Status:\toff")
              || hcloud(emu, "server", "describe", "web").out().matches("(?s).*Status:\\s+off.*"));
      emu.ok("server", "delete", "web");
      assertEquals("", hcloud(emu, "server", "list", "-o", "noheader").out());
    }
  }
}
