package dev.hzone.sync.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.api.Backoff;
import dev.hzone.api.HcloudClient;
import dev.hzone.api.PollOptions;
import dev.hzone.api.RetryOptions;
import dev.hzone.sync.SyncFixtures;
import dev.hzone.sync.plan.Plan;
import dev.hzone.sync.plan.PlanOptions;
import dev.hzone.sync.plan.Strategy;
import dev.hzone.sync.plan.ZonePlan;
import dev.hzone.sync.plan.ZoneSettings;
import dev.hzone.sync.remote.HcloudDnsProvider;
import dev.hzone.sync.remote.Operation;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13.7 (ledger L-IMPORT-ERRORS): nothing says whether the live API refuses a bad zone file on
 * {@code import_zonefile} at once (422) or accepts it and fails the action. Either way the import's
 * change fails, naming the API's error code and message (the line the API names), and nothing after
 * it runs as if the import had happened.
 */
class ImportErrorsTest {
  private static final PollOptions FAST =
      new PollOptions(Duration.ofMillis(1), Duration.ofMillis(2), 1.5, Duration.ofMinutes(1));
  private static final String MESSAGE = "line 3: www IN A 192.0.2.300 is not an IPv4 address";

  private final MockWebServer server = new MockWebServer();
  private HcloudClient client;

  @BeforeEach
  void start() throws IOException {
    server.start();
    client =
        HcloudClient.builder()
            .endpoint(server.url("/v1").toString())
            .token("import-test-token")
            .retry(new RetryOptions(3, Backoff.NONE, Duration.ZERO))
            .sleeper(d -> {})
            .build();
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.shutdown();
  }

  private void answer(int status, String body) {
    server.enqueue(
        new MockResponse()
            .setResponseCode(status)
            .setHeader("Content-Type", "application/json")
            .setBody(body));
  }

  private static String action(long id, String status) {
    String error =
        status.equals("error")
            ? "{\"code\":\"invalid_zonefile\",\"message\":\"" + MESSAGE + "\"}"
            : "null";
    return "{\"id\":"
        + id
        + ",\"command\":\"import_zonefile\",\"status\":\""
        + status
        + "\",\"progress\":"
        + (status.equals("running") ? 0 : 100)
        + ",\"started\":\"2026-03-01T10:00:00Z\",\"finished\":"
        + (status.equals("running") ? "null" : "\"2026-03-01T10:00:02Z\"")
        + ",\"resources\":[{\"id\":4711,\"type\":\"zone\"}],\"error\":"
        + error
        + "}";
  }

  /** A forced import of one changed record: one import_zonefile and nothing else. */
  private ApplyResult applyImport() {
    ZonePlan z =
        SyncFixtures.plan(
            SyncFixtures.APEX + "www IN A 192.0.2.2\n",
            ZoneSettings.DEFAULT,
            SyncFixtures.APEX + "www IN A 192.0.2.1\n",
            PlanOptions.DEFAULT.withStrategy(Strategy.IMPORT));
    assertEquals(
        List.of("import_zonefile"),
        z.changes().stream()
            .flatMap(c -> c.operations().stream())
            .map(Operation::apiName)
            .toList());
    HcloudDnsProvider provider = new HcloudDnsProvider(client, () -> 0, Clock.systemUTC());
    return new Applier(provider, new Applier.Options(4), d -> {}, Clock.systemUTC(), FAST)
        .apply(new Plan(List.of(z)), ApplyListener.NONE);
  }

  @Test
  void aZoneFileRefusedAt422FailsTheImportWithTheApisLine() throws Exception {
    answer(
        422,
        "{\"error\":{\"code\":\"invalid_input\",\"message\":\"invalid input in field 'zonefile'\","
            + "\"details\":{\"fields\":[{\"name\":\"zonefile\",\"messages\":[\""
            + MESSAGE
            + "\"]}]}}}");
    ApplyResult r = applyImport();
    assertEquals(1, r.failures().size(), r::toString);
    String reason = r.failures().get(0).reason();
    assertTrue(reason.contains("invalid_input") || reason.contains("invalid input"), reason);
    assertTrue(reason.contains(MESSAGE), reason);
    RecordedRequest sent = server.takeRequest();
    assertEquals("/v1/zones/example.com/actions/import_zonefile", sent.getPath());
    assertEquals(1, server.getRequestCount(), "a refused zone file is not sent again");
  }

  @Test
  void aZoneFileWhoseActionFailsFailsTheImportWithTheApisLine() {
    // Sent, then sent once more as every failed action is (Applier), failing again.
    for (int attempt = 0; attempt < 2; attempt++) {
      answer(201, "{\"action\":" + action(10 + attempt, "running") + "}");
      answer(200, "{\"actions\":[" + action(10 + attempt, "error") + "]}");
    }
    ApplyResult r = applyImport();
    assertEquals(1, r.failures().size(), r::toString);
    String reason = r.failures().get(0).reason();
    assertTrue(reason.contains("invalid_zonefile"), reason);
    assertTrue(reason.contains(MESSAGE), reason);
    assertEquals(4, server.getRequestCount());
  }
}
