package dev.hzone.api.bench;

import dev.hzone.api.HcloudClient;
import dev.hzone.api.PollOptions;
import dev.hzone.api.Sleeper;
import dev.hzone.api.cloud.Action;
import dev.hzone.api.schema.Json;
import dev.hzone.api.schema.RrsetListResponse;
import dev.hzone.dns.Rrset;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * The API client's benchmark (not a test), against a local MockWebServer:
 *
 * <ol>
 *   <li>listing a zone of 10,000 RRSets (100 pages of 100) with 50 ms per request, at page
 *       concurrency 1, 4 and 8: wall time and requests;
 *   <li>reading RRSet pages from JSON: pages and RRSets per second (MockWebServer itself costs
 *       about 45 ms a request on loopback, TCP delayed acknowledgement, so HTTP is left out of this
 *       one);
 *   <li>waiting for 1,000 actions that finish after 3 polls: requests used.
 * </ol>
 *
 * <pre>
 * mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.hzone.api.bench.ApiClientBench
 * </pre>
 */
public final class ApiClientBench {
  private ApiClientBench() {}

  public static void main(String[] args) throws Exception {
    String page = rrsetPage();
    for (int concurrency : List.of(1, 4, 8)) {
      listZone(page, concurrency, Duration.ofMillis(50));
    }
    throughput(page);
    waitForActions(1000, 3);
  }

  private static String rrsetPage() {
    List<String> rrsets = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      rrsets.add(
          """
          {"id": "host%1$d/A", "name": "host%1$d", "type": "A", "ttl": null, "labels": {},
           "protection": {"change": false}, "records": [{"value": "192.0.2.%1$d"},
           {"value": "198.51.100.%1$d", "comment": "backup"}], "zone": 4711}"""
              .formatted(i));
    }
    return """
        {"rrsets": [%s], "meta": {"pagination": {"page": PAGE, "per_page": 100,
         "previous_page": null, "next_page": NEXT, "last_page": 100, "total_entries": 10000}}}"""
        .formatted(String.join(",", rrsets));
  }

  private static MockWebServer serve(String page, Duration latency, AtomicInteger requests)
      throws IOException {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest r) {
            requests.incrementAndGet();
            int p = Integer.parseInt(r.getRequestUrl().queryParameter("page"));
            String body =
                page.replace("PAGE", String.valueOf(p))
                    .replace("NEXT", p < 100 ? String.valueOf(p + 1) : "null");
            return new MockResponse()
                .setHeader("Content-Type", "application/json")
                .setBody(body)
                .setHeadersDelay(latency.toMillis(), TimeUnit.MILLISECONDS);
          }
        });
    server.start();
    return server;
  }

  private static void listZone(String page, int concurrency, Duration latency) throws IOException {
    AtomicInteger requests = new AtomicInteger();
    try (MockWebServer server = serve(page, latency, requests);
        HcloudClient client =
            HcloudClient.builder()
                .endpoint(server.url("/v1").toString())
                .token("bench")
                .pageConcurrency(concurrency)
                .build()) {
      long start = System.nanoTime();
      List<Rrset> all = client.rrsets().list("example.com");
      long ms = (System.nanoTime() - start) / 1_000_000;
      System.out.printf(
          Locale.ROOT,
          "list 10,000 RRSets, %d ms/request, concurrency %d: %d RRSets, %d requests, %d ms%n",
          latency.toMillis(),
          concurrency,
          all.size(),
          requests.get(),
          ms);
    }
  }

  private static void throughput(String page) {
    String json = page.replace("PAGE", "1").replace("NEXT", "2");
    for (int i = 0; i < 3000; i++) {
      Json.gson().fromJson(json, RrsetListResponse.class);
    }
    int pages = 10000;
    long start = System.nanoTime();
    long rrsets = 0;
    for (int i = 0; i < pages; i++) {
      rrsets += Json.gson().fromJson(json, RrsetListResponse.class).rrsets().size();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "read RRSet pages (%d bytes each): %.0f pages/s, %.0f RRSets/s%n",
        json.length(),
        pages / seconds,
        rrsets / seconds);
  }

  private static void waitForActions(int n, int pollsUntilDone) throws Exception {
    AtomicInteger requests = new AtomicInteger();
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
              int poll = requests.incrementAndGet();
              List<String> ids = r.getRequestUrl().queryParameterValues("id");
              String status =
                  poll > pollsUntilDone * ((n + 99) / 100) - ((n + 99) / 100)
                      ? "success"
                      : "running";
              List<String> actions = new ArrayList<>();
              for (String id : ids) {
                actions.add(action(Long.parseLong(id), status));
              }
              return new MockResponse()
                  .setHeader("Content-Type", "application/json")
                  .setBody(
                      """
                      {"actions": [%s]}"""
                          .formatted(String.join(",", actions)));
            }
          });
      server.start();
      try (HcloudClient client =
          HcloudClient.builder()
              .endpoint(server.url("/v1").toString())
              .token("bench")
              .sleeper(Sleeper.SYSTEM)
              .poll(
                  new PollOptions(
                      Duration.ofMillis(1), Duration.ofMillis(1), 1, Duration.ofMinutes(1)))
              .build()) {
        List<Action> running = new ArrayList<>();
        for (long id = 1; id <= n; id++) {
          running.add(Json.gson().fromJson(action(id, "running"), Action.class));
        }
        long start = System.nanoTime();
        client.actionWaiter().waitFor(running);
        System.out.printf(
            Locale.ROOT,
            "wait for %d actions done after %d polls: %d requests (%d ids per request), %d ms%n",
            n,
            pollsUntilDone,
            requests.get(),
            100,
            (System.nanoTime() - start) / 1_000_000);
      }
    }
  }

  private static String action(long id, String status) {
    return """
        {"id": %d, "command": "set_rrset_records", "status": "%s", "progress": 0,
         "started": "2026-03-01T10:00:00Z", "finished": null, "resources": [], "error": null}"""
        .formatted(id, status);
  }
}
