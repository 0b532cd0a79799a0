package dev.hzone.cli.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * hzone's own compute commands against the emulator, end to end and in a user's order: placement
 * groups, networks, firewalls, volumes, a server created with all of them, its actions, images,
 * ISOs, and deletion. Each change is read back through the API.
 */
class ComputeEmulatorTest {
  @TempDir Path dir;

  private static JsonObject server(EmulatorRun emu, String name) throws Exception {
    return emu.get("/servers?name=" + name)
        .getAsJsonObject()
        .getAsJsonArray("servers")
        .get(0)
        .getAsJsonObject();
  }

  @Test
  void aServerWithVolumesNetworksFirewallsAndAPlacementGroupLivesAndDies() throws Exception {
    try (EmulatorRun emu = new EmulatorRun(dir)) {
      emu.ok("ssh-key", "create", "--name", "k", "--public-key", CloudEmulatorTest.KEY);
      assertTrue(
          emu.ok("placement-group", "create", "--name", "pg", "--type", "spread")
              .out()
              .startsWith("Placement group pg created"));
      emu.ok(
          "network", "create", "--name", "net", "--ip-range", "10.0.0.0/16", "--label", "env=ci");
      emu.ok(
          "network",
          "add-subnet",
          "net",
          "--type",
          "cloud",
          "--network-zone",
          "eu-central",
          "--ip-range",
          "10.0.1.0/24");
      emu.ok(
          "network",
          "add-route",
          "net",
          "--destination",
          "10.100.1.0/24",
          "--gateway",
          "10.0.1.10");
      emu.ok("firewall", "create", "--name", "fw", "--label", "env=ci");
      emu.ok(
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
          "--description",
          "ssh");
      emu.ok(
          "volume",
          "create",
          "--name",
          "data",
          "--size",
          "10",
          "--location",
          "fsn1",
          "--format",
          "ext4");
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
      JsonObject s = server(emu, "web");
      long id = s.get("id").getAsLong();
      assertEquals(
          "10.0.1.1",
          s.getAsJsonArray("private_net").get(0).getAsJsonObject().get("ip").getAsString());
      assertEquals(1, s.getAsJsonArray("volumes").size());
      assertEquals("pg", s.getAsJsonObject("placement_group").get("name").getAsString());
      assertTrue(emu.ok("server", "describe", "web").out().contains("ID 5000001 (applied)"));

      emu.ok("server", "poweroff", "web");
      emu.ok("server", "remove-from-placement-group", "web");
      emu.ok("server", "add-to-placement-group", "web", "--placement-group", "pg");
      emu.ok("server", "change-type", "web", "--keep-disk", "cpx32");
      emu.ok("server", "poweron", "web");
      emu.ok("server", "reboot", "web");
      emu.ok("server", "reset", "web");
      emu.ok("server", "shutdown", "web");
      emu.ok("server", "poweron", "web");
      assertTrue(
          emu.ok("server", "enable-rescue", "web", "--ssh-key", "k")
              .out()
              .contains("Root password: "));
      emu.ok("server", "disable-rescue", "web");
      emu.ok("server", "reset-password", "web");
      emu.ok("server", "enable-backup", "web");
      assertTrue(
          emu.ok(
                  "server",
                  "create-image",
                  "web",
                  "--type",
                  "snapshot",
                  "--description",
                  "snap1",
                  "--label",
                  "kind=snap")
              .out()
              .contains("Image: 300000001"));
      assertTrue(emu.ok("image", "list", "--type", "snapshot").out().contains("snap1"));
      emu.ok("image", "update", "300000001", "--description", "renamed");
      emu.ok("image", "enable-protection", "300000001", "delete");
      assertTrue(emu.ok("iso", "list").out().contains("virtio-win"));
      emu.ok("server", "attach-iso", "web", "ubuntu-24.04.2-live-server-amd64.iso");
      assertEquals(1001, server(emu, "web").getAsJsonObject("iso").get("id").getAsLong());
      emu.ok("server", "detach-iso", "web");
      emu.ok("server", "rebuild", "web", "--image", "debian-12");
      emu.ok("server", "enable-protection", "web", "delete", "rebuild");
      assertEquals(1, emu.hzone("server", "delete", "web").code(), "a protected server stays");
      emu.ok("server", "disable-protection", "web", "delete", "rebuild");
      assertTrue(emu.ok("server", "request-console", "web").out().contains("VNC password: "));
      assertTrue(
          emu.ok(
                  "server",
                  "metrics",
                  "web",
                  "--type",
                  "cpu",
                  "--start",
                  "2026-03-01T10:00:00Z",
                  "--end",
                  "2026-03-01T11:00:00Z")
              .out()
              .contains("11:00:00"));
      emu.ok("server", "disable-backup", "web");
      emu.ok("server", "update", "web", "--name", "web1");
      emu.ok("server", "add-label", "web1", "role=frontend");
      JsonObject after = server(emu, "web1");
      assertEquals("cpx32", after.getAsJsonObject("server_type").get("name").getAsString());
      assertEquals("debian-12", after.getAsJsonObject("image").get("name").getAsString());
      assertTrue(after.get("backup_window").isJsonNull());

      emu.ok("volume", "resize", "data", "--size", "20");
      emu.ok("volume", "create", "--name", "v2", "--size", "10", "--server", "web1", "--automount");
      assertEquals(2, server(emu, "web1").getAsJsonArray("volumes").size());
      emu.ok("network", "change-ip-range", "net", "--ip-range", "10.0.0.0/15");
      emu.ok("network", "expose-routes-to-vswitch", "net");
      assertTrue(
          emu.get("/networks/4000001")
              .getAsJsonObject()
              .getAsJsonObject("network")
              .get("expose_routes_to_vswitch")
              .getAsBoolean());
      emu.ok(
          "server",
          "change-alias-ips",
          "web1",
          "--network",
          "net",
          "--alias-ips",
          "10.0.1.50,10.0.1.51");
      emu.ok("server", "detach-from-network", "web1", "--network", "net");
      emu.ok("server", "attach-to-network", "web1", "--network", "net", "--ip", "10.0.1.9");
      assertEquals(
          "10.0.1.9",
          server(emu, "web1")
              .getAsJsonArray("private_net")
              .get(0)
              .getAsJsonObject()
              .get("ip")
              .getAsString());
      Files.writeString(
          dir.resolve("rules.json"),
          "[{\"direction\":\"out\",\"protocol\":\"tcp\",\"port\":\"443\","
              + "\"destination_ips\":[\"0.0.0.0/0\"]}]");
      emu.ok(
          "firewall",
          "apply-to-resource",
          "fw",
          "--type",
          "label_selector",
          "--label-selector",
          "role=frontend");
      emu.ok("firewall", "remove-from-resource", "fw", "--type", "server", "--server", "web1");
      emu.ok("firewall", "replace-rules", "fw", "--rules-file", "rules.json");
      JsonObject fw = emu.get("/firewalls/5000001").getAsJsonObject().getAsJsonObject("firewall");
      assertEquals(
          "out",
          fw.getAsJsonArray("rules").get(0).getAsJsonObject().get("direction").getAsString());
      JsonArray applied = fw.getAsJsonArray("applied_to");
      assertEquals(
          id,
          applied
              .get(0)
              .getAsJsonObject()
              .getAsJsonArray("applied_to_resources")
              .get(0)
              .getAsJsonObject()
              .getAsJsonObject("server")
              .get("id")
              .getAsLong());

      emu.ok(
          "firewall",
          "remove-from-resource",
          "fw",
          "--type",
          "label_selector",
          "--label-selector",
          "role=frontend");
      emu.ok("firewall", "delete", "fw");
      emu.ok("server", "delete", "web1");
      assertEquals(
          2,
          JsonParser.parseString(emu.ok("volume", "list", "-o", "json").out())
              .getAsJsonArray()
              .size());
      assertTrue(
          JsonParser.parseString(emu.ok("volume", "describe", "data", "-o", "json").out())
              .getAsJsonObject()
              .get("server")
              .isJsonNull(),
          "the server's volumes were detached");
      emu.ok("image", "disable-protection", "300000001", "delete");
      emu.ok("image", "delete", "300000001");
      emu.ok("volume", "delete", "data");
      emu.ok("volume", "delete", "v2");
      emu.ok("network", "remove-subnet", "net", "--ip-range", "10.0.1.0/24");
      emu.ok("network", "delete", "net");
      emu.ok("placement-group", "delete", "pg");
      for (String kind :
          new String[] {"server", "volume", "network", "firewall", "placement-group"}) {
        assertEquals("", emu.ok(kind, "list", "-o", "noheader").out(), kind);
      }
    }
  }
}
