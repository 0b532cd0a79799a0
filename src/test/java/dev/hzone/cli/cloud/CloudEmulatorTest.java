package dev.hzone.cli.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Round trips against the emulator for what it emulates: SSH keys, the catalogue (locations,
 * datacenters, server types, images, pricing) and servers with their power actions. Every change is
 * read back, through hzone and through the API itself.
 */
class CloudEmulatorTest {
  static final String KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGk1V8D0b5qHh4mJHnJjXYQw8GZ8cT4z2C1d6JmQ7hvK me@laptop";

  @TempDir Path dir;

  @Test
  void serverCreateThenDescribeJsonIsTheApisServerObject() throws Exception {
    try (EmulatorRun emu = new EmulatorRun(dir)) {
      emu.ok("ssh-key", "create", "--name", "laptop", "--public-key", KEY);
      CloudRun create =
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
      assertTrue(create.out().startsWith("Server web created (id "), create.transcript());
      assertTrue(create.err().contains("Waiting for creating server web"), create.transcript());
      assertTrue(
          create.err().matches("(?s).*( 100%)? done\n.*")
              && !create.err().matches("(?s).* [1-9][0-9]?% done\n.*"),
          "progress ends at 100%: " + create.err());
      JsonObject ours =
          JsonParser.parseString(emu.ok("server", "describe", "web", "-o", "json").out())
              .getAsJsonObject();
      long id = ours.get("id").getAsLong();
      JsonElement api = emu.get("/servers/" + id).getAsJsonObject().get("server");
      assertEquals(api, ours, "hzone's -o json is the API's server object");
      assertEquals("running", ours.get("status").getAsString());
      assertTrue(
          create
              .out()
              .contains(
                  "IPv4: "
                      + ours.getAsJsonObject("public_net")
                          .getAsJsonObject("ipv4")
                          .get("ip")
                          .getAsString()),
          create.transcript());
      JsonElement yaml = JsonParser.parseString(emu.ok("-o", "json", "server", "list").out());
      assertEquals(1, yaml.getAsJsonArray().size());
      assertEquals(api, yaml.getAsJsonArray().get(0), "list -o json holds the same objects");
    }
  }

  @Test
  void serverPowerUpdateLabelsAndDelete() throws Exception {
    try (EmulatorRun emu = new EmulatorRun(dir)) {
      emu.ok("server", "create", "--name", "web", "--type", "cpx22", "--image", "ubuntu-24.04");
      assertEquals("Server web stopped\n", emu.ok("server", "poweroff", "web").out());
      assertTrue(
          emu.ok("server", "list", "-o", "columns=name,status", "-o", "noheader")
              .out()
              .matches("web\\s+off\\s*\n"));
      CloudRun noWait = emu.ok("server", "poweron", "web", "--no-wait");
      assertEquals("", noWait.err(), "nothing waited for");
      com.google.gson.JsonArray actions =
          JsonParser.parseString(
                  emu.ok(
                          "action",
                          "list",
                          "--resource",
                          "server",
                          "-o",
                          "json",
                          "--sort",
                          "id:desc")
                      .out())
              .getAsJsonArray();
      String actionId = actions.get(0).getAsJsonObject().get("id").getAsString();
      assertEquals("start_server", actions.get(0).getAsJsonObject().get("command").getAsString());
      assertTrue(emu.ok("action", "wait", actionId).out().contains("done"));
      assertTrue(emu.ok("action", "describe", actionId).out().contains("success"));
      assertTrue(emu.ok("server", "list", "--status", "running").out().contains("web"));
      emu.ok("server", "update", "web", "--name", "web-1");
      emu.ok("server", "add-label", "web-1", "team=dns");
      CloudRun described = emu.ok("server", "describe", "web-1");
      assertTrue(described.out().contains("team: dns"), described.out());
      assertEquals(
          1, emu.ok("server", "list", "-l", "team=dns", "-o", "noheader").out().lines().count());
      assertEquals(
          0, emu.ok("server", "list", "-l", "team=web", "-o", "noheader").out().lines().count());
      emu.ok("server", "remove-label", "web-1", "team");
      assertEquals(
          "{}",
          emu.get("/servers?name=web-1")
              .getAsJsonObject()
              .getAsJsonArray("servers")
              .get(0)
              .getAsJsonObject()
              .get("labels")
              .toString());
      assertEquals("Server web-1 deleted\n", emu.ok("server", "delete", "web-1").out());
      assertEquals("", emu.ok("server", "list", "-o", "noheader").out());
    }
  }

  @Test
  void sshKeysRoundTrip() throws Exception {
    try (EmulatorRun emu = new EmulatorRun(dir)) {
      java.nio.file.Files.writeString(dir.resolve("id.pub"), KEY + "\n");
      assertTrue(
          emu.ok(
                  "ssh-key",
                  "create",
                  "--name",
                  "laptop",
                  "--public-key-from-file",
                  "id.pub",
                  "--label",
                  "env=ci")
              .out()
              .startsWith("SSH key laptop created"));
      assertTrue(emu.ok("ssh-key", "list").out().contains("laptop"));
      JsonObject key =
          JsonParser.parseString(emu.ok("ssh-key", "describe", "laptop", "-o", "json").out())
              .getAsJsonObject();
      assertEquals(KEY, key.get("public_key").getAsString());
      emu.ok("ssh-key", "update", "laptop", "--name", "old-laptop");
      emu.ok("ssh-key", "add-label", "old-laptop", "team=dns");
      assertEquals(
          "ci",
          emu.get("/ssh_keys/" + key.get("id").getAsLong())
              .getAsJsonObject()
              .getAsJsonObject("ssh_key")
              .getAsJsonObject("labels")
              .get("env")
              .getAsString());
      CloudRun missing = emu.hzone("ssh-key", "remove-label", "old-laptop", "tem");
      assertEquals(1, missing.code());
      assertTrue(missing.err().contains("has no label 'tem': did you mean 'team'?"), missing.err());
      emu.ok("ssh-key", "delete", "old-laptop");
      assertFalse(emu.ok("ssh-key", "list").out().contains("laptop"));
    }
  }

  @Test
  void theCatalogueReadsAsTheApiHasIt() throws Exception {
    try (EmulatorRun emu = new EmulatorRun(dir)) {
      assertTrue(emu.ok("location", "list").out().contains("Falkenstein DC Park 1"));
      assertTrue(emu.ok("location", "describe", "hel1").out().contains("Helsinki"));
      assertTrue(emu.ok("datacenter", "list").out().contains("fsn1-dc14"));
      assertTrue(emu.ok("datacenter", "describe", "fsn1-dc14").out().contains("Falkenstein"));
      assertTrue(
          emu.ok("server-type", "list", "--sort", "memory:desc")
              .out()
              .lines()
              .skip(1)
              .findFirst()
              .orElseThrow()
              .contains("ccx63"));
      assertTrue(
          emu.ok("server-type", "describe", "cpx22").out().contains("Pricings per Location"));
      assertTrue(
          emu.ok("image", "list", "--type", "system", "--architecture", "arm")
              .out()
              .contains("debian-12"));
      JsonObject image =
          JsonParser.parseString(emu.ok("image", "describe", "ubuntu-24.04", "-o", "json").out())
              .getAsJsonObject();
      assertEquals(
          "x86", image.get("architecture").getAsString(), "a name of two images means the x86 one");
      assertEquals(
          emu.get("/images/" + image.get("id").getAsLong()).getAsJsonObject().get("image"), image);
      assertTrue(emu.ok("pricing").out().contains("cpx22"));
      assertEquals(
          emu.get("/pricing").getAsJsonObject().get("pricing"),
          JsonParser.parseString(emu.ok("pricing", "-o", "json").out()));
    }
  }

  @Test
  void theApisRefusalOfAFieldIsShownWithTheField() throws Exception {
    try (EmulatorRun emu = new EmulatorRun(dir)) {
      CloudRun r =
          emu.hzone(
              "server", "create", "--name", "web", "--type", "cpx999", "--image", "ubuntu-24.04");
      assertEquals(65, r.code(), r.transcript());
      assertTrue(
          r.err().startsWith("hzone: API error: invalid input in field 'server_type'"), r.err());
      assertTrue(r.err().contains("cpx999"), r.err());
      assertTrue(r.err().endsWith("(check --type)\n"), r.err());
      emu.ok("ssh-key", "create", "--name", "laptop", "--public-key", KEY);
      CloudRun twice = emu.hzone("ssh-key", "create", "--name", "laptop", "--public-key", KEY);
      assertEquals(1, twice.code(), twice.transcript());
      assertTrue(twice.err().contains("uniqueness_error"), twice.err());
    }
  }
}
