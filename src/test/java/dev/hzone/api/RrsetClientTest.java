package dev.hzone.api;

import static dev.hzone.api.Jsons.assertBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.api.cloud.Zone;
import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ZoneData;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RrsetClientTest {
  static final RrsetKey WWW = RrsetKey.of("www", RecordType.A);

  final MockApi api = new MockApi();
  final RrsetClient rrsets = api.client.rrsets();

  @AfterEach
  void close() throws Exception {
    api.close();
  }

  static String rrset(String name, String type, String ttl, String records) {
    return """
        {"id": "%1$s/%2$s", "name": "%1$s", "type": "%2$s", "ttl": %3$s, "labels": {}, "protection": {"change": false},
         "records": %4$s, "zone": 4711}"""
        .formatted(name, type, ttl, records);
  }

  static String page(int page, int lastPage, List<String> items) {
    String next = page < lastPage ? String.valueOf(page + 1) : "null";
    return """
        {"rrsets": [%s], "meta": {"pagination": {"page": %d, "per_page": 100, "previous_page": %s, "next_page": %s,
         "last_page": %d, "total_entries": %d}}}"""
        .formatted(
            String.join(",", items),
            page,
            page > 1 ? String.valueOf(page - 1) : "null",
            next,
            lastPage,
            lastPage * 100);
  }

  @Nested
  class Listing {
    @Test
    void readsAllPagesAtHundredPerPageConcurrently() throws Exception {
      Set<String> paths = ConcurrentHashMap.newKeySet();
      api.server.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
              paths.add(r.getPath());
              int page = Integer.parseInt(r.getRequestUrl().queryParameter("page"));
              List<String> items =
                  IntStream.range(0, 100)
                      .mapToObj(
                          i ->
                              rrset(
                                  "h" + (page * 1000 + i),
                                  "A",
                                  "null",
                                  """
                                  [{"value":"192.0.2.1"}]"""))
                      .toList();
              return new MockResponse()
                  .setHeader("Content-Type", "application/json")
                  .setBody(page(page, 4, items));
            }
          });
      List<Rrset> all = rrsets.list("example.com");
      assertEquals(400, all.size());
      assertEquals("h1000", all.get(0).name());
      assertEquals("h2000", all.get(100).name(), "pages joined in order");
      assertEquals("h4099", all.get(399).name());
      assertEquals(
          Set.of(1, 2, 3, 4).stream()
              .map(p -> "/v1/zones/example.com/rrsets?page=" + p + "&per_page=100")
              .collect(java.util.stream.Collectors.toSet()),
          paths);
      assertEquals(4, api.requestCount());
    }

    @Test
    void followsNextPageWhenTheLastPageIsUnknown() {
      api.json(
          200,
          page(1, 2, List.of(rrset("a", "A", "null", "[]")))
              .replace("\"last_page\": 2", "\"last_page\": null")
              .replace("\"total_entries\": 200", "\"total_entries\": null"));
      api.json(200, page(2, 2, List.of(rrset("b", "A", "null", "[]"))));
      assertEquals(
          List.of("a", "b"), rrsets.list("example.com").stream().map(Rrset::name).toList());
      assertEquals("/v1/zones/example.com/rrsets?page=1&per_page=100", api.take().getPath());
      assertEquals("/v1/zones/example.com/rrsets?page=2&per_page=100", api.take().getPath());
    }

    /** Serves pages 1 and 2 of a 150-RRSet list; page 2 as {@code second} gives it. */
    private void twoPages(String second) {
      api.server.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
              int page = Integer.parseInt(r.getRequestUrl().queryParameter("page"));
              String body;
              if (page == 1) {
                List<String> items =
                    IntStream.range(0, 100)
                        .mapToObj(
                            i ->
                                rrset(
                                    "h" + i,
                                    "A",
                                    "null",
                                    """
                                    [{"value":"192.0.2.1"}]"""))
                        .toList();
                body =
                    page(1, 2, items).replace("\"total_entries\": 200", "\"total_entries\": 150");
              } else {
                body = second;
              }
              return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
            }
          });
    }

    private String secondPage(int items, int total) {
      return page(
              2,
              2,
              IntStream.range(100, 100 + items)
                  .mapToObj(
                      i ->
                          rrset(
                              "h" + i,
                              "A",
                              "null",
                              """
                              [{"value":"192.0.2.1"}]"""))
                  .toList())
          .replace("\"total_entries\": 200", "\"total_entries\": " + total);
    }

    @Test
    void aListWhosePagesAddUpIsWhole() {
      twoPages(secondPage(50, 150));
      assertEquals(150, rrsets.list("example.com").size());
    }

    @Test
    void aPageCutShortIsRefusedNotReturnedShort() {
      twoPages(secondPage(20, 150));
      InconsistentListException e =
          assertThrows(InconsistentListException.class, () -> rrsets.list("example.com"));
      assertEquals(150, e.expected());
      assertEquals(120, e.read());
    }

    @Test
    void aListThatChangedBetweenPagesIsRefused() {
      // One RRSet deleted between the two requests: page 2 shifts by one and says 149 in all.
      twoPages(secondPage(49, 149));
      InconsistentListException e =
          assertThrows(InconsistentListException.class, () -> rrsets.list("example.com"));
      assertTrue(e.getMessage().contains("changed while it was read"), e.getMessage());
    }

    @Test
    void iteratorFetchesLazily() {
      api.json(200, page(1, 2, List.of(rrset("a", "A", "null", "[]"))));
      api.json(200, page(2, 2, List.of(rrset("b", "A", "null", "[]"))));
      Iterator<Rrset> it = rrsets.iterate("example.com", RrsetListOptions.ALL);
      assertEquals(0, api.requestCount());
      assertEquals("a", it.next().name());
      assertEquals(1, api.requestCount());
      assertEquals("b", it.next().name());
      assertFalse(it.hasNext());
      assertEquals(2, api.requestCount());
    }

    @Test
    void sendsFilters() {
      api.json(200, page(1, 1, List.of()));
      rrsets.list(
          "example.com",
          RrsetListOptions.ALL
              .withName("@")
              .withTypes(RecordType.MX, RecordType.A)
              .withLabelSelector("managed-by=hzone")
              .withSort("name:desc"));
      assertEquals(
          "/v1/zones/example.com/rrsets?name=%40&type=A&type=MX&label_selector=managed-by%3Dhzone"
              + "&sort=name%3Adesc&page=1&per_page=100",
          api.take().getPath());
    }

    @Test
    void readsRrsetsIntoTheZoneModel() {
      api.json(
          200,
          page(
              1,
              1,
              List.of(
                  rrset(
                      "@",
                      "MX",
                      "300",
                      """
                      [{"value":"10 mail.example.com.","comment":"primary"}]"""),
                  rrset(
                          "WWW",
                          "A",
                          "null",
                          """
                          [{"value":"192.0.2.1"},{"value":"192.0.2.2"}]""")
                      .replace("\"labels\": {}", "\"labels\": {\"k\": \"v\"}")
                      .replace("\"change\": false", "\"change\": true"))));
      Zone zone =
          new Zone(
              4711,
              "example.com",
              null,
              ZoneMode.PRIMARY,
              null,
              null,
              null,
              3600,
              null,
              0,
              null,
              null);
      ZoneData data = rrsets.read(zone);
      assertEquals("/v1/zones/4711/rrsets?page=1&per_page=100", api.take().getPath());
      assertEquals(OptionalInt.of(3600), data.defaultTtl());
      Rrset mx = data.get("@", RecordType.MX).orElseThrow();
      assertEquals(OptionalInt.of(300), mx.ttl());
      assertEquals(List.of(new RecordValue("10 mail.example.com.", "primary")), mx.records());
      Rrset www = data.get("www", RecordType.A).orElseThrow();
      assertEquals(OptionalInt.empty(), www.ttl());
      assertEquals(List.of("192.0.2.1", "192.0.2.2"), www.values());
      assertEquals(Map.of("k", "v"), www.labels());
      assertTrue(www.changeProtected());
    }
  }

  @Nested
  class SingleRrset {
    @Test
    void getReturnsTheRrsetOrEmpty() {
      api.json(
          200,
          """
          {"rrset":%s}"""
              .formatted(
                  rrset(
                      "www",
                      "A",
                      "60",
                      """
                      [{"value":"192.0.2.1"}]""")));
      api.error(404, "not_found", "rrset not found");
      assertEquals(OptionalInt.of(60), rrsets.get("example.com", WWW).orElseThrow().ttl());
      assertEquals("/v1/zones/example.com/rrsets/www/A", api.take().getPath());
      assertEquals(Optional.empty(), rrsets.get("example.com", RrsetKey.of("@", RecordType.TXT)));
      assertEquals("/v1/zones/example.com/rrsets/@/TXT", api.take().getPath());
    }

    @Test
    void createSendsRecordsTtlAndLabels() {
      api.json(
          201,
          """
          {"rrset":%s,"action":%s}"""
              .formatted(
                  rrset(
                      "www",
                      "A",
                      "300",
                      """
                      [{"value":"192.0.2.1"}]"""),
                  MockApi.action(5, "create_rrset", "running")));
      RrsetCreateResult r =
          rrsets.create(
              "example.com",
              new Rrset(
                  WWW,
                  OptionalInt.of(300),
                  List.of(new RecordValue("192.0.2.1", "web"), RecordValue.of("192.0.2.2")),
                  Map.of("k", "v"),
                  false));
      RecordedRequest req = api.take();
      assertEquals("POST", req.getMethod());
      assertEquals("/v1/zones/example.com/rrsets", req.getPath());
      assertBody(
          """
          {"name": "www", "type": "A", "ttl": 300,
           "records": [{"value": "192.0.2.1", "comment": "web"}, {"value": "192.0.2.2"}], "labels": {"k": "v"}}""",
          req);
      assertEquals(5, r.action().id());
      assertEquals(WWW, r.rrset().key());
    }

    @Test
    void createWithoutTtlInheritsTheZones() {
      api.json(
          201,
          """
          {"rrset":%s,"action":%s}"""
              .formatted(
                  rrset("www", "A", "null", "[]"), MockApi.action(5, "create_rrset", "running")));
      rrsets.create(
          "example.com", Rrset.of(WWW, OptionalInt.empty(), List.of(RecordValue.of("192.0.2.1"))));
      assertBody(
          """
          {"name":"www","type":"A","records":[{"value":"192.0.2.1"}]}""",
          api.take());
    }

    @Test
    void updateLabels() {
      api.json(
          200,
          """
          {"rrset":%s}"""
              .formatted(rrset("www", "A", "null", "[]")));
      rrsets.updateLabels("example.com", WWW, Map.of("owner", "ops"));
      RecordedRequest r = api.take();
      assertEquals("PUT", r.getMethod());
      assertEquals("/v1/zones/example.com/rrsets/www/A", r.getPath());
      assertBody(
          """
          {"labels":{"owner":"ops"}}""",
          r);
    }

    @Test
    void delete() {
      api.json(201, MockApi.actionResponse(6, "delete_rrset", "running"));
      assertEquals(6, rrsets.delete("example.com", RrsetKey.of("*.dev", RecordType.CNAME)).id());
      RecordedRequest r = api.take();
      assertEquals("DELETE", r.getMethod());
      assertEquals("/v1/zones/example.com/rrsets/*.dev/CNAME", r.getPath());
    }
  }

  @Nested
  class RecordActions {
    final List<RecordValue> two =
        List.of(new RecordValue("192.0.2.1", "a"), RecordValue.of("192.0.2.2"));

    @Test
    void setRecords() {
      api.json(201, MockApi.actionResponse(7, "set_rrset_records", "running"));
      rrsets.setRecords("example.com", WWW, two);
      RecordedRequest r = api.take();
      assertEquals("POST", r.getMethod());
      assertEquals("/v1/zones/example.com/rrsets/www/A/actions/set_records", r.getPath());
      assertBody(
          """
          {"records":[{"value":"192.0.2.1","comment":"a"},{"value":"192.0.2.2"}]}""",
          r);
    }

    @Test
    void addRecordsWithAndWithoutTtl() {
      api.json(201, MockApi.actionResponse(7, "add_rrset_records", "running"));
      api.json(201, MockApi.actionResponse(8, "add_rrset_records", "running"));
      rrsets.addRecords("example.com", WWW, two, OptionalInt.of(600));
      RecordedRequest r = api.take();
      assertEquals("/v1/zones/example.com/rrsets/www/A/actions/add_records", r.getPath());
      assertBody(
          """
          {"ttl":600,"records":[{"value":"192.0.2.1","comment":"a"},{"value":"192.0.2.2"}]}""",
          r);
      rrsets.addRecords("example.com", WWW, two.subList(1, 2), OptionalInt.empty());
      assertBody(
          """
          {"records":[{"value":"192.0.2.2"}]}""",
          api.take());
    }

    @Test
    void removeRecords() {
      api.json(201, MockApi.actionResponse(7, "remove_rrset_records", "running"));
      rrsets.removeRecords("example.com", WWW, two.subList(1, 2));
      RecordedRequest r = api.take();
      assertEquals("/v1/zones/example.com/rrsets/www/A/actions/remove_records", r.getPath());
      assertBody(
          """
          {"records":[{"value":"192.0.2.2"}]}""",
          r);
    }

    @Test
    void updateRecordsAlwaysSendsTheComment() {
      api.json(200, MockApi.actionResponse(7, "update_rrset_records", "running"));
      rrsets.updateRecords("example.com", WWW, two);
      RecordedRequest r = api.take();
      assertEquals("/v1/zones/example.com/rrsets/www/A/actions/update_records", r.getPath());
      assertBody(
          """
          {"records":[{"value":"192.0.2.1","comment":"a"},{"value":"192.0.2.2","comment":""}]}""",
          r);
    }

    @Test
    void changeTtlSendsNullToInherit() {
      api.json(201, MockApi.actionResponse(7, "change_rrset_ttl", "running"));
      api.json(201, MockApi.actionResponse(8, "change_rrset_ttl", "running"));
      rrsets.changeTtl("example.com", WWW, OptionalInt.empty());
      RecordedRequest r = api.take();
      assertEquals("/v1/zones/example.com/rrsets/www/A/actions/change_ttl", r.getPath());
      assertBody(
          """
          {"ttl":null}""",
          r);
      rrsets.changeTtl("example.com", WWW, OptionalInt.of(120));
      assertBody(
          """
          {"ttl":120}""",
          api.take());
    }

    @Test
    void changeProtection() {
      api.json(201, MockApi.actionResponse(7, "change_rrset_protection", "running"));
      rrsets.changeProtection("example.com", WWW, true);
      RecordedRequest r = api.take();
      assertEquals("/v1/zones/example.com/rrsets/www/A/actions/change_protection", r.getPath());
      assertBody(
          """
          {"change":true}""",
          r);
    }

    @Test
    void refusesBadRecordListsBeforeAnyRequest() {
      List<RecordValue> fiftyOne = new ArrayList<>();
      for (int i = 0; i < 51; i++) {
        fiftyOne.add(RecordValue.of("192.0.2." + i));
      }
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> rrsets.setRecords("example.com", WWW, fiftyOne));
      assertTrue(e.getMessage().contains("51 records"), e.getMessage());
      assertThrows(
          IllegalArgumentException.class,
          () -> rrsets.addRecords("example.com", WWW, List.of(), OptionalInt.empty()));
      assertThrows(
          IllegalArgumentException.class,
          () ->
              rrsets.removeRecords(
                  "example.com", WWW, List.of(RecordValue.of("a"), RecordValue.of("a"))));
      assertThrows(
          IllegalArgumentException.class,
          () -> rrsets.changeTtl("example.com", WWW, OptionalInt.of(10)));
      assertEquals(0, api.requestCount());
    }
  }
}
