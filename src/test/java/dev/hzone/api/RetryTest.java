package dev.hzone.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.api.cloud.Action;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.RrsetKey;
import java.time.Duration;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Scripted failure sequences: what is retried, how long the client waits, and when it gives up. */
class RetryTest {
  static final RrsetKey WWW = RrsetKey.of("www", RecordType.A);
  static final List<RecordValue> RECORDS = List.of(RecordValue.of("192.0.2.1"));

  final MockApi api = new MockApi();

  @AfterEach
  void close() throws Exception {
    api.close();
  }

  Action setRecords() {
    return api.client.rrsets().setRecords("example.com", WWW, RECORDS);
  }

  @Test
  void rateLimitWaitsAsRetryAfterSays() {
    api.enqueue(
        new MockResponse()
            .setResponseCode(429)
            .setHeader("Retry-After", "7")
            .setBody(
                """
                {"error":{"code":"rate_limit_exceeded","message":"limit","details":null}}"""));
    api.json(201, MockApi.actionResponse(1, "set_rrset_records", "running"));
    assertEquals(1, setRecords().id());
    assertEquals(List.of(Duration.ofSeconds(7)), api.time.sleeps());
    assertEquals(2, api.requestCount());
  }

  @Test
  void rateLimitWaitsForOneRequestOfRefillNotForTheFullReset() {
    long now = api.time.instant().getEpochSecond();
    api.enqueue(
        new MockResponse()
            .setResponseCode(429)
            .setHeader("RateLimit-Limit", "3600")
            .setHeader("RateLimit-Remaining", "0")
            .setHeader("RateLimit-Reset", String.valueOf(now + 3600))
            .setBody(
                """
                {"error":{"code":"rate_limit_exceeded","message":"limit","details":null}}"""));
    api.json(201, MockApi.actionResponse(1, "set_rrset_records", "running"));
    setRecords();
    // 3600 per hour refill one request per second; the pacer then knows the budget is empty too.
    assertEquals(Duration.ofSeconds(1), api.time.sleeps().get(0));
    assertEquals(2, api.requestCount());
  }

  @Test
  void rateLimitWaitsUntilResetWhenThatIsSooner() {
    long now = api.time.instant().getEpochSecond();
    api.enqueue(
        new MockResponse()
            .setResponseCode(429)
            .setHeader("RateLimit-Limit", "360")
            .setHeader("RateLimit-Remaining", "0")
            .setHeader("RateLimit-Reset", String.valueOf(now + 3))
            .setBody(
                """
                {"error":{"code":"rate_limit_exceeded","message":"limit","details":null}}"""));
    api.json(201, MockApi.actionResponse(1, "set_rrset_records", "running"));
    setRecords();
    assertEquals(Duration.ofSeconds(3), api.time.sleeps().get(0));
  }

  @Test
  void rateLimitWithoutHeadersBacksOff() {
    api.error(429, "rate_limit_exceeded", "limit");
    api.json(201, MockApi.actionResponse(1, "set_rrset_records", "running"));
    setRecords();
    assertEquals(List.of(Duration.ofSeconds(1)), api.time.sleeps());
  }

  @Test
  void conflictThenSuccess() {
    api.error(409, "conflict", "resource changed during the request");
    api.json(201, MockApi.actionResponse(1, "set_rrset_records", "running"));
    assertEquals(1, setRecords().id());
    assertEquals(List.of(Duration.ofSeconds(1)), api.time.sleeps());
    assertEquals("/v1/zones/example.com/rrsets/www/A/actions/set_records", api.take().getPath());
    var retried = api.take();
    assertEquals("POST", retried.getMethod());
    assertEquals(
        """
        {"records":[{"value":"192.0.2.1"}]}""",
        retried.getBody().readUtf8(),
        "body sent again");
  }

  @Test
  void lockedWaitsForTheRunningActionThenTriesAgain() {
    api.error(423, "locked", "zone is locked");
    api.json(
        200,
        """
        {"actions":[%s],"meta":%s}"""
            .formatted(
                MockApi.action(77, "import_zonefile", "running"), ZoneClientTest.EMPTY_META));
    api.json(
        200,
        """
        {"actions":[%s]}"""
            .formatted(MockApi.action(77, "import_zonefile", "running")));
    api.json(
        200,
        """
        {"actions":[%s]}"""
            .formatted(MockApi.action(77, "import_zonefile", "success")));
    api.json(201, MockApi.actionResponse(1, "set_rrset_records", "running"));
    assertEquals(1, setRecords().id());
    assertEquals("/v1/zones/example.com/rrsets/www/A/actions/set_records", api.take().getPath());
    assertEquals(
        "/v1/zones/example.com/actions?status=running&page=1&per_page=50", api.take().getPath());
    assertEquals("/v1/actions?id=77", api.take().getPath());
    assertEquals("/v1/actions?id=77", api.take().getPath());
    assertEquals("/v1/zones/example.com/rrsets/www/A/actions/set_records", api.take().getPath());
    assertEquals(
        List.of(Duration.ofMillis(500), Duration.ofMillis(750)),
        api.time.sleeps(),
        "only poll waits");
  }

  @Test
  void unavailableFiveTimesThenFailure() {
    for (int i = 0; i < 6; i++) {
      api.error(503, "unavailable", "service unavailable");
    }
    ApiException e = assertThrows(ApiException.class, this::setRecords);
    assertEquals(503, e.status());
    assertEquals(ErrorCode.UNAVAILABLE, e.code());
    assertEquals(5, api.requestCount(), "5 tries in all");
    assertEquals(
        List.of(
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(8)),
        api.time.sleeps());
    assertEquals(5, api.logs.size());
  }

  @Test
  void badGatewayWithoutJsonIsRetried() {
    api.enqueue(new MockResponse().setResponseCode(502).setBody("<html>bad gateway</html>"));
    api.json(201, MockApi.actionResponse(1, "set_rrset_records", "running"));
    setRecords();
    assertEquals(2, api.requestCount());
  }

  @Test
  void ioErrorBeforeAnAnswerIsRetried() {
    api.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    api.json(201, MockApi.actionResponse(1, "set_rrset_records", "running"));
    assertEquals(1, setRecords().id());
    assertEquals(List.of(Duration.ofSeconds(1)), api.time.sleeps());
    assertEquals(0, api.logs.get(0).status());
    assertTrue(api.logs.get(0).failure().isPresent());
  }

  @Test
  void unreachableApiIsATransportException() throws Exception {
    api.server.shutdown();
    ApiTransportException e = assertThrows(ApiTransportException.class, this::setRecords);
    assertTrue(
        e.getMessage().contains("POST /v1/zones/example.com/rrsets/www/A/actions/set_records"),
        e.getMessage());
    assertEquals(4, api.time.sleeps().size());
  }

  @Test
  void validationErrorsAreNotRetried() {
    api.json(
        422,
        """
        {"error": {"code": "invalid_input", "message": "invalid input in field 'records'",
          "details": {"fields": [{"name": "records", "messages": ["is invalid"]}]}}}
        """);
    ApiException e = assertThrows(ApiException.class, this::setRecords);
    assertEquals(ErrorCode.INVALID_INPUT, e.code());
    assertEquals(1, api.requestCount());
    assertEquals(List.of(), api.time.sleeps());
  }

  @Test
  void retryPolicyIsAPurePredicate() {
    assertEquals(RetryPolicy.Decision.BACKOFF, RetryPolicy.forResponse(409, ErrorCode.CONFLICT));
    assertEquals(RetryPolicy.Decision.BACKOFF, RetryPolicy.forResponse(504, ErrorCode.UNKNOWN));
    assertEquals(RetryPolicy.Decision.BACKOFF, RetryPolicy.forResponse(422, ErrorCode.TIMEOUT));
    assertEquals(RetryPolicy.Decision.RATE_LIMIT, RetryPolicy.forResponse(429, ErrorCode.UNKNOWN));
    assertEquals(
        RetryPolicy.Decision.AWAIT_ACTIONS, RetryPolicy.forResponse(423, ErrorCode.LOCKED));
    assertEquals(RetryPolicy.Decision.FAIL, RetryPolicy.forResponse(423, ErrorCode.PROTECTED));
    assertEquals(RetryPolicy.Decision.FAIL, RetryPolicy.forResponse(500, ErrorCode.SERVER_ERROR));
    assertEquals(
        RetryPolicy.Decision.FAIL, RetryPolicy.forResponse(409, ErrorCode.UNIQUENESS_ERROR));
  }

  @Test
  void aReadThatMetAServerErrorIsTriedAgainButAWriteIsNot() {
    assertEquals(
        RetryPolicy.Decision.BACKOFF, RetryPolicy.forResponse("GET", 500, ErrorCode.SERVER_ERROR));
    assertEquals(
        RetryPolicy.Decision.BACKOFF, RetryPolicy.forResponse("GET", 500, ErrorCode.UNKNOWN));
    assertEquals(
        RetryPolicy.Decision.FAIL, RetryPolicy.forResponse("POST", 500, ErrorCode.SERVER_ERROR));
    assertEquals(
        RetryPolicy.Decision.FAIL, RetryPolicy.forResponse("DELETE", 500, ErrorCode.SERVER_ERROR));
    assertEquals(
        RetryPolicy.Decision.FAIL, RetryPolicy.forResponse("GET", 404, ErrorCode.NOT_FOUND));
    assertEquals(
        RetryPolicy.Decision.FAIL, RetryPolicy.forResponse("GET", 401, ErrorCode.UNAUTHORIZED));

    api.error(500, "server_error", "internal server error");
    api.json(
        200,
        """
        {"actions": []}""");
    assertEquals(List.of(), api.client.actions().get(List.of(1L)));
    assertEquals(2, api.requestCount());

    api.error(500, "server_error", "internal server error");
    ApiException e = assertThrows(ApiException.class, this::setRecords);
    assertEquals(ErrorCode.SERVER_ERROR, e.code());
    assertEquals(3, api.requestCount(), "the POST was not repeated");
  }

  @Test
  void exponentialBackoffHasFullJitterBetweenBaseAndCap() {
    Backoff b =
        Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(60), new java.util.Random(7));
    assertEquals(Duration.ofSeconds(1), b.delay(0));
    for (int n = 1; n < 40; n++) {
      Duration d = b.delay(n);
      long ceiling = Math.min(60_000, 1000L << Math.min(n, 30));
      assertTrue(d.toMillis() >= 1000 && d.toMillis() <= ceiling, n + ": " + d);
    }
  }

  @Test
  void retryAfterAsAnHttpDate() {
    var now = java.time.Instant.parse("2026-03-01T10:00:00Z");
    assertEquals(
        Duration.ofSeconds(30),
        RetryInterceptor.retryAfter("Sun, 01 Mar 2026 10:00:30 GMT", now).orElseThrow());
  }
}
