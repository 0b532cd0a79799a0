package dev.hzone.emulator;

import static dev.hzone.emulator.ZonesApiTest.firstField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of volumes, networks, firewalls, placement groups, images and the server actions
 * between them.
 */
class ComputeApiTest {
  @TempDir Path dir;

  private TestEmulator t;

  @AfterEach
  void stop() {
    if (t != null) {
      t.close();
    }
  }

  private TestEmulator start() {
    t = TestEmulator.start(o -> o.withStateDir(dir.resolve("state")));
    return t;
  }

  private JsonObject ok(ApiTestClient.Response r) {
    assertTrue(r.status() / 100 == 2, r.status() + " " + r.text());
    return r.text().isEmpty() ? new JsonObject() : r.json();
  }

  private long server(String name, String extra) {
    return ok(t.api.post(
            "/servers",
            "{\"name\":\""
                + name
                + "\",\"server_type\":\"cpx22\",\"image\":\"ubuntu-24.04\","
                + "\"location\":\"fsn1\""
                + extra
                + "}"))
        .getAsJsonObject("server")
        .get("id")
        .getAsLong();
  }

  private JsonObject get(String path, String key) {
    return ok(t.api.get(path)).getAsJsonObject(key);
  }

  @Test
  void volumesGrowOnlyStayInTheirLocationAndAreDetachedWhenTheirServerGoes() {
    start();
    assertEquals(
        "size",
        firstField(t.api.post("/volumes", "{\"name\":\"v\",\"size\":5,\"location\":\"fsn1\"}")));
    assertEquals("location", firstField(t.api.post("/volumes", "{\"name\":\"v\",\"size\":10}")));
    long web = server("web", "");
    long vol =
        ok(t.api.post(
                "/volumes",
                "{\"name\":\"v\",\"size\":10,\"server\":" + web + ",\"automount\":true}"))
            .getAsJsonObject("volume")
            .get("id")
            .getAsLong();
    assertEquals(web, get("/volumes/" + vol, "volume").get("server").getAsLong());
    assertEquals(
        422,
        t.api.post("/volumes/" + vol + "/actions/resize", "{\"size\":10}").status(),
        "no shrinking");
    ok(t.api.post("/volumes/" + vol + "/actions/resize", "{\"size\":30}"));
    assertEquals(30, get("/volumes/" + vol, "volume").get("size").getAsInt());
    assertEquals("resource_in_use", t.api.delete("/volumes/" + vol).errorCode());
    long far =
        ok(t.api.post(
                "/servers",
                "{\"name\":\"far\",\"server_type\":\"cpx22\",\"image\":\"ubuntu-24.04\","
                    + "\"location\":\"hel1\"}"))
            .getAsJsonObject("server")
            .get("id")
            .getAsLong();
    ok(t.api.post("/volumes/" + vol + "/actions/detach", "{}"));
    assertEquals(
        "server",
        firstField(t.api.post("/volumes/" + vol + "/actions/attach", "{\"server\":" + far + "}")));
    ok(t.api.post("/volumes/" + vol + "/actions/attach", "{\"server\":" + web + "}"));
    ok(t.api.post("/volumes/" + vol + "/actions/change_protection", "{\"delete\":true}"));
    ok(t.api.delete("/servers/" + web));
    assertTrue(
        get("/volumes/" + vol, "volume").get("server").isJsonNull(),
        "deleting the server detached it");
    assertEquals("protected", t.api.delete("/volumes/" + vol).errorCode());
    ok(t.api.post("/volumes/" + vol + "/actions/change_protection", "{\"delete\":false}"));
    assertEquals(204, t.api.delete("/volumes/" + vol).status());
  }

  /**
   * A PUT changes only what it gives of name and labels, and a new name must be unique per kind:
   * the one rule ({@code NameAndLabels}) of volumes, firewalls and placement groups.
   */
  @Test
  void putRenamesAndRelabelsVolumesFirewallsAndPlacementGroupsAlike() {
    start();
    record Kind(String path, String key, String extra) {}
    for (Kind k :
        java.util.List.of(
            new Kind("/volumes", "volume", ", \"size\": 10, \"location\": \"fsn1\""),
            new Kind("/firewalls", "firewall", ""),
            new Kind("/placement_groups", "placement_group", ", \"type\": \"spread\""))) {
      long a =
          ok(t.api.post(
                  k.path(),
                  """
                  {"name": "a", "labels": {"env": "prod"}%s}"""
                      .formatted(k.extra())))
              .getAsJsonObject(k.key())
              .get("id")
              .getAsLong();
      ok(
          t.api.post(
              k.path(),
              """
          {"name": "b"%s}"""
                  .formatted(k.extra())));
      String one = k.path() + "/" + a;
      ApiTestClient.Response taken =
          t.api.put(
              one,
              """
          {"name": "b"}""");
      assertEquals("uniqueness_error", taken.errorCode(), k.key() + ": " + taken.text());
      JsonObject renamed =
          ok(t.api.put(
                  one,
                  """
          {"name": "c"}"""))
              .getAsJsonObject(k.key());
      assertEquals("c", renamed.get("name").getAsString(), k.key());
      assertEquals("prod", renamed.getAsJsonObject("labels").get("env").getAsString(), k.key());
      JsonObject relabelled =
          ok(t.api.put(
                  one,
                  """
              {"labels": {"team": "dns"}}"""))
              .getAsJsonObject(k.key());
      assertEquals("c", relabelled.get("name").getAsString(), k.key());
      assertEquals(
          java.util.Set.of("team"), relabelled.getAsJsonObject("labels").keySet(), k.key());
      assertEquals("c", get(one, k.key()).get("name").getAsString(), "stored: " + k.key());
    }
  }

  /**
   * Volumes, networks and images share one {@code change_protection} route and one refusal to
   * delete (issue 18): {@code delete} is required, a protected resource is not deleted, and the
   * refusal names it.
   */
  @Test
  void volumesNetworksAndImagesAreProtectedAlike() {
    start();
    long web = server("web", "");
    long vol =
        ok(t.api.post(
                "/volumes",
                """
                {"name": "v", "size": 10, "location": "fsn1"}"""))
            .getAsJsonObject("volume")
            .get("id")
            .getAsLong();
    long net =
        ok(t.api.post(
                "/networks",
                """
                {"name": "n", "ip_range": "10.0.0.0/16"}"""))
            .getAsJsonObject("network")
            .get("id")
            .getAsLong();
    long snap =
        ok(t.api.post(
                "/servers/" + web + "/actions/create_image",
                """
                {"description": "s"}"""))
            .getAsJsonObject("image")
            .get("id")
            .getAsLong();
    record Resource(String path, String key, String what, long id) {}
    for (Resource r :
        java.util.List.of(
            new Resource("/volumes/", "volume", "volume", vol),
            new Resource("/networks/", "network", "network", net),
            new Resource("/images/", "image", "image", snap))) {
      String protect = r.path() + r.id() + "/actions/change_protection";
      ApiTestClient.Response missing = t.api.post(protect, "{}");
      assertEquals("invalid_input", missing.errorCode(), r.what() + ": " + missing.text());
      assertTrue(missing.text().contains("delete"), missing.text());
      ok(
          t.api.post(
              protect,
              """
          {"delete": true}"""));
      assertTrue(
          get(r.path() + r.id(), r.key())
              .getAsJsonObject("protection")
              .get("delete")
              .getAsBoolean(),
          r.what());
      ApiTestClient.Response refused = t.api.delete(r.path() + r.id());
      assertEquals("protected", refused.errorCode(), r.what() + ": " + refused.text());
      assertTrue(
          refused.text().contains(r.what() + " " + r.id() + " is delete protected"),
          refused.text());
      ok(
          t.api.post(
              protect,
              """
          {"delete": false}"""));
      assertEquals(204, t.api.delete(r.path() + r.id()).status(), r.what());
    }
    assertEquals(
        "not_found",
        t.api
            .post(
                "/volumes/" + vol + "/actions/change_protection",
                """
                {"delete": true}""")
            .errorCode(),
        "a deleted volume's protection cannot be changed");
  }

  @Test
  void networksHandOutAddressesFromTheirSubnetsAndOnlyGrow() {
    start();
    assertEquals(
        "ip_range",
        firstField(t.api.post("/networks", "{\"name\":\"n\",\"ip_range\":\"8.8.0.0/16\"}")));
    long net =
        ok(t.api.post(
                "/networks",
                "{\"name\":\"n\",\"ip_range\":\"10.0.0.0/16\",\"subnets\":["
                    + "{\"type\":\"cloud\",\"network_zone\":\"eu-central\"}]}"))
            .getAsJsonObject("network")
            .get("id")
            .getAsLong();
    JsonObject subnet =
        get("/networks/" + net, "network").getAsJsonArray("subnets").get(0).getAsJsonObject();
    assertEquals(
        "10.0.0.0/24", subnet.get("ip_range").getAsString(), "no range: the first free /24");
    assertEquals("10.0.0.1", subnet.get("gateway").getAsString());
    long a = server("a", ",\"networks\":[" + net + "]");
    long b = server("b", "");
    ok(t.api.post("/servers/" + b + "/actions/attach_to_network", "{\"network\":" + net + "}"));
    assertEquals(
        "10.0.0.2",
        get("/servers/" + a, "server")
            .getAsJsonArray("private_net")
            .get(0)
            .getAsJsonObject()
            .get("ip")
            .getAsString(),
        "the gateway is taken");
    assertEquals(
        "10.0.0.3",
        get("/servers/" + b, "server")
            .getAsJsonArray("private_net")
            .get(0)
            .getAsJsonObject()
            .get("ip")
            .getAsString());
    assertEquals(
        "server_already_attached",
        t.api
            .post("/servers/" + b + "/actions/attach_to_network", "{\"network\":" + net + "}")
            .errorCode());
    assertEquals(
        "ip_not_available",
        t.api
            .post(
                "/servers/" + b + "/actions/change_alias_ips",
                "{\"network\":" + net + ",\"alias_ips\":[\"10.0.0.2\"]}")
            .errorCode(),
        "a's address");
    assertEquals(
        "gateway",
        firstField(
            t.api.post(
                "/networks/" + net + "/actions/add_route",
                "{\"destination\":\"10.100.0.0/24\",\"gateway\":\"192.168.0.1\"}")));
    assertEquals(
        "ip_range",
        firstField(
            t.api.post(
                "/networks/" + net + "/actions/change_ip_range", "{\"ip_range\":\"10.0.0.0/17\"}")),
        "no shrinking");
    ok(
        t.api.post(
            "/networks/" + net + "/actions/change_ip_range", "{\"ip_range\":\"10.0.0.0/8\"}"));
    assertEquals(2, get("/networks/" + net, "network").getAsJsonArray("servers").size());
    assertEquals(
        "resource_in_use",
        t.api
            .post("/networks/" + net + "/actions/delete_subnet", "{\"ip_range\":\"10.0.0.0/24\"}")
            .errorCode());
    assertEquals(204, t.api.delete("/networks/" + net).status());
    assertEquals(
        0,
        get("/servers/" + a, "server").getAsJsonArray("private_net").size(),
        "its servers left it");
  }

  @Test
  void aFirewallsLabelSelectorFollowsServersAsTheyComeChangeAndGo() {
    start();
    long fw =
        ok(t.api.post(
                "/firewalls",
                "{\"name\":\"fw\",\"apply_to\":[{\"type\":\"label_selector\","
                    + "\"label_selector\":{\"selector\":\"role=web\"}}],\"rules\":[{\"direction\":\"in\",\"protocol\":\"tcp\","
                    + "\"port\":\"80\",\"source_ips\":[\"0.0.0.0/0\"]}]}"))
            .getAsJsonObject("firewall")
            .get("id")
            .getAsLong();
    long a = server("a", ",\"labels\":{\"role\":\"web\"}");
    long b = server("b", "");
    JsonArray matched =
        get("/firewalls/" + fw, "firewall")
            .getAsJsonArray("applied_to")
            .get(0)
            .getAsJsonObject()
            .getAsJsonArray("applied_to_resources");
    assertEquals(1, matched.size());
    assertEquals(
        a, matched.get(0).getAsJsonObject().getAsJsonObject("server").get("id").getAsLong());
    ok(t.api.put("/servers/" + b, "{\"labels\":{\"role\":\"web\"}}"));
    assertEquals(
        2,
        get("/firewalls/" + fw, "firewall")
            .getAsJsonArray("applied_to")
            .get(0)
            .getAsJsonObject()
            .getAsJsonArray("applied_to_resources")
            .size());
    assertEquals(
        fw,
        get("/servers/" + b, "server")
            .getAsJsonObject("public_net")
            .getAsJsonArray("firewalls")
            .get(0)
            .getAsJsonObject()
            .get("id")
            .getAsLong());
    ok(t.api.delete("/servers/" + a));
    assertEquals(
        1,
        get("/firewalls/" + fw, "firewall")
            .getAsJsonArray("applied_to")
            .get(0)
            .getAsJsonObject()
            .getAsJsonArray("applied_to_resources")
            .size());
    assertEquals(
        "firewall_already_applied",
        t.api
            .post(
                "/firewalls/" + fw + "/actions/apply_to_resources",
                "{\"apply_to\":[{\"type\":\"label_selector\",\"label_selector\":{\"selector\":\"role=web\"}}]}")
            .errorCode());
    assertEquals(
        "firewall_managed_by_label_selector",
        t.api
            .post(
                "/firewalls/" + fw + "/actions/remove_from_resources",
                "{\"remove_from\":[{\"type\":\"server\",\"server\":{\"id\":" + b + "}}]}")
            .errorCode());
    assertEquals("resource_in_use", t.api.delete("/firewalls/" + fw).errorCode());
    assertEquals(
        "rules[0].port",
        firstField(
            t.api.post(
                "/firewalls/" + fw + "/actions/set_rules",
                "{\"rules\":[{\"direction\":\"in\",\"protocol\":\"icmp\",\"port\":\"80\",\"source_ips\":[\"0.0.0.0/0\"]}]}")));
  }

  @Test
  void serverActionsKeepTheirRulesAndTheStateSurvivesARestart() {
    start();
    long pg =
        ok(t.api.post("/placement_groups", "{\"name\":\"pg\",\"type\":\"spread\"}"))
            .getAsJsonObject("placement_group")
            .get("id")
            .getAsLong();
    long web = server("web", ",\"placement_group\":" + pg);
    assertEquals(
        "server_not_stopped",
        t.api
            .post(
                "/servers/" + web + "/actions/change_type",
                "{\"server_type\":\"cpx32\",\"upgrade_disk\":false}")
            .errorCode());
    assertEquals(
        "invalid_server_type",
        t.api
            .post(
                "/servers/" + web + "/actions/change_type",
                "{\"server_type\":\"cax11\",\"upgrade_disk\":false}")
            .errorCode(),
        "another architecture");
    assertEquals("resource_in_use", t.api.delete("/placement_groups/" + pg).errorCode());
    ok(t.api.post("/servers/" + web + "/actions/enable_backup", "{}"));
    long backup =
        ok(t.api.post("/servers/" + web + "/actions/create_image", "{\"type\":\"backup\"}"))
            .getAsJsonObject("image")
            .get("id")
            .getAsLong();
    long snap =
        ok(t.api.post("/servers/" + web + "/actions/create_image", "{\"description\":\"s\"}"))
            .getAsJsonObject("image")
            .get("id")
            .getAsLong();
    ok(
        t.api.post(
            "/servers/" + web + "/actions/change_protection",
            "{\"delete\":true,\"rebuild\":true}"));
    assertEquals(
        "protected",
        t.api
            .post("/servers/" + web + "/actions/rebuild", "{\"image\":\"debian-12\"}")
            .errorCode());
    assertEquals("protected", t.api.delete("/servers/" + web).errorCode());
    ok(
        t.api.post(
            "/servers/" + web + "/actions/attach_iso", "{\"iso\":\"virtio-win-0.1.271.iso\"}"));
    t.close();
    start();
    JsonObject s = get("/servers/" + web, "server");
    assertEquals("22-02", s.get("backup_window").getAsString());
    assertTrue(s.getAsJsonObject("protection").get("rebuild").getAsBoolean());
    assertEquals(1005, s.getAsJsonObject("iso").get("id").getAsLong());
    assertEquals(pg, s.getAsJsonObject("placement_group").get("id").getAsLong());
    ok(
        t.api.post(
            "/servers/" + web + "/actions/change_protection",
            "{\"delete\":false,\"rebuild\":false}"));
    ok(t.api.post("/servers/" + web + "/actions/rebuild", "{\"image\":\"" + snap + "\"}"));
    assertEquals(
        snap, get("/servers/" + web, "server").getAsJsonObject("image").get("id").getAsLong());
    long copy =
        ok(t.api.post(
                "/servers", "{\"name\":\"copy\",\"server_type\":\"cpx22\",\"image\":" + snap + "}"))
            .getAsJsonObject("server")
            .get("id")
            .getAsLong();
    assertEquals(
        snap, get("/servers/" + copy, "server").getAsJsonObject("image").get("id").getAsLong());
    assertEquals(
        "image",
        firstField(
            t.api.post(
                "/servers",
                "{\"name\":\"arm\",\"server_type\":\"cax11\"," + "\"image\":" + snap + "}")),
        "a snapshot of an x86 server does not boot an arm one");
    ok(t.api.delete("/servers/" + web));
    assertEquals(404, t.api.get("/images/" + backup).status(), "backups go with their server");
    assertEquals(
        "snapshot", get("/images/" + snap, "image").get("type").getAsString(), "snapshots stay");
    assertEquals(
        0, get("/placement_groups/" + pg, "placement_group").getAsJsonArray("servers").size());
  }
}
