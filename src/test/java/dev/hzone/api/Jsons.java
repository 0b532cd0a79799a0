package dev.hzone.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import okhttp3.mockwebserver.RecordedRequest;

/** JSON assertions for tests. */
final class Jsons {
  private Jsons() {}

  /** Asserts the request's body is the JSON {@code expected} (key order and spacing ignored). */
  static void assertBody(String expected, RecordedRequest request) {
    assertBody(JsonParser.parseString(expected), request);
  }

  static void assertBody(JsonElement expected, RecordedRequest request) {
    assertEquals("application/json; charset=UTF-8", request.getHeader("Content-Type"));
    assertEquals(
        expected,
        JsonParser.parseString(request.getBody().readUtf8()),
        "body of " + request.getPath());
  }
}
