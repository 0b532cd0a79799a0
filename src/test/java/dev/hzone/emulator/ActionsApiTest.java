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
import org.junit.jupiter.api.Test;

/** Actions that run for a while (a clock moved by hand) and the action endpoints. */
class ActionsApiTest {
  private final TestEmulator t = TestEmulator.start(o -> o.withActionDuration(Duration.ofHours(1)));

  @AfterEach
  void stop() {
    t.close();
  }

  private long createZone(String name) {
    ApiTestClient.Response r =
        t.api.post("/zones", "{\"name\":\"" + name + "\",\"mode\":\"primary\"}");
    assertEquals(201, r.status(), r.text());
    return r.json().getAsJsonObject("action").get("id").getAsLong();
  }

  private static List<Long> ids(JsonArray actions) {
    List<Long> out = new ArrayList<>();
    actions.forEach(e -> out.add(e.getAsJsonObject().get("id").getAsLong()));
    return out;
  }

  @Test
  void runUntilTheirTimeAndThenSucceed() {
    long id = createZone("example.com");
    JsonObject running = t.api.get("/actions/" + id).json().getAsJsonObject("action");
    assertEquals("running", running.get("status").getAsString());
    assertEquals(0, running.get("progress").getAsInt());
    assertTrue(running.get("finished").isJsonNull());
    assertEquals(
        "updating",
        t.api.get("/zones/example.com").json().getAsJsonObject("zone").get("status").getAsString());
    t.clock.advance(Duration.ofHours(1));
    JsonObject done = t.api.get("/actions/" + id).json().getAsJsonObject("action");
    assertEquals("success", done.get("status").getAsString());
    assertEquals(100, done.get("progress").getAsInt());
    assertEquals("2026-03-01T11:00:00Z", done.get("finished").getAsString());
    assertEquals(
        "ok",
        t.api.get("/zones/example.com").json().getAsJsonObject("zone").get("status").getAsString());
  }

  @Test
  void aRunningZoneActionLocksNeitherTheZoneNorItsRrsets() {
    // Ledger L-LOCK: the live API takes actions on one zone and one RRSet side by side.
    createZone("example.com");
    assertEquals(
        201,
        t.api
            .post(
                "/zones/example.com/rrsets/www/A/actions/add_records",
                "{\"records\":[{\"value\":\"192.0.2.1\"}]}")
            .status());
    assertEquals(
        201,
        t.api
            .post(
                "/zones/example.com/rrsets/www/A/actions/set_records",
                "{\"records\":[{\"value\":\"192.0.2.3\"}]}")
            .status());
    assertEquals(201, t.api.post("/zones/example.com/actions/change_ttl", "{\"ttl\":60}").status());
    assertEquals(201, t.api.delete("/zones/example.com").status());
  }

  @Test
  void theZoneIsPublishedOnlyOnceTheActionHasFinished() throws Exception {
    try (TestEmulator fast =
        TestEmulator.start(o -> o.withActionDuration(Duration.ofMillis(2000)))) {
      // The timer waits the 2 s in real time (this clock stands still); the zone must not be served
      // before.
      assertEquals(
          201, fast.api.post("/zones", "{\"name\":\"example.com\",\"mode\":\"primary\"}").status());
      assertTrue(
          fast.published.served("example.com").isEmpty(), "not before the action has finished");
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (fast.published.served("example.com").isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertTrue(fast.published.served("example.com").isPresent());
    }
  }

  @Test
  void listsByIdStatusAndResource() {
    long a1 = createZone("a.com");
    long a2 = createZone("b.com");
    JsonArray both =
        t.api.get("/actions?id=" + a2 + "&id=" + a1 + "&id=999").json().getAsJsonArray("actions");
    assertEquals(List.of(a1, a2), ids(both));
    assertEquals("id", firstField(t.api.get("/actions")));
    assertEquals(
        2, t.api.get("/zones/actions?status=running").json().getAsJsonArray("actions").size());
    assertEquals(
        0, t.api.get("/zones/actions?status=success").json().getAsJsonArray("actions").size());
    assertEquals(
        List.of(a2, a1),
        ids(t.api.get("/zones/actions?sort=id:desc").json().getAsJsonArray("actions")));
    assertEquals(
        List.of(a1), ids(t.api.get("/zones/a.com/actions").json().getAsJsonArray("actions")));
    assertEquals(200, t.api.get("/zones/actions/" + a1).status());
    assertEquals(200, t.api.get("/zones/a.com/actions/" + a1).status());
    assertEquals(404, t.api.get("/zones/b.com/actions/" + a1).status());
    assertEquals(
        404, t.api.get("/servers/actions/" + a1).status(), "a zone action is not a server action");
    assertEquals(404, t.api.get("/actions/424242").status());
    assertEquals("status", firstField(t.api.get("/zones/actions?status=done")));
  }

  @Test
  void rrsetActionsAppearInTheZonesActionList() {
    createZone("example.com");
    t.clock.advance(Duration.ofHours(1));
    t.api.post(
        "/zones/example.com/rrsets",
        "{\"name\":\"www\",\"type\":\"A\",\"records\":[{\"value\":\"192.0.2.1\"}]}");
    JsonArray list =
        t.api.get("/zones/example.com/actions?sort=id").json().getAsJsonArray("actions");
    assertEquals("create_rrset", list.get(1).getAsJsonObject().get("command").getAsString());
    assertEquals(
        "zone",
        list.get(1)
            .getAsJsonObject()
            .getAsJsonArray("resources")
            .get(0)
            .getAsJsonObject()
            .get("type")
            .getAsString());
  }
}
