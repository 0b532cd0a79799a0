package dev.hzone.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.hzone.testing.Tools;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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
 * The official hcloud CLI (Debian's hcloud-cli 1.30, unmodified) over the compute resources, in the
 * order a user goes: placement group, network with subnet and route, firewall with rules, volume, a
 * server created with all of them, every server action the CLI offers, snapshots and backups, ISOs,
 * volumes attached and resized, networks and alias IPs, firewalls by server and by label selector,
 * labels, protection, lists with selectors, describe, and deletion. Every command must exit 0; what
 * it prints is compared with the emulator's state read through the API, every answer is validated
 * against openapi.json, and the state survives a restart in the middle.
 */
class HcloudComputeIT {
  private static final String TOKEN = "c".repeat(64);

  @TempDir Path dir;

  /** Each command form run, for the transcript printed at the end. */
  private final List<String> tried = new ArrayList<>();

  private String hcloud(Emulator emu, String... args) throws IOException, InterruptedException {
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
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    pb.redirectOutput(dir.resolve("out.txt").toFile());
    pb.redirectError(dir.resolve("err.txt").toFile());
    Process p = pb.start();
    String line = "hcloud " + String.join(" ", args);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), line + " did not finish");
    String out = Files.readString(dir.resolve("out.txt"));
    String err = Files.readString(dir.resolve("err.txt"));
    tried.add(line + "  -> exit " + p.exitValue());
    assertEquals(0, p.exitValue(), line + "\n" + out + err);
    return out;
  }

  private static JsonObject one(ApiTestClient api, String path, String key) {
    ApiTestClient.Response r = api.get(path);
    assertEquals(200, r.status(), path + ": " + r.text());
    return r.json().getAsJsonObject(key);
  }

  private static List<Long> longs(JsonArray a) {
    List<Long> out = new ArrayList<>();
    a.forEach(e -> out.add(e.getAsLong()));
    return out;
  }

  private Emulator start(Path state, OpenApiContract contract, List<String> violations) {
    InetAddress lo = InetAddress.getLoopbackAddress();
    EmulatorOptions o =
        EmulatorOptions.defaults()
            .withListen(new InetSocketAddress(lo, 0))
            .withDnsListen(new InetSocketAddress(lo, 0))
            .withToken(TOKEN)
            .withActionDuration(Duration.ofMillis(150))
            .withStateDir(state);
    return Emulator.builder(o)
        .noDns()
        .observer(
            (method, path, status, body) -> {
              try {
                contract.check(method, path, status, body);
              } catch (AssertionError e) {
                violations.add(e.getMessage());
              }
            })
        .start();
  }

  @Test
  void theOfficialCliRunsServersWithVolumesNetworksFirewallsPlacementGroupsAndImages()
      throws Exception {
    Tools.require("hcloud");
    List<String> violations = Collections.synchronizedList(new ArrayList<>());
    OpenApiContract contract = OpenApiContract.get();
    Path state = dir.resolve("state");
    Files.writeString(
        dir.resolve("rules.json"),
        "[{\"direction\":\"in\",\"protocol\":\"icmp\","
            + "\"source_ips\":[\"0.0.0.0/0\"]},{\"direction\":\"out\",\"protocol\":\"tcp\",\"port\":\"443\","
            + "\"destination_ips\":[\"0.0.0.0/0\"],\"description\":\"https\"}]");
    long serverId;
    try (Emulator emu = start(state, contract, violations)) {
      ApiTestClient api = new ApiTestClient(emu.apiEndpoint(), TOKEN);
      hcloud(emu, "ssh-key", "create", "--name", "k", "--public-key", CloudApiTest.KEY);
      assertTrue(
          hcloud(
                  emu,
                  "placement-group",
                  "create",
                  "--name",
                  "pg",
                  "--type",
                  "spread",
                  "--label",
                  "tier=web")
              .contains("Placement group 6000001 created"));
      assertTrue(
          hcloud(
                  emu,
                  "network",
                  "create",
                  "--name",
                  "net",
                  "--ip-range",
                  "10.0.0.0/16",
                  "--label",
                  "env=ci")
              .contains("Network 4000001 created"));
      hcloud(
          emu,
          "network",
          "add-subnet",
          "net",
          "--type",
          "cloud",
          "--network-zone",
          "eu-central",
          "--ip-range",
          "10.0.1.0/24");
      hcloud(
          emu,
          "network",
          "add-route",
          "net",
          "--destination",
          "10.100.1.0/24",
          "--gateway",
          "10.0.1.10");
      assertTrue(
          hcloud(emu, "firewall", "create", "--name", "fw", "--label", "env=ci")
              .contains("Firewall 5000001 created"));
      hcloud(
          emu,
          "firewall",
          "add-rule",
          "fw",
          "--direction",
          "in",
          "--protocol",
          "tcp",
          "--port",
          "22",
          "--source-ips",
          "0.0.0.0/0",
          "--source-ips",
          "::/0",
          "--description",
          "ssh");
      assertTrue(
          hcloud(
                  emu,
                  "volume",
                  "create",
                  "--name",
                  "data",
                  "--size",
                  "10",
                  "--location",
                  "fsn1",
                  "--format",
                  "ext4")
              .contains("Volume 70000001 created"));
      String created =
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
              "k",
              "--location",
              "fsn1",
              "--network",
              "net",
              "--firewall",
              "fw",
              "--placement-group",
              "pg",
              "--volume",
              "data",
              "--label",
              "env=ci");
      assertTrue(created.contains("Private Networks:\n\t- 10.0.1.1 (net)"), created);
      JsonObject server =
          api.get("/servers?name=web").json().getAsJsonArray("servers").get(0).getAsJsonObject();
      serverId = server.get("id").getAsLong();
      assertEquals(List.of(70000001L), longs(server.getAsJsonArray("volumes")));
      assertEquals(6000001L, server.getAsJsonObject("placement_group").get("id").getAsLong());
      assertEquals(
          5000001L,
          server
              .getAsJsonObject("public_net")
              .getAsJsonArray("firewalls")
              .get(0)
              .getAsJsonObject()
              .get("id")
              .getAsLong());
      assertEquals(
          List.of(serverId),
          longs(one(api, "/networks/4000001", "network").getAsJsonArray("servers")));
      assertTrue(
          hcloud(emu, "server", "list", "-l", "env=ci")
              .matches(
                  "(?s).*web\\s+running\\s+203\\.0\\.113\\.1"
                      + "\\s+2001:db8:1::/64\\s+10\\.0\\.1\\.1 \\(net\\).*"));
      String described = hcloud(emu, "server", "describe", "web");
      assertTrue(described.contains("Placement Group:\n  ID:\t\t6000001"), described);
      assertTrue(described.contains("Name:\tdata"), described);

      hcloud(emu, "server", "poweroff", "web");
      hcloud(emu, "server", "remove-from-placement-group", "web");
      assertEquals(
          0,
          one(api, "/placement_groups/6000001", "placement_group")
              .getAsJsonArray("servers")
              .size());
      hcloud(emu, "server", "add-to-placement-group", "web", "--placement-group", "pg");
      assertTrue(
          hcloud(emu, "server", "change-type", "web", "--keep-disk", "cpx32")
              .contains("changed to type cpx32"));
      assertEquals(
          "cpx32",
          one(api, "/servers/" + serverId, "server")
              .getAsJsonObject("server_type")
              .get("name")
              .getAsString());
      hcloud(emu, "server", "poweron", "web");
      hcloud(emu, "server", "reboot", "web");
      hcloud(emu, "server", "reset", "web");
      hcloud(emu, "server", "shutdown", "web");
      hcloud(emu, "server", "poweron", "web");
      assertTrue(
          hcloud(emu, "server", "enable-rescue", "web", "--ssh-key", "k")
              .contains("root password: "));
      assertTrue(one(api, "/servers/" + serverId, "server").get("rescue_enabled").getAsBoolean());
      hcloud(emu, "server", "disable-rescue", "web");
      assertTrue(hcloud(emu, "server", "reset-password", "web").contains("reset to: "));
      hcloud(emu, "server", "enable-backup", "web");
      assertEquals(
          "22-02", one(api, "/servers/" + serverId, "server").get("backup_window").getAsString());
      assertTrue(
          hcloud(
                  emu,
                  "server",
                  "create-image",
                  "web",
                  "--type",
                  "snapshot",
                  "--description",
                  "snap1",
                  "--label",
                  "kind=snap")
              .contains("Image 300000001 created from server " + serverId));
      hcloud(emu, "server", "create-image", "web", "--type", "backup", "--description", "bk");
      String images = hcloud(emu, "image", "list", "--type", "snapshot,backup");
      assertTrue(
          images.contains("snapshot") && images.contains("backup") && images.contains("snap1"),
          images);
      assertTrue(
          hcloud(emu, "image", "list", "-l", "kind=snap", "-o", "noheader").contains("300000001"));
      hcloud(emu, "image", "update", "300000001", "--description", "renamed");
      hcloud(emu, "image", "add-label", "300000001", "keep=yes");
      hcloud(emu, "image", "remove-label", "300000001", "kind");
      hcloud(emu, "image", "enable-protection", "300000001", "delete");
      String image = hcloud(emu, "image", "describe", "300000001");
      assertTrue(
          image.contains("Description:\trenamed")
              && image.contains("Delete:\tyes")
              && image.contains("keep: yes"),
          image);
      assertTrue(hcloud(emu, "iso", "list").contains("ubuntu-24.04.2-live-server-amd64.iso"));
      assertTrue(hcloud(emu, "iso", "describe", "1001").contains("Type:\t\tpublic"));
      hcloud(emu, "server", "attach-iso", "web", "ubuntu-24.04.2-live-server-amd64.iso");
      assertEquals(
          1001,
          one(api, "/servers/" + serverId, "server").getAsJsonObject("iso").get("id").getAsLong());
      hcloud(emu, "server", "detach-iso", "web");
      hcloud(emu, "server", "rebuild", "web", "--image", "debian-12");
      hcloud(emu, "server", "rebuild", "web", "--image", "300000001");
      assertEquals(
          300000001L,
          one(api, "/servers/" + serverId, "server")
              .getAsJsonObject("image")
              .get("id")
              .getAsLong());
      hcloud(
          emu, "server", "set-rdns", "web", "--ip", "203.0.113.1", "--hostname", "web.example.com");
      hcloud(
          emu,
          "server",
          "set-rdns",
          "web",
          "--ip",
          "2001:db8:1::1",
          "--hostname",
          "v6.example.com");
      JsonObject publicNet =
          one(api, "/servers/" + serverId, "server").getAsJsonObject("public_net");
      assertEquals(
          "web.example.com", publicNet.getAsJsonObject("ipv4").get("dns_ptr").getAsString());
      assertEquals(
          "v6.example.com",
          publicNet
              .getAsJsonObject("ipv6")
              .getAsJsonArray("dns_ptr")
              .get(0)
              .getAsJsonObject()
              .get("dns_ptr")
              .getAsString());
      hcloud(emu, "server", "enable-protection", "web", "delete", "rebuild");
      assertTrue(
          hcloud(emu, "server", "describe", "web").contains("Delete:\tyes\n  Rebuild:\tyes"));
      hcloud(emu, "server", "disable-protection", "web", "delete", "rebuild");
      assertTrue(hcloud(emu, "server", "request-console", "web").contains("VNC Password: "));
      assertTrue(
          hcloud(
                  emu,
                  "server",
                  "metrics",
                  "web",
                  "--type",
                  "cpu",
                  "--start",
                  "2026-03-01T10:00:00Z",
                  "--end",
                  "2026-03-01T11:00:00Z")
              .contains("Metric: cpu"));
      hcloud(emu, "server", "disable-backup", "web");
      assertTrue(
          hcloud(emu, "image", "list", "--type", "backup", "-o", "noheader").isEmpty(),
          "disabling backups deletes them");
      hcloud(emu, "server", "update", "web", "--name", "web1");
      hcloud(emu, "server", "add-label", "web1", "role=frontend");
      hcloud(emu, "server", "remove-label", "web1", "env");
      assertTrue(hcloud(emu, "server", "ip", "web1").contains("203.0.113.1"));

      hcloud(emu, "volume", "detach", "data");
      hcloud(emu, "volume", "attach", "data", "--server", "web1", "--automount");
      hcloud(emu, "volume", "resize", "data", "--size", "20");
      hcloud(emu, "volume", "update", "data", "--name", "data2");
      hcloud(emu, "volume", "add-label", "data2", "env=ci");
      hcloud(emu, "volume", "add-label", "data2", "tmp=1");
      hcloud(emu, "volume", "remove-label", "data2", "tmp");
      assertEquals(
          "{\"env\":\"ci\"}", one(api, "/volumes/70000001", "volume").get("labels").toString());
      hcloud(emu, "volume", "enable-protection", "data2", "delete");
      hcloud(emu, "volume", "disable-protection", "data2", "delete");
      hcloud(
          emu,
          "volume",
          "create",
          "--name",
          "v2",
          "--size",
          "10",
          "--server",
          "web1",
          "--automount",
          "--format",
          "xfs");
      assertTrue(
          hcloud(emu, "volume", "list", "-l", "env=ci")
              .matches("(?s).*data2\\s+20 GB\\s+web1\\s+fsn1.*"));
      assertTrue(
          hcloud(emu, "volume", "describe", "v2")
              .contains("Linux Device:\t/dev/disk/by-id/scsi-0HC_Volume_"));
      assertEquals(
          List.of(70000001L, 70000002L),
          longs(one(api, "/servers/" + serverId, "server").getAsJsonArray("volumes")));

      hcloud(emu, "network", "change-ip-range", "net", "--ip-range", "10.0.0.0/15");
      hcloud(
          emu,
          "network",
          "remove-route",
          "net",
          "--destination",
          "10.100.1.0/24",
          "--gateway",
          "10.0.1.10");
      hcloud(emu, "network", "update", "net", "--name", "net2");
      hcloud(emu, "network", "add-label", "net2", "x=y");
      hcloud(emu, "network", "remove-label", "net2", "x");
      hcloud(emu, "network", "enable-protection", "net2", "delete");
      hcloud(emu, "network", "disable-protection", "net2", "delete");
      hcloud(
          emu,
          "server",
          "change-alias-ips",
          "web1",
          "--network",
          "net2",
          "--alias-ips",
          "10.0.1.50,10.0.1.51");
      hcloud(emu, "server", "detach-from-network", "web1", "--network", "net2");
      hcloud(
          emu,
          "server",
          "attach-to-network",
          "web1",
          "--network",
          "net2",
          "--ip",
          "10.0.1.9",
          "--alias-ips",
          "10.0.1.20");
      JsonObject net =
          one(api, "/servers/" + serverId, "server")
              .getAsJsonArray("private_net")
              .get(0)
              .getAsJsonObject();
      assertEquals("10.0.1.9", net.get("ip").getAsString());
      assertEquals("[\"10.0.1.20\"]", net.get("alias_ips").toString());
      String network = hcloud(emu, "network", "describe", "net2");
      assertTrue(
          network.contains("IP Range:\t10.0.0.0/15") && !network.contains("10.100.1.0/24"),
          network);
      assertTrue(
          hcloud(emu, "network", "list").matches("(?s).*net2\\s+10\\.0\\.0\\.0/15\\s+1 server.*"));

      hcloud(
          emu,
          "firewall",
          "apply-to-resource",
          "fw",
          "--type",
          "label_selector",
          "--label-selector",
          "role=frontend");
      hcloud(emu, "firewall", "remove-from-resource", "fw", "--type", "server", "--server", "web1");
      hcloud(
          emu,
          "firewall",
          "replace-rules",
          "fw",
          "--rules-file",
          dir.resolve("rules.json").toString());
      hcloud(
          emu,
          "firewall",
          "delete-rule",
          "fw",
          "--direction",
          "in",
          "--protocol",
          "icmp",
          "--source-ips",
          "0.0.0.0/0");
      hcloud(emu, "firewall", "update", "fw", "--name", "fw2");
      hcloud(emu, "firewall", "add-label", "fw2", "a=b");
      hcloud(emu, "firewall", "remove-label", "fw2", "a");
      String fw = hcloud(emu, "firewall", "describe", "fw2");
      assertTrue(
          fw.contains("Label Selector:\trole=frontend")
              && fw.contains("Port:\t\t443")
              && !fw.contains("icmp"),
          fw);
      assertTrue(
          hcloud(emu, "firewall", "list", "-l", "env=ci")
              .matches("(?s).*fw2\\s+1 Rule\\s+0 Servers \\| 1 " + "Label Selector.*"));
      JsonObject applied =
          one(api, "/firewalls/5000001", "firewall")
              .getAsJsonArray("applied_to")
              .get(0)
              .getAsJsonObject();
      assertEquals(
          serverId,
          applied
              .getAsJsonArray("applied_to_resources")
              .get(0)
              .getAsJsonObject()
              .getAsJsonObject("server")
              .get("id")
              .getAsLong(),
          "the selector matches the relabelled server");
      hcloud(emu, "placement-group", "update", "pg", "--name", "pg2");
      hcloud(emu, "placement-group", "add-label", "pg2", "a=b");
      hcloud(emu, "placement-group", "remove-label", "pg2", "tier");
      assertTrue(
          hcloud(emu, "placement-group", "list", "-l", "a=b")
              .matches("(?s).*pg2\\s+1 server\\s+spread.*"));
      assertTrue(hcloud(emu, "placement-group", "describe", "pg2").contains("Server Name:\tweb1"));
    }
    // A restart keeps everything.
    try (Emulator emu = start(state, contract, violations)) {
      ApiTestClient api = new ApiTestClient(emu.apiEndpoint(), TOKEN);
      assertEquals(
          List.of(70000001L, 70000002L),
          longs(one(api, "/servers/" + serverId, "server").getAsJsonArray("volumes")));
      assertTrue(hcloud(emu, "server", "describe", "web1").contains("IP:\t\t\t10.0.1.9"));
      hcloud(
          emu,
          "firewall",
          "remove-from-resource",
          "fw2",
          "--type",
          "label_selector",
          "--label-selector",
          "role=frontend");
      hcloud(emu, "firewall", "delete", "fw2");
      hcloud(emu, "server", "delete", "web1");
      assertTrue(
          hcloud(emu, "volume", "list", "-o", "noheader")
              .matches("(?s)\\S+\\s+data2\\s+20 GB\\s+-\\s+fsn1.*"),
          "deleting the server detached its volumes");
      assertEquals(0, one(api, "/networks/4000001", "network").getAsJsonArray("servers").size());
      hcloud(emu, "image", "disable-protection", "300000001", "delete");
      hcloud(emu, "image", "delete", "300000001");
      hcloud(emu, "volume", "delete", "data2");
      hcloud(emu, "volume", "delete", "v2");
      hcloud(emu, "network", "remove-subnet", "net2", "--ip-range", "10.0.1.0/24");
      hcloud(emu, "network", "delete", "net2");
      hcloud(emu, "placement-group", "delete", "pg2");
      for (String kind : List.of("server", "volume", "network", "firewall", "placement-group")) {
        assertEquals("", hcloud(emu, kind, "list", "-o", "noheader"), kind + "s are all gone");
      }
      assertEquals("", hcloud(emu, "image", "list", "--type", "snapshot", "-o", "noheader"));
    }
    System.out.println("hcloud command forms tried:\n  " + String.join("\n  ", tried));
    assertEquals(List.of(), violations, "answers that differ from openapi.json");
  }
}
