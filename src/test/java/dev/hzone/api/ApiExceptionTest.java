package dev.hzone.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApiExceptionTest {
  final MockApi api = new MockApi();

  @AfterEach
  void close() throws Exception {
    api.close();
  }

  ApiException failGet(MockResponse r) {
    api.enqueue(r.setHeader("X-Correlation-Id", "abc-123"));
    return assertThrows(ApiException.class, () -> api.client.zones().list(ZoneListOptions.ALL));
  }

  @Test
  void invalidInputCarriesItsFields() {
    ApiException e =
        failGet(
            new MockResponse()
                .setResponseCode(422)
                .setBody(
                    """
        {"error": {"code": "invalid_input", "message": "invalid input in field 'name': is too long",
          "details": {"fields": [{"name": "name", "messages": ["is too long"]}]}}}"""));
    assertEquals(422, e.status());
    assertEquals(ErrorCode.INVALID_INPUT, e.code());
    assertEquals(List.of(new ApiException.FieldError("name", List.of("is too long"))), e.fields());
    assertEquals(Optional.of("abc-123"), e.correlationId());
    assertEquals(
        "invalid input in field 'name': is too long (invalid_input, HTTP 422, request id abc-123)",
        e.getMessage());
    assertTrue(e.is(ErrorCode.NOT_FOUND, ErrorCode.INVALID_INPUT));
    assertFalse(e.getMessage().contains(MockApi.TOKEN));
  }

  @Test
  void uniquenessAndLimitsDetails() {
    ApiException u =
        failGet(
            new MockResponse()
                .setResponseCode(409)
                .setBody(
                    """
        {"error": {"code": "uniqueness_error", "message": "SSH key with the same fingerprint already exists",
          "details": {"fields": [{"name": "public_key"}]}}}"""));
    assertEquals(List.of(new ApiException.FieldError("public_key", List.of())), u.fields());
    ApiException l =
        failGet(
            new MockResponse()
                .setResponseCode(403)
                .setBody(
                    """
        {"error": {"code": "resource_limit_exceeded", "message": "project limit exceeded",
          "details": {"limits": [{"name": "project_limit"}]}}}"""));
    assertEquals(List.of("project_limit"), l.limits());
  }

  @Test
  void unknownCodesAreKept() {
    ApiException e =
        failGet(
            new MockResponse()
                .setResponseCode(422)
                .setBody(
                    """
        {"error": {"code": "zone_too_shiny", "message": "too shiny", "details": {"glitter": 3}}}"""));
    assertEquals(ErrorCode.UNKNOWN, e.code());
    assertEquals("zone_too_shiny", e.rawCode());
    assertEquals("too shiny", e.apiMessage());
  }

  @Test
  void bodiesThatAreNotJsonStillGiveTheStatus() {
    // A read meeting a 500 is tried again (RetryPolicy); the fifth answer is the one reported.
    for (int i = 0; i < 4; i++) {
      api.enqueue(new MockResponse().setResponseCode(500).setBody("<h1>oops</h1>"));
    }
    ApiException e = failGet(new MockResponse().setResponseCode(500).setBody("<h1>oops</h1>"));
    assertEquals(5, api.requestCount());
    assertEquals(500, e.status());
    assertEquals("", e.rawCode());
    assertTrue(e.getMessage().contains("HTTP 500"), e.getMessage());
  }

  @Test
  void errorCodesMapBothWays() {
    for (ErrorCode c : ErrorCode.values()) {
      if (c != ErrorCode.UNKNOWN) {
        assertEquals(c, ErrorCode.fromApi(c.apiValue()));
      }
    }
    assertEquals(ErrorCode.RATE_LIMIT_EXCEEDED, ErrorCode.fromApi("limit_reached"));
  }
}
