package dev.hzone.emulator;

import static dev.hzone.emulator.ZonesApiTest.firstField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** SSH keys, servers and the catalogue. */
class CloudApiTest {
  static final String KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGJ0+kIrO8n5SeTz8Dk1t8i3WL7o2WbGQ4m8Lq2iNRrW"
          + " test@example";
  static final String OTHER_KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBm6yMgLnR0j4w7fFq8z9Xq3jC5aS2d1vK0pQe7uT4hN";

  private final TestEmulator t =
      TestEmulator.start(o -> o.withActionDuration(Duration.ofMinutes(1)));

  @AfterEach
  void stop() {
    t.close();
  }

  private static List<String> names(JsonArray a) {
    List<String> out = new ArrayList<>();
    a.forEach(e -> out.add(e.getAsJsonObject().get("name").getAsString()));
    return out;
  }

  @Nested
  class SshKeys {
    @Test
    void createListDescribeUpdateDelete() {
      ApiTestClient.Response r =
          t.api.post(
              "/ssh_keys",
              "{\"name\":\"test\",\"public_key\":\""
                  + KEY
                  + "\","
                  + "\"labels\":{\"env\":\"ci\"}}");
      assertEquals(201, r.status(), r.text());
      JsonObject key = r.json().getAsJsonObject("ssh_key");
      long id = key.get("id").getAsLong();
      assertTrue(key.get("fingerprint").getAsString().matches("([0-9a-f]{2}:){15}[0-9a-f]{2}"));
      assertEquals(
          List.of("test"),
          names(
              t.api
                  .get("/ssh_keys?page=1&per_page=50&sort=id%3Aasc")
                  .json()
                  .getAsJsonArray("ssh_keys")));
      assertEquals(1, t.api.get("/ssh_keys?name=test").json().getAsJsonArray("ssh_keys").size());
      assertEquals(
          1,
          t.api
              .get("/ssh_keys?fingerprint=" + key.get("fingerprint").getAsString())
              .json()
              .getAsJsonArray("ssh_keys")
              .size());
      assertEquals(
          1,
          t.api.get("/ssh_keys?label_selector=env%3Dci").json().getAsJsonArray("ssh_keys").size());
      assertEquals(
          "renamed",
          t.api
              .put("/ssh_keys/" + id, "{\"name\":\"renamed\"}")
              .json()
              .getAsJsonObject("ssh_key")
              .get("name")
              .getAsString());
      assertEquals(
          "ci",
          t.api
              .get("/ssh_keys/" + id)
              .json()
              .getAsJsonObject("ssh_key")
              .getAsJsonObject("labels")
              .get("env")
              .getAsString(),
          "a PUT without labels keeps them");
      ApiTestClient.Response del = t.api.delete("/ssh_keys/" + id);
      assertEquals(204, del.status());
      assertEquals("", del.text());
      assertEquals(404, t.api.get("/ssh_keys/" + id).status());
    }

    @Test
    void namesAndFingerprintsAreUnique() {
      t.api.post("/ssh_keys", "{\"name\":\"a\",\"public_key\":\"" + KEY + "\"}");
      ApiTestClient.Response sameKey =
          t.api.post("/ssh_keys", "{\"name\":\"b\",\"public_key\":\"" + KEY + "\"}");
      assertEquals(409, sameKey.status());
      assertTrue(sameKey.text().contains("fingerprint"));
      assertEquals(
          409,
          t.api
              .post("/ssh_keys", "{\"name\":\"a\",\"public_key\":\"" + OTHER_KEY + "\"}")
              .status());
      assertEquals(
          "public_key",
          firstField(
              t.api.post(
                  "/ssh_keys",
                  "{\"name\":\"c\",\"public_key\":\"ssh-rsa "
                      + "AAAAC3NzaC1lZDI1NTE5AAAAIGJ0\"}")));
      assertEquals(
          "name", firstField(t.api.post("/ssh_keys", "{\"public_key\":\"" + OTHER_KEY + "\"}")));
    }
  }

  @Nested
  class Servers {
    private JsonObject create(String body) {
      ApiTestClient.Response r = t.api.post("/servers", body);
      assertEquals(201, r.status(), r.text());
      return r.json();
    }

    @Test
    void createsFromTheCatalogueAndStartsIt() {
      t.api.post("/ssh_keys", "{\"name\":\"k\",\"public_key\":\"" + KEY + "\"}");
      JsonObject r =
          create(
              "{\"name\":\"web\",\"server_type\":\"cpx22\",\"image\":\"ubuntu-24.04\","
                  + "\"ssh_keys\":[\"k\"],\"labels\":{\"role\":\"web\"}}");
      JsonObject server = r.getAsJsonObject("server");
      assertEquals("initializing", server.get("status").getAsString());
      assertTrue(server.get("locked").getAsBoolean());
      assertEquals("fsn1", server.getAsJsonObject("location").get("name").getAsString());
      assertEquals("x86", server.getAsJsonObject("image").get("architecture").getAsString());
      assertEquals(
          "203.0.113.1",
          server.getAsJsonObject("public_net").getAsJsonObject("ipv4").get("ip").getAsString());
      assertTrue(r.get("root_password").isJsonNull(), "no password when SSH keys are given");
      assertEquals(
          "start_server",
          r.getAsJsonArray("next_actions").get(0).getAsJsonObject().get("command").getAsString());
      long id = server.get("id").getAsLong();
      ApiTestClient.Response locked = t.api.post("/servers/" + id + "/actions/poweroff", null);
      assertEquals("locked", locked.errorCode());
      t.clock.advance(Duration.ofMinutes(2));
      assertEquals(
          "running",
          t.api.get("/servers/" + id).json().getAsJsonObject("server").get("status").getAsString());
      assertEquals(
          List.of("web"),
          names(
              t.api
                  .get("/servers?page=1&per_page=50&sort=id%3Aasc")
                  .json()
                  .getAsJsonArray("servers")));
      assertEquals(
          1,
          t.api
              .get("/servers?label_selector=role%3Dweb&status=running")
              .json()
              .getAsJsonArray("servers")
              .size());
    }

    @Test
    void powerActionsChangeTheStatus() {
      JsonObject r =
          create(
              "{\"name\":\"db\",\"server_type\":\"cax11\",\"image\":\"debian-12\","
                  + "\"location\":\"hel1\",\"start_after_create\":false}");
      assertTrue(r.get("root_password").getAsString().length() >= 16);
      assertEquals(0, r.getAsJsonArray("next_actions").size());
      assertEquals(
          "arm",
          r.getAsJsonObject("server").getAsJsonObject("image").get("architecture").getAsString());
      long id = r.getAsJsonObject("server").get("id").getAsLong();
      t.clock.advance(Duration.ofMinutes(1));
      assertEquals(
          "off",
          t.api.get("/servers/" + id).json().getAsJsonObject("server").get("status").getAsString());
      ApiTestClient.Response on = t.api.post("/servers/" + id + "/actions/poweron", null);
      assertEquals(201, on.status());
      assertEquals(
          "start_server",
          on.json().getAsJsonObject("action").get("command").getAsString(),
          "the API names the action, not the path (openapi.json's example, hcloud-go's schema_test.go)");
      assertEquals(
          "starting",
          t.api.get("/servers/" + id).json().getAsJsonObject("server").get("status").getAsString());
      t.clock.advance(Duration.ofMinutes(1));
      assertEquals(
          "running",
          t.api.get("/servers/" + id).json().getAsJsonObject("server").get("status").getAsString());
      for (String a : List.of("reboot", "reset", "shutdown")) {
        ApiTestClient.Response r2 = t.api.post("/servers/" + id + "/actions/" + a, null);
        assertEquals(201, r2.status());
        assertEquals(
            a + "_server", r2.json().getAsJsonObject("action").get("command").getAsString());
        t.clock.advance(Duration.ofMinutes(1));
      }
      assertEquals(
          "off",
          t.api.get("/servers/" + id).json().getAsJsonObject("server").get("status").getAsString());
      assertEquals(
          5, t.api.get("/servers/" + id + "/actions").json().getAsJsonArray("actions").size());
      assertEquals(5, t.api.get("/servers/actions").json().getAsJsonArray("actions").size());
      assertEquals(
          "newname",
          t.api
              .put("/servers/" + id, "{\"name\":\"newname\"}")
              .json()
              .getAsJsonObject("server")
              .get("name")
              .getAsString());
      ApiTestClient.Response del = t.api.delete("/servers/" + id);
      assertEquals(200, del.status());
      assertEquals(
          "delete_server", del.json().getAsJsonObject("action").get("command").getAsString());
      assertEquals(404, t.api.get("/servers/" + id).status());
    }

    @Test
    void refusesWhatTheCatalogueDoesNotHave() {
      assertEquals(
          "server_type",
          firstField(
              t.api.post(
                  "/servers",
                  "{\"name\":\"a\",\"server_type\":\"cx11\"," + "\"image\":\"ubuntu-24.04\"}")));
      assertEquals(
          "image",
          firstField(
              t.api.post(
                  "/servers",
                  "{\"name\":\"a\",\"server_type\":\"cpx22\"," + "\"image\":\"windows\"}")));
      assertEquals(
          "name",
          firstField(
              t.api.post(
                  "/servers",
                  "{\"name\":\"a_b\",\"server_type\":\"cpx22\"," + "\"image\":\"ubuntu-24.04\"}")));
      assertEquals(
          "ssh_keys",
          firstField(
              t.api.post(
                  "/servers",
                  "{\"name\":\"a\",\"server_type\":\"cpx22\","
                      + "\"image\":\"ubuntu-24.04\",\"ssh_keys\":[\"missing\"]}")));
      ApiTestClient.Response unavailable =
          t.api.post(
              "/servers",
              "{\"name\":\"a\",\"server_type\":\"cx23\","
                  + "\"image\":\"ubuntu-24.04\",\"location\":\"ash\"}");
      assertEquals(412, unavailable.status());
      assertEquals("resource_unavailable", unavailable.errorCode());
      create("{\"name\":\"a\",\"server_type\":104,\"image\":161547269}");
      assertEquals(
          409,
          t.api
              .post(
                  "/servers",
                  "{\"name\":\"a\",\"server_type\":\"cpx22\"," + "\"image\":\"ubuntu-24.04\"}")
              .status());
    }
  }

  @Nested
  class Catalogue {
    @Test
    void listsLocationsDatacentersTypesImagesAndPrices() {
      assertEquals(
          List.of("fsn1", "nbg1", "hel1", "ash", "hil", "sin"),
          names(
              t.api
                  .get("/locations?per_page=50&sort=id%3Aasc")
                  .json()
                  .getAsJsonArray("locations")));
      assertEquals(1, t.api.get("/locations?name=fsn1").json().getAsJsonArray("locations").size());
      assertEquals(
          "hel1",
          t.api.get("/locations/3").json().getAsJsonObject("location").get("name").getAsString());
      JsonObject dcs = t.api.get("/datacenters").json();
      assertEquals(6, dcs.getAsJsonArray("datacenters").size());
      assertEquals(4, dcs.get("recommendation").getAsInt());
      JsonObject cpx22 =
          t.api
              .get("/server_types?name=cpx22")
              .json()
              .getAsJsonArray("server_types")
              .get(0)
              .getAsJsonObject();
      assertEquals(2, cpx22.get("cores").getAsInt());
      assertEquals(
          "7.9900",
          cpx22
              .getAsJsonArray("prices")
              .get(0)
              .getAsJsonObject()
              .getAsJsonObject("price_monthly")
              .get("net")
              .getAsString());
      assertEquals(
          "9.5081",
          cpx22
              .getAsJsonArray("prices")
              .get(0)
              .getAsJsonObject()
              .getAsJsonObject("price_monthly")
              .get("gross")
              .getAsString());
      assertEquals(
          20, t.api.get("/server_types?per_page=50").json().getAsJsonArray("server_types").size());
      assertEquals(200, t.api.get("/server_types/104").status());
      JsonArray ubuntu =
          t.api
              .get("/images?name=ubuntu-24.04&architecture=x86&include_deprecated=true")
              .json()
              .getAsJsonArray("images");
      assertEquals(1, ubuntu.size());
      assertEquals("system", ubuntu.get(0).getAsJsonObject().get("type").getAsString());
      assertEquals(0, t.api.get("/images?type=snapshot").json().getAsJsonArray("images").size());
      assertEquals(200, t.api.get("/images/161547269").status());
      JsonObject pricing = t.api.get("/pricing").json().getAsJsonObject("pricing");
      assertEquals("EUR", pricing.get("currency").getAsString());
      assertEquals(20, pricing.getAsJsonArray("server_types").size());
      assertEquals(404, t.api.get("/locations/99").status());
    }
  }
}
