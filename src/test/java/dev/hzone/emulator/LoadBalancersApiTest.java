package dev.hzone.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Load balancers: services, targets, type limits, networks, protection and their ties to servers.
 */
class LoadBalancersApiTest {
  private final TestEmulator t = TestEmulator.start();

  @AfterEach
  void stop() {
    t.close();
  }

  private JsonObject lb(long id) {
    return t.api.get("/load_balancers/" + id).json().getAsJsonObject("load_balancer");
  }

  private long server(String name) {
    return t.api
        .post(
            "/servers",
            "{\"name\":\""
                + name
                + "\",\"server_type\":\"cpx22\",\"image\":\"ubuntu-24.04\","
                + "\"labels\":{\"role\":\"web\"}}")
        .json()
        .getAsJsonObject("server")
        .get("id")
        .getAsLong();
  }

  @Test
  void servicesAndTargetsFollowTheApisRules() {
    long web = server("web");
    ApiTestClient.Response c =
        t.api.post(
            "/load_balancers",
            "{\"name\":\"lb\",\"load_balancer_type\":\"lb11\","
                + "\"location\":\"fsn1\",\"services\":[{\"protocol\":\"http\"}],\"targets\":[{\"type\":\"server\","
                + "\"server\":{\"id\":"
                + web
                + "}}]}");
    assertEquals(201, c.status(), c.text());
    long id = c.json().getAsJsonObject("load_balancer").get("id").getAsLong();
    JsonObject service = lb(id).getAsJsonArray("services").get(0).getAsJsonObject();
    assertEquals(80, service.get("listen_port").getAsInt());
    assertEquals("http", service.getAsJsonObject("health_check").get("protocol").getAsString());
    assertEquals(
        "203.0.113.1",
        lb(id)
            .getAsJsonArray("targets")
            .get(0)
            .getAsJsonObject()
            .getAsJsonObject("server")
            .get("ip")
            .getAsString());
    assertEquals(
        id,
        t.api
            .get("/servers/" + web)
            .json()
            .getAsJsonObject("server")
            .getAsJsonArray("load_balancers")
            .get(0)
            .getAsLong());

    ApiTestClient.Response dup =
        t.api.post(
            "/load_balancers/" + id + "/actions/add_service",
            "{\"protocol\":\"tcp\",\"listen_port\":80,\"destination_port\":80}");
    assertEquals(412, dup.status());
    assertEquals("source_port_already_used", dup.errorCode());
    assertEquals(
        "target_already_defined",
        t.api
            .post(
                "/load_balancers/" + id + "/actions/add_target",
                "{\"type\":\"server\",\"server\":{\"id\":" + web + "}}")
            .errorCode());
    assertEquals(
        201,
        t.api
            .post(
                "/load_balancers/" + id + "/actions/add_target",
                "{\"type\":\"label_selector\",\"label_selector\":{\"selector\":\"role=web\"}}")
            .status());
    assertEquals(
        1,
        lb(id).getAsJsonArray("targets").get(1).getAsJsonObject().getAsJsonArray("targets").size(),
        "a label selector target lists the servers it matches");
    for (int p = 81; p <= 84; p++) {
      assertEquals(
          201,
          t.api
              .post(
                  "/load_balancers/" + id + "/actions/add_service",
                  "{\"protocol\":\"tcp\",\"listen_port\":" + p + ",\"destination_port\":80}")
              .status());
    }
    assertEquals(
        422,
        t.api
            .post(
                "/load_balancers/" + id + "/actions/add_service",
                "{\"protocol\":\"tcp\",\"listen_port\":85,\"destination_port\":80}")
            .status(),
        "lb11 has 5 services");
    ApiTestClient.Response changed =
        t.api.post(
            "/load_balancers/" + id + "/actions/change_type", "{\"load_balancer_type\":\"lb21\"}");
    assertEquals(201, changed.status());
    assertEquals(
        "change_load_balancer_type",
        changed.json().getAsJsonObject("action").get("command").getAsString(),
        "openapi.json's name for the action");
    assertEquals(
        201,
        t.api
            .post(
                "/load_balancers/" + id + "/actions/add_service",
                "{\"protocol\":\"tcp\",\"listen_port\":85,\"destination_port\":80}")
            .status());
    assertEquals(
        "invalid_load_balancer_type",
        t.api
            .post(
                "/load_balancers/" + id + "/actions/change_type",
                "{\"load_balancer_type\":\"lb11\"}")
            .errorCode());

    assertEquals(
        201,
        t.api
            .post("/load_balancers/" + id + "/actions/change_protection", "{\"delete\":true}")
            .status());
    assertEquals("protected", t.api.delete("/load_balancers/" + id).errorCode());
    assertEquals(200, t.api.delete("/servers/" + web).status());
    assertEquals(
        1, lb(id).getAsJsonArray("targets").size(), "the deleted server's target goes with it");
    assertEquals(
        201,
        t.api
            .post("/load_balancers/" + id + "/actions/change_protection", "{\"delete\":false}")
            .status());
    assertEquals(204, t.api.delete("/load_balancers/" + id).status());
  }

  @Test
  void aLoadBalancerTakesAnAddressInANetworkAndItsPtrIsServed() {
    long net =
        t.api
            .post(
                "/networks",
                "{\"name\":\"n\",\"ip_range\":\"10.0.0.0/16\",\"subnets\":[{\"type\":"
                    + "\"cloud\",\"ip_range\":\"10.0.1.0/24\",\"network_zone\":\"eu-central\"}]}")
            .json()
            .getAsJsonObject("network")
            .get("id")
            .getAsLong();
    long id =
        t.api
            .post(
                "/load_balancers",
                "{\"name\":\"lb\",\"load_balancer_type\":\"lb11\",\"network_zone\":"
                    + "\"eu-central\"}")
            .json()
            .getAsJsonObject("load_balancer")
            .get("id")
            .getAsLong();
    long web = server("web");
    String privateTarget =
        "{\"type\":\"server\",\"server\":{\"id\":" + web + "},\"use_private_ip\":true}";
    assertEquals(
        "load_balancer_not_attached_to_network",
        t.api.post("/load_balancers/" + id + "/actions/add_target", privateTarget).errorCode());
    assertEquals(
        201,
        t.api
            .post(
                "/load_balancers/" + id + "/actions/attach_to_network", "{\"network\":" + net + "}")
            .status());
    JsonObject priv = lb(id).getAsJsonArray("private_net").get(0).getAsJsonObject();
    assertEquals(net, priv.get("network").getAsLong());
    assertTrue(priv.get("ip").getAsString().startsWith("10.0.1."), priv.toString());
    assertEquals(
        id,
        t.api
            .get("/networks/" + net)
            .json()
            .getAsJsonObject("network")
            .getAsJsonArray("load_balancers")
            .get(0)
            .getAsLong());
    assertEquals(
        201,
        t.api
            .post(
                "/load_balancers/" + id + "/actions/change_dns_ptr",
                "{\"ip\":\"198.51.100.1\",\"dns_ptr\":\"lb.example.com\"}")
            .status());
    assertEquals(
        "lb.example.com.",
        t.published
            .served("100.51.198.in-addr.arpa")
            .orElseThrow()
            .rrsets()
            .get(dev.hzone.dns.RrsetKey.of("1", dev.hzone.dns.RecordType.PTR))
            .records()
            .get(0)
            .value());
    assertEquals(
        201,
        t.api
            .post(
                "/load_balancers/" + id + "/actions/detach_from_network",
                "{\"network\":" + net + "}")
            .status());
    assertEquals(0, lb(id).getAsJsonArray("private_net").size());
  }
}
