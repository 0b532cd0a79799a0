package dev.hzone.api;

import static dev.hzone.api.Jsons.assertBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.api.cloud.Action;
import dev.hzone.api.cloud.ActionStatus;
import dev.hzone.api.cloud.PrimaryNameserver;
import dev.hzone.api.cloud.Zone;
import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ZoneClientTest {
  static final String ZONE =
      """
      {"id": 4711, "name": "example.com", "created": "2026-03-01T10:00:00Z", "mode": "primary",
       "primary_nameservers": [], "labels": {"env": "prod"}, "protection": {"delete": true}, "ttl": 3600,
       "status": "ok", "record_count": 6,
       "authoritative_nameservers": {"assigned": ["hydrogen.ns.hetzner.com.", "oxygen.ns.hetzner.com.",
         "helium.ns.hetzner.de."], "delegated": [], "delegation_last_check": null,
         "delegation_status": "partially-valid"},
       "registrar": "other"}
      """;

  static final String EMPTY_META =
      """
      {"pagination": {"page": 1, "per_page": 50, "previous_page": null, "next_page": null, "last_page": 1,
       "total_entries": 1}}""";

  final MockApi api = new MockApi();
  final ZoneClient zones = api.client.zones();

  @AfterEach
  void noUnexpectedRequests() throws Exception {
    assertEquals(api.logs.size(), api.requestCount(), "requests logged vs. served");
    api.close();
  }

  @Nested
  class Reading {
    @Test
    void listSendsFiltersAndReadsEveryField() {
      api.json(
          200,
          """
          {"zones":[%s],"meta":%s}"""
              .formatted(ZONE, EMPTY_META));
      List<Zone> list =
          zones.list(
              ZoneListOptions.ALL
                  .withName("example.com")
                  .withMode(ZoneMode.PRIMARY)
                  .withLabelSelector("env=prod,!legacy")
                  .withSort("name:asc", "id:desc"));
      RecordedRequest r = api.take();
      assertEquals("GET", r.getMethod());
      assertEquals(
          "/v1/zones?name=example.com&mode=primary&label_selector=env%3Dprod%2C%21legacy&sort=name%3Aasc"
              + "&sort=id%3Adesc&page=1&per_page=50",
          r.getPath());
      assertEquals("Bearer " + MockApi.TOKEN, r.getHeader("Authorization"));
      assertTrue(r.getHeader("User-Agent").startsWith("hzone/"), r.getHeader("User-Agent"));
      Zone z = list.get(0);
      assertEquals(4711, z.id());
      assertEquals("example.com", z.name());
      assertEquals(Instant.parse("2026-03-01T10:00:00Z"), z.created());
      assertEquals(ZoneMode.PRIMARY, z.mode());
      assertEquals(Map.of("env", "prod"), z.labels());
      assertTrue(z.deleteProtected());
      assertEquals(3600, z.ttl());
      assertEquals(Zone.Status.OK, z.status());
      assertEquals(6, z.recordCount());
      assertEquals(3, z.authoritativeNameservers().assigned().size());
      assertEquals(Optional.empty(), z.authoritativeNameservers().delegationLastCheck());
      assertEquals(
          Optional.of(Zone.DelegationStatus.PARTIALLY_VALID),
          z.authoritativeNameservers().delegationStatus());
      assertEquals(Zone.Registrar.OTHER, z.registrar());
    }

    @Test
    void getByNameReturnsTheZone() {
      api.json(
          200,
          """
          {"zone":%s}"""
              .formatted(ZONE));
      assertEquals(4711, zones.get("example.com").orElseThrow().id());
      assertEquals("/v1/zones/example.com", api.take().getPath());
    }

    @Test
    void getOfAMissingZoneIsEmpty() {
      api.error(404, "not_found", "zone not found");
      assertEquals(Optional.empty(), zones.get("4712"));
      assertEquals("/v1/zones/4712", api.take().getPath());
    }

    @Test
    void unknownStatusIsReadAsUnknown() {
      api.json(
          200,
          """
          {"zone":%s}"""
              .formatted(ZONE.replace("\"ok\"", "\"migrating\"")));
      assertEquals(Zone.Status.UNKNOWN, zones.get("example.com").orElseThrow().status());
      api.take();
    }

    @Test
    void aZoneOfAModeHzoneDoesNotKnowIsListedWithTheOthers() {
      String odd =
          ZONE.replace("4711", "4712")
              .replace("example.com", "example.net")
              .replace("\"primary\"", "\"tertiary\"");
      String empty =
          ZONE.replace("4711", "4713")
              .replace("example.com", "example.org")
              .replace("\"primary\"", "\"\"");
      api.json(
          200,
          """
          {"zones":[%s,%s,%s],"meta":%s}"""
              .formatted(ZONE, odd, empty, EMPTY_META));
      List<Zone> list = zones.list(ZoneListOptions.ALL);
      assertEquals(
          List.of(ZoneMode.PRIMARY, ZoneMode.UNKNOWN, ZoneMode.UNKNOWN),
          list.stream().map(Zone::mode).toList());
      assertEquals("example.net", list.get(1).name());
      api.take();
    }

    @Test
    void exportReturnsTheZoneFile() {
      api.json(
          200,
          """
          {"zonefile":"$ORIGIN example.com.\\n@ IN SOA a. b. 1 2 3 4 5\\n"}""");
      assertEquals(
          "$ORIGIN example.com.\n@ IN SOA a. b. 1 2 3 4 5\n", zones.exportZonefile("example.com"));
      RecordedRequest r = api.take();
      assertEquals("GET", r.getMethod());
      assertEquals("/v1/zones/example.com/zonefile", r.getPath());
    }
  }

  @Nested
  class Creating {
    @Test
    void primaryWithRrsetsSendsTheSpecExample() {
      api.json(
          201,
          """
          {"zone":%s,"action":%s}"""
              .formatted(ZONE, MockApi.action(1, "create_zone", "running")));
      ZoneCreateResult result =
          zones.create(
              ZoneCreateOptions.primary("example.com")
                  .withTtl(10800)
                  .withLabels(Map.of("key", "value"))
                  .withRrsets(
                      List.of(
                          Rrset.of(
                              RrsetKey.of("www", RecordType.A),
                              OptionalInt.empty(),
                              List.of(
                                  new RecordValue(
                                      "198.51.100.1", "My web server at Hetzner Cloud."))))));
      RecordedRequest r = api.take();
      assertEquals("POST", r.getMethod());
      assertEquals("/v1/zones", r.getPath());
      assertBody(OpenApi.requestExample("create_zone", "primary"), r);
      assertEquals(4711, result.zone().id());
      assertEquals("create_zone", result.action().command());
    }

    @Test
    void primaryFromAZoneFileSendsTheSpecExample() {
      api.json(
          201,
          """
          {"zone":%s,"action":%s}"""
              .formatted(ZONE, MockApi.action(1, "create_zone", "running")));
      zones.create(
          ZoneCreateOptions.primary("example.com")
              .withTtl(10800)
              .withLabels(Map.of("key", "value"))
              .withZonefile(
                  "$ORIGIN\texample.com.\n$TTL\t10800\n\n@\tIN\tA\t198.51.100.1 ; My web server at Hetzner Cloud.\n"));
      assertBody(OpenApi.requestExample("create_zone", "primary from zone file"), api.take());
    }

    @Test
    void secondarySendsTheSpecExample() {
      api.json(
          201,
          """
          {"zone":%s,"action":%s}"""
              .formatted(ZONE, MockApi.action(1, "create_zone", "running")));
      zones.create(
          ZoneCreateOptions.secondary(
                  "example.com",
                  List.of(
                      PrimaryNameserver.of("198.51.100.1", 53),
                      PrimaryNameserver.of("203.0.113.1", 53)))
              .withTtl(10800)
              .withLabels(Map.of("key", "value")));
      assertBody(OpenApi.requestExample("create_zone", "secondary"), api.take());
    }

    @Test
    void badOptionsAreRefusedBeforeAnyRequest() {
      assertThrows(IllegalArgumentException.class, () -> ZoneCreateOptions.primary("Example.com."));
      assertThrows(
          IllegalArgumentException.class,
          () -> ZoneCreateOptions.primary("example.com").withTtl(30));
      assertThrows(
          IllegalArgumentException.class,
          () -> ZoneCreateOptions.secondary("example.com", List.of()));
      assertThrows(
          IllegalArgumentException.class,
          () ->
              ZoneCreateOptions.primary("example.com")
                  .withZonefile("x")
                  .withRrsets(
                      List.of(
                          Rrset.of(
                              RrsetKey.of("www", RecordType.A),
                              OptionalInt.empty(),
                              List.of(RecordValue.of("192.0.2.1"))))));
      Rrset twice =
          Rrset.of(
              RrsetKey.of("www", RecordType.A),
              OptionalInt.empty(),
              List.of(RecordValue.of("192.0.2.1"), RecordValue.of("192.0.2.1")));
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  zones.create(
                      ZoneCreateOptions.primary("example.com").withRrsets(List.of(twice))));
      assertTrue(e.getMessage().contains("192.0.2.1"), e.getMessage());
      assertEquals(0, api.requestCount());
    }
  }

  @Nested
  class Changing {
    @Test
    void updateReplacesLabels() {
      api.json(
          200,
          """
          {"zone":%s}"""
              .formatted(ZONE));
      zones.updateLabels("example.com", Map.of("env", "prod"));
      RecordedRequest r = api.take();
      assertEquals("PUT", r.getMethod());
      assertEquals("/v1/zones/example.com", r.getPath());
      assertBody(
          """
          {"labels":{"env":"prod"}}""",
          r);
    }

    @Test
    void deleteReturnsTheAction() {
      api.json(201, MockApi.actionResponse(9, "delete_zone", "running"));
      assertEquals(9, zones.delete("example.com").id());
      RecordedRequest r = api.take();
      assertEquals("DELETE", r.getMethod());
      assertEquals("/v1/zones/example.com", r.getPath());
    }

    @Test
    void importSendsTheZoneFile() {
      api.json(201, MockApi.actionResponse(9, "import_zonefile", "running"));
      zones.importZonefile("example.com", "$ORIGIN example.com.\n");
      RecordedRequest r = api.take();
      assertEquals("POST", r.getMethod());
      assertEquals("/v1/zones/example.com/actions/import_zonefile", r.getPath());
      assertBody(
          """
          {"zonefile":"$ORIGIN example.com.\\n"}""",
          r);
    }

    @Test
    void changeTtl() {
      api.json(201, MockApi.actionResponse(9, "change_ttl", "running"));
      zones.changeTtl("4711", 600);
      RecordedRequest r = api.take();
      assertEquals("/v1/zones/4711/actions/change_ttl", r.getPath());
      assertBody(
          """
          {"ttl":600}""",
          r);
      assertThrows(IllegalArgumentException.class, () -> zones.changeTtl("4711", 59));
    }

    @Test
    void changeProtection() {
      api.json(201, MockApi.actionResponse(9, "change_protection", "running"));
      zones.changeProtection("example.com", true);
      RecordedRequest r = api.take();
      assertEquals("/v1/zones/example.com/actions/change_protection", r.getPath());
      assertBody(
          """
          {"delete":true}""",
          r);
    }

    @Test
    void changePrimaryNameserversSendsTsigButNeverShowsIt() {
      api.json(201, MockApi.actionResponse(9, "change_primary_nameservers", "running"));
      PrimaryNameserver signed =
          PrimaryNameserver.withTsig(
              "198.51.100.1",
              5353,
              dev.hzone.tsig.TsigKey.fromBase64(
                  Optional.empty(), dev.hzone.tsig.TsigAlgorithm.HMAC_SHA256, "c2VjcmV0LWtleQ=="));
      zones.changePrimaryNameservers(
          "example.com", List.of(signed, PrimaryNameserver.of("2001:db8::1", 53)));
      RecordedRequest r = api.take();
      assertEquals("/v1/zones/example.com/actions/change_primary_nameservers", r.getPath());
      assertBody(
          """
          {"primary_nameservers": [
            {"address": "198.51.100.1", "port": 5353, "tsig_key": "c2VjcmV0LWtleQ==", "tsig_algorithm": "hmac-sha256"},
            {"address": "2001:db8::1", "port": 53}]}
          """,
          r);
      assertFalse(signed.toString().contains("c2VjcmV0LWtleQ=="), signed.toString());
      assertThrows(
          IllegalArgumentException.class,
          () ->
              zones.changePrimaryNameservers(
                  "example.com",
                  List.of(
                      PrimaryNameserver.of("198.51.100.1", 53),
                      PrimaryNameserver.of("198.51.100.1", 5353))));
    }
  }

  @Nested
  class Actions {
    @Test
    void listActionsOfOneZoneFiltersByStatus() {
      api.json(
          200,
          """
          {"actions":[%s],"meta":%s}"""
              .formatted(MockApi.action(3, "change_ttl", "running"), EMPTY_META));
      List<Action> running =
          zones.listActions("example.com", ActionListOptions.running().withSort("id"));
      assertEquals(3, running.get(0).id());
      assertEquals(
          "/v1/zones/example.com/actions?status=running&sort=id&page=1&per_page=50",
          api.take().getPath());
    }

    @Test
    void listActionsOfAllZonesFiltersById() {
      api.json(
          200,
          """
          {"actions":[],"meta":%s}"""
              .formatted(EMPTY_META));
      zones.listActions(
          ActionListOptions.ALL.withIds(List.of(3L, 4L)).withStatus(ActionStatus.ERROR));
      assertEquals(
          "/v1/zones/actions?id=3&id=4&status=error&page=1&per_page=50", api.take().getPath());
    }

    @Test
    void anActionOfAStatusHzoneDoesNotKnowIsNotFinished() {
      api.json(200, MockApi.actionResponse(3, "change_ttl", "paused"));
      Action a = zones.getAction(3).orElseThrow();
      assertEquals(ActionStatus.UNKNOWN, a.status());
      assertFalse(a.isDone(), "an unknown status is waited on, not taken for an end");
      api.take();
    }

    @Test
    @SuppressWarnings("deprecation")
    void getAction() {
      api.json(200, MockApi.actionResponse(3, "change_ttl", "success"));
      api.json(200, MockApi.actionResponse(3, "change_ttl", "success"));
      assertEquals(ActionStatus.SUCCESS, zones.getAction(3).orElseThrow().status());
      assertEquals("/v1/zones/actions/3", api.take().getPath());
      assertEquals(3, zones.getAction("example.com", 3).orElseThrow().id());
      assertEquals("/v1/zones/example.com/actions/3", api.take().getPath());
    }
  }
}
