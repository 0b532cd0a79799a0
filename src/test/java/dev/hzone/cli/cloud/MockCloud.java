package dev.hzone.cli.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A scripted API for the cloud command tests: the exchanges a command must make, in order, each
 * with the answer to give. {@link #verify} checks method, path with query, and body (as JSON) of
 * every request, and that no other request came.
 */
final class MockCloud implements AutoCloseable {
  static final String TOKEN = "t".repeat(64);

  /**
   * One request and its answer.
   *
   * @param method the expected method
   * @param path the expected path and query, e.g. {@code /v1/servers?name=web&page=1&per_page=50}
   * @param body the expected JSON body, {@code ""} for an empty one, null for "not checked"
   * @param status the answer's status
   * @param response the answer's body (empty for none)
   */
  record Exchange(String method, String path, String body, int status, String response) {
    @Override
    public String toString() {
      return method + " " + path + (body == null || body.isEmpty() ? "" : " " + body);
    }
  }

  final MockWebServer server = new MockWebServer();

  MockCloud(List<Exchange> script) {
    for (Exchange e : script) {
      MockResponse r = new MockResponse().setResponseCode(e.status());
      if (!e.response().isEmpty()) {
        r.setHeader("Content-Type", "application/json").setBody(e.response());
      }
      server.enqueue(r);
    }
    try {
      server.start();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The environment that points hzone at this server. */
  Map<String, String> env() {
    return Map.of("HCLOUD_ENDPOINT", server.url("/v1").toString(), "HCLOUD_TOKEN", TOKEN);
  }

  /** Checks that exactly the scripted requests came, in order. */
  void verify(List<Exchange> script, String transcript) throws InterruptedException {
    List<String> got = new ArrayList<>();
    for (int i = 0; i < server.getRequestCount(); i++) {
      RecordedRequest r = server.takeRequest(1, TimeUnit.SECONDS);
      String body = r.getBody().readString(StandardCharsets.UTF_8);
      got.add(r.getMethod() + " " + r.getPath() + (body.isEmpty() ? "" : " " + body));
      if (i < script.size()) {
        Exchange e = script.get(i);
        String where = "request " + (i + 1) + " of " + script + "\ngot " + got + "\n" + transcript;
        assertEquals(e.method() + " " + e.path(), r.getMethod() + " " + r.getPath(), where);
        assertEquals(bearer(), r.getHeader("Authorization"), where);
        if (e.body() != null) {
          if (e.body().isEmpty()) {
            assertEquals("", body, where);
          } else {
            assertEquals(JsonParser.parseString(e.body()), JsonParser.parseString(body), where);
          }
        }
      }
    }
    assertEquals(
        script.size(),
        got.size(),
        "requests: expected " + script + "\ngot " + got + "\n" + transcript);
    assertNull(server.takeRequest(10, TimeUnit.MILLISECONDS), "no further request");
  }

  private static String bearer() {
    return "Bearer " + TOKEN;
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
