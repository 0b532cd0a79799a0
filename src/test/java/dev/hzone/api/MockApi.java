package dev.hzone.api;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Assertions;

/**
 * A MockWebServer with a client pointed at it: fake time (no real waits), back-off of 1 s, 2 s, 4
 * s... without jitter, and every request log kept. {@link #take()} returns the next request; {@link
 * #close()} checks that no request came that the test did not look at.
 */
final class MockApi implements AutoCloseable {
  static final String TOKEN = "secret-token-0123456789";

  final MockWebServer server = new MockWebServer();
  final FakeTime time = new FakeTime();
  final List<RequestLog> logs = new ArrayList<>();
  final HcloudClient client;

  MockApi() {
    this(HcloudClient.builder());
  }

  MockApi(HcloudClient.Builder builder) {
    try {
      server.start();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    client =
        builder
            .endpoint(server.url("/v1").toString())
            .token(TOKEN)
            .clock(time)
            .sleeper(time)
            .retry(new RetryOptions(5, n -> Duration.ofSeconds(1L << n), Duration.ofSeconds(60)))
            .requestListener(
                log -> {
                  synchronized (logs) {
                    logs.add(log);
                  }
                })
            .build();
  }

  /** Queues a JSON answer. */
  MockApi json(int status, String body) {
    server.enqueue(
        new MockResponse()
            .setResponseCode(status)
            .setHeader("Content-Type", "application/json")
            .setBody(body));
    return this;
  }

  /** Queues an error answer with the API's error body. */
  MockApi error(int status, String code, String message) {
    return json(
        status,
        """
        {"error": {"code": "%s", "message": "%s", "details": null}}"""
            .formatted(code, message));
  }

  MockApi enqueue(MockResponse r) {
    server.enqueue(r);
    return this;
  }

  /** The next request the server got (fails if none came within a second). */
  RecordedRequest take() {
    try {
      RecordedRequest r = server.takeRequest(1, TimeUnit.SECONDS);
      Assertions.assertNotNull(r, "expected another request");
      return r;
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  int requestCount() {
    return server.getRequestCount();
  }

  @Override
  public void close() throws IOException {
    client.close();
    server.shutdown();
  }

  /** An action JSON object. */
  static String action(long id, String command, String status) {
    String finished = status.equals("running") ? "null" : "\"2026-03-01T10:00:02Z\"";
    String error =
        status.equals("error")
            ? """
              {"code": "action_failed", "message": "Action failed"}"""
            : "null";
    return """
        {"id": %d, "command": "%s", "status": "%s", "progress": %d, "started": "2026-03-01T10:00:00Z",
         "finished": %s, "resources": [{"id": 4711, "type": "zone"}], "error": %s}"""
        .formatted(id, command, status, status.equals("running") ? 0 : 100, finished, error);
  }

  static String actionResponse(long id, String command, String status) {
    return """
           {"action":%s}"""
        .formatted(action(id, command, status));
  }
}
