package dev.hzone.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.hzone.api.HcloudClient;
import dev.hzone.api.RetryOptions;
import dev.hzone.api.cloud.Zone;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.Rrset;
import dev.hzone.testing.FakeTime;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hook's requests on the wire: which endpoints, which bodies, and how a busy zone is reported.
 */
class HcloudChallengeZonesTest {
  private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();
  private HcloudChallengeZones zones;
  private final Zone example =
      FakeChallengeZones.zone("example.test", List.of("ns1.example.test."));

  @BeforeEach
  void start() throws Exception {
    server.start();
    HcloudClient client =
        HcloudClient.builder()
            .endpoint(server.url("/v1").toString())
            .token("t0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcd")
            .clock(time)
            .sleeper(time)
            .retry(new RetryOptions(1, n -> Duration.ZERO, Duration.ZERO))
            .build();
    zones = new HcloudChallengeZones(client);
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private void json(int status, String body) {
    server.enqueue(
        new MockResponse()
            .setResponseCode(status)
            .setHeader("Content-Type", "application/json")
            .setBody(body));
  }

  private RecordedRequest take() throws InterruptedException {
    return server.takeRequest(1, TimeUnit.SECONDS);
  }

  private static String action(String status) {
    return "{\"id\":77,\"command\":\"add_rrset_records\",\"status\":\""
        + status
        + "\",\"progress\":"
        + ("success".equals(status) ? 100 : 0)
        + ",\"started\":\"2026-11-28T12:00:00Z\",\"finished\":"
        + ("success".equals(status) ? "\"2026-11-28T12:00:01Z\"" : "null")
        + ",\"resources\":[{\"id\":4711,\"type\":\"zone\"}],\"error\":null}";
  }

  private static String zone(String name, String mode) {
    return "{\"zone\":{\"id\":4711,\"name\":\""
        + name
        + "\",\"mode\":\""
        + mode
        + "\",\"ttl\":3600,\"labels\":{},"
        + "\"protection\":{\"delete\":false},\"status\":\"ok\",\"record_count\":4,"
        + "\"created\":\"2026-11-28T12:00:00Z\",\"registrar\":\"other\",\"primary_nameservers\":[],"
        + "\"authoritative_nameservers\":{\"assigned\":[\"hydrogen.ns.hetzner.com.\",\"oxygen.ns.hetzner.com.\"],"
        + "\"delegated\":[],\"delegation_last_check\":null,\"delegation_status\":\"unknown\"}}}";
  }

  @Test
  void zoneByNameIsOneGetAndNotFoundIsEmpty() throws Exception {
    json(
        404,
        "{\"error\":{\"code\":\"not_found\",\"message\":\"zone not found\",\"details\":null}}");
    json(200, zone("example.test", "primary"));
    assertTrue(zones.zone("www.example.test").isEmpty());
    Zone z = zones.zone("example.test").orElseThrow();
    assertEquals(
        List.of("hydrogen.ns.hetzner.com.", "oxygen.ns.hetzner.com."), z.assignedNameservers());
    assertEquals(
        "GET /v1/zones/www.example.test", take().getRequestLine().replace(" HTTP/1.1", ""));
    assertEquals("GET /v1/zones/example.test", take().getRequestLine().replace(" HTTP/1.1", ""));
  }

  @Test
  void secondaryZoneIsNotAPlaceForTheRecord() {
    json(200, zone("example.test", "secondary"));
    assertTrue(zones.zone("example.test").isEmpty());
  }

  @Test
  void rrsetsAtANameAreListedByName() throws Exception {
    json(
        200,
        "{\"rrsets\":[{\"id\":\"_acme-challenge/TXT\",\"name\":\"_acme-challenge\",\"type\":\"TXT\",\"ttl\":60,"
            + "\"labels\":{},\"protection\":{\"change\":false},\"records\":[{\"value\":\"\\\"a\\\"\",\"comment\":\"\"}],"
            + "\"zone\":4711}],\"meta\":{\"pagination\":{\"page\":1,\"per_page\":100,\"previous_page\":null,"
            + "\"next_page\":null,\"last_page\":1,\"total_entries\":1}}}");
    List<Rrset> here = zones.rrsetsAt(example, "_acme-challenge");
    assertEquals(RecordType.TXT, here.get(0).type());
    assertEquals(List.of("\"a\""), here.get(0).values());
    String path = take().getPath();
    assertTrue(path.startsWith("/v1/zones/example.test/rrsets?"), path);
    assertTrue(path.contains("name=_acme-challenge"), path);
  }

  @Test
  void addIsAddRecordsWithTtl60ThenWaitsForTheAction() throws Exception {
    json(201, "{\"action\":" + action("running") + "}");
    json(
        200,
        "{\"actions\":["
            + action("success")
            + "],\"meta\":{\"pagination\":{\"page\":1,\"per_page\":25,"
            + "\"previous_page\":null,\"next_page\":null,\"last_page\":1,\"total_entries\":1}}}");
    zones.addTxt(example, "_acme-challenge", "\"v\"", OptionalInt.of(60));
    RecordedRequest add = take();
    assertEquals(
        "/v1/zones/example.test/rrsets/_acme-challenge/TXT/actions/add_records", add.getPath());
    assertEquals(
        JsonParser.parseString("{\"records\":[{\"value\":\"\\\"v\\\"\"}],\"ttl\":60}"),
        JsonParser.parseString(add.getBody().readUtf8()));
    assertTrue(take().getPath().startsWith("/v1/actions?id=77"));
    // Polled sooner than the client's default 500 ms: the hook is on the critical path of an order.
    assertEquals(Duration.ofMillis(100), time.sleeps.get(0));
  }

  @Test
  void removeIsRemoveRecordsOfExactlyThatValue() throws Exception {
    json(201, "{\"action\":" + action("success") + "}");
    zones.removeTxt(example, "_acme-challenge", "\"v\"");
    RecordedRequest r = take();
    assertEquals(
        "/v1/zones/example.test/rrsets/_acme-challenge/TXT/actions/remove_records", r.getPath());
    assertEquals(
        JsonParser.parseString("{\"records\":[{\"value\":\"\\\"v\\\"\"}]}"),
        JsonParser.parseString(r.getBody().readUtf8()));
  }

  @Test
  void lockedZoneIsBusy() {
    for (int i = 0; i < 10; i++) {
      json(
          423, "{\"error\":{\"code\":\"locked\",\"message\":\"zone is locked\",\"details\":null}}");
    }
    assertThrows(
        ZoneBusyException.class,
        () -> zones.addTxt(example, "_acme-challenge", "\"v\"", OptionalInt.of(60)));
  }
}
