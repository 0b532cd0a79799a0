package dev.hzone.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ZoneData;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Floating and primary IPs, their actions, their ties to servers and the reverse zones they feed.
 */
class IpsApiTest {
  private final TestEmulator t = TestEmulator.start();

  @TempDir Path dir;

  @AfterEach
  void stop() {
    t.close();
  }

  private long server(String name) {
    ApiTestClient.Response r =
        t.api.post(
            "/servers",
            "{\"name\":\""
                + name
                + "\",\"server_type\":\"cpx22\","
                + "\"image\":\"ubuntu-24.04\",\"labels\":{\"role\":\"web\"}}");
    assertEquals(201, r.status(), r.text());
    return r.json().getAsJsonObject("server").get("id").getAsLong();
  }

  private JsonObject serverJson(long id) {
    return t.api.get("/servers/" + id).json().getAsJsonObject("server");
  }

  private static String ptr(ZoneData zone, String label) {
    return zone.rrsets().get(RrsetKey.of(label, RecordType.PTR)).records().get(0).value();
  }

  @Test
  void aServersAddressesArePrimaryIpsAndTheirNamesAreServedAsPtr() {
    long id = server("web1");
    JsonObject v4 = serverJson(id).getAsJsonObject("public_net").getAsJsonObject("ipv4");
    long ipId = v4.get("id").getAsLong();
    assertEquals("203.0.113.1", v4.get("ip").getAsString());
    JsonObject p = t.api.get("/primary_ips/" + ipId).json().getAsJsonObject("primary_ip");
    assertEquals(id, p.get("assignee_id").getAsLong());
    assertTrue(p.get("auto_delete").getAsBoolean());
    assertEquals(
        "static.1.113.0.203.clients.your-server.de.",
        ptr(t.published.served("113.0.203.in-addr.arpa").orElseThrow(), "1"),
        "the default name is served");

    ApiTestClient.Response set =
        t.api.post(
            "/primary_ips/" + ipId + "/actions/change_dns_ptr",
            "{\"ip\":\"203.0.113.1\",\"dns_ptr\":\"web1.example.com\"}");
    assertEquals(201, set.status(), set.text());
    assertEquals(
        "change_dns_ptr", set.json().getAsJsonObject("action").get("command").getAsString());
    assertEquals(
        "web1.example.com",
        serverJson(id)
            .getAsJsonObject("public_net")
            .getAsJsonObject("ipv4")
            .get("dns_ptr")
            .getAsString());
    assertEquals(
        "web1.example.com.", ptr(t.published.served("113.0.203.in-addr.arpa").orElseThrow(), "1"));

    String v6 = "2001:db8:1::1";
    assertEquals(
        201,
        t.api
            .post(
                "/primary_ips/" + (ipId + 1) + "/actions/change_dns_ptr",
                "{\"ip\":\"" + v6 + "\",\"dns_ptr\":\"web1.example.com\"}")
            .status());
    ZoneData six = t.published.served("8.b.d.0.1.0.0.2.ip6.arpa").orElseThrow();
    assertEquals("web1.example.com.", ptr(six, "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.1.0.0.0"));

    ApiTestClient.Response outside =
        t.api.post(
            "/primary_ips/" + ipId + "/actions/change_dns_ptr",
            "{\"ip\":\"203.0.113.9\",\"dns_ptr\":\"x.example.com\"}");
    assertEquals(422, outside.status());
    assertEquals("invalid_input", outside.errorCode());

    assertEquals(
        201,
        t.api
            .post(
                "/primary_ips/" + ipId + "/actions/change_dns_ptr",
                "{\"ip\":\"203.0.113.1\",\"dns_ptr\":null}")
            .status());
    assertEquals(
        "static.1.113.0.203.clients.your-server.de.",
        ptr(t.published.served("113.0.203.in-addr.arpa").orElseThrow(), "1"),
        "null resets to the default");

    assertEquals(200, t.api.delete("/servers/" + id).status());
    assertEquals(
        404,
        t.api.get("/primary_ips/" + ipId).status(),
        "auto_delete primary IPs go with the server");
    assertTrue(
        t.published.served("113.0.203.in-addr.arpa").isEmpty(),
        "an empty reverse zone is withdrawn");
  }

  @Test
  void primaryIpsAreAssignedOnlyToServersThatAreOffAndHaveNoneOfTheType() {
    long id = server("web1");
    ApiTestClient.Response c =
        t.api.post(
            "/primary_ips",
            "{\"name\":\"spare\",\"type\":\"ipv4\","
                + "\"assignee_type\":\"server\",\"datacenter\":\"fsn1-dc14\",\"labels\":{\"env\":\"ci\"}}");
    assertEquals(201, c.status(), c.text());
    JsonObject spare = c.json().getAsJsonObject("primary_ip");
    long spareId = spare.get("id").getAsLong();
    assertTrue(spare.get("assignee_id").isJsonNull());
    assertEquals("fsn1", spare.getAsJsonObject("location").get("name").getAsString());
    assertEquals(
        1,
        t.api
            .get("/primary_ips?label_selector=env%3Dci")
            .json()
            .getAsJsonArray("primary_ips")
            .size());
    assertEquals(
        409,
        t.api
            .post("/primary_ips", "{\"name\":\"spare\",\"type\":\"ipv4\",\"location\":\"fsn1\"}")
            .status());

    long v4 =
        serverJson(id).getAsJsonObject("public_net").getAsJsonObject("ipv4").get("id").getAsLong();
    assertEquals(
        "server_not_stopped",
        t.api.post("/primary_ips/" + v4 + "/actions/unassign", null).errorCode());
    assertEquals(201, t.api.post("/servers/" + id + "/actions/poweroff", null).status());
    assertEquals(
        "server_has_ipv4",
        t.api
            .post(
                "/primary_ips/" + spareId + "/actions/assign",
                "{\"assignee_type\":\"server\",\"assignee_id\":" + id + "}")
            .errorCode());
    assertEquals(201, t.api.post("/primary_ips/" + v4 + "/actions/unassign", null).status());
    assertTrue(serverJson(id).getAsJsonObject("public_net").get("ipv4").isJsonNull());
    assertEquals(
        201,
        t.api
            .post(
                "/primary_ips/" + spareId + "/actions/assign",
                "{\"assignee_type\":\"server\",\"assignee_id\":" + id + "}")
            .status());
    assertEquals(
        spareId,
        serverJson(id).getAsJsonObject("public_net").getAsJsonObject("ipv4").get("id").getAsLong());

    assertEquals(
        201,
        t.api
            .post("/primary_ips/" + v4 + "/actions/change_protection", "{\"delete\":true}")
            .status());
    assertEquals("protected", t.api.delete("/primary_ips/" + v4).errorCode());
    assertEquals(
        201,
        t.api
            .post("/primary_ips/" + v4 + "/actions/change_protection", "{\"delete\":false}")
            .status());
    assertEquals(204, t.api.delete("/primary_ips/" + v4).status());

    assertEquals(200, t.api.put("/primary_ips/" + spareId, "{\"auto_delete\":false}").status());
    assertEquals(200, t.api.delete("/servers/" + id).status());
    JsonObject kept = t.api.get("/primary_ips/" + spareId).json().getAsJsonObject("primary_ip");
    assertTrue(kept.get("assignee_id").isJsonNull(), "without auto_delete it stays, unassigned");
    assertEquals(
        1,
        t.api.get("/primary_ips/" + spareId + "/actions").json().getAsJsonArray("actions").size(),
        "created on its own without an action, then assigned once");
  }

  @Test
  void floatingIpsFollowAssignmentAndServerDeletion() {
    long a = server("a");
    long b = server("b");
    ApiTestClient.Response c =
        t.api.post(
            "/floating_ips",
            "{\"type\":\"ipv4\",\"server\":" + a + ",\"name\":\"vip\",\"description\":\"front\"}");
    assertEquals(201, c.status(), c.text());
    JsonObject f = c.json().getAsJsonObject("floating_ip");
    long id = f.get("id").getAsLong();
    assertEquals("192.0.2.1", f.get("ip").getAsString());
    assertEquals(
        "create_floating_ip", c.json().getAsJsonObject("action").get("command").getAsString());
    assertEquals(
        id,
        serverJson(a)
            .getAsJsonObject("public_net")
            .getAsJsonArray("floating_ips")
            .get(0)
            .getAsLong());
    assertEquals(
        "floating_ip_assigned",
        t.api
            .post("/floating_ips/" + id + "/actions/assign", "{\"server\":" + a + "}")
            .errorCode());
    assertEquals(
        201,
        t.api.post("/floating_ips/" + id + "/actions/assign", "{\"server\":" + b + "}").status());
    assertEquals(
        b,
        t.api
            .get("/floating_ips/" + id)
            .json()
            .getAsJsonObject("floating_ip")
            .get("server")
            .getAsLong());
    assertEquals(
        201,
        t.api
            .post(
                "/floating_ips/" + id + "/actions/change_dns_ptr",
                "{\"ip\":\"192.0.2.1\",\"dns_ptr\":\"vip.example.com\"}")
            .status());
    assertEquals(
        "vip.example.com.", ptr(t.published.served("2.0.192.in-addr.arpa").orElseThrow(), "1"));
    assertEquals(200, t.api.delete("/servers/" + b).status());
    assertTrue(
        t.api
            .get("/floating_ips/" + id)
            .json()
            .getAsJsonObject("floating_ip")
            .get("server")
            .isJsonNull());

    ApiTestClient.Response six =
        t.api.post("/floating_ips", "{\"type\":\"ipv6\",\"home_location\":\"nbg1\"}");
    assertEquals(201, six.status(), six.text());
    JsonObject f6 = six.json().getAsJsonObject("floating_ip");
    assertEquals("2001:db8:f1:2::/64", f6.get("ip").getAsString());
    assertEquals(f6.get("id").getAsString(), f6.get("name").getAsString());
    assertTrue(six.json().get("action").isJsonNull());
    assertEquals(
        200,
        t.api
            .put("/floating_ips/" + id, "{\"description\":null,\"labels\":{\"k\":\"v\"}}")
            .status());
    JsonObject updated = t.api.get("/floating_ips/" + id).json().getAsJsonObject("floating_ip");
    assertTrue(updated.get("description").isJsonNull());
    assertEquals("vip", updated.get("name").getAsString());
    assertEquals(204, t.api.delete("/floating_ips/" + id).status());
    assertFalse(t.published.served("2.0.192.in-addr.arpa").isPresent());
  }

  @Test
  void ipsAndTheirNamesSurviveARestart() {
    Path state = dir.resolve("state");
    long ipId;
    try (TestEmulator a = TestEmulator.start(o -> o.withStateDir(state))) {
      ApiTestClient.Response r =
          a.api.post("/floating_ips", "{\"type\":\"ipv4\",\"home_location\":\"fsn1\"}");
      ipId = r.json().getAsJsonObject("floating_ip").get("id").getAsLong();
      assertEquals(
          201,
          a.api
              .post(
                  "/floating_ips/" + ipId + "/actions/change_dns_ptr",
                  "{\"ip\":\"192.0.2.1\",\"dns_ptr\":\"kept.example.com\"}")
              .status());
    }
    try (TestEmulator b = TestEmulator.start(o -> o.withStateDir(state))) {
      JsonObject f = b.api.get("/floating_ips/" + ipId).json().getAsJsonObject("floating_ip");
      assertEquals(
          "kept.example.com",
          f.getAsJsonArray("dns_ptr").get(0).getAsJsonObject().get("dns_ptr").getAsString());
      assertEquals(
          "kept.example.com.",
          ptr(b.published.served("2.0.192.in-addr.arpa").orElseThrow(), "1"),
          "reverse zones are published at start-up");
      long next =
          b.api
              .post("/floating_ips", "{\"type\":\"ipv4\",\"home_location\":\"fsn1\"}")
              .json()
              .getAsJsonObject("floating_ip")
              .get("id")
              .getAsLong();
      assertEquals(ipId + 1, next);
    }
  }
}
