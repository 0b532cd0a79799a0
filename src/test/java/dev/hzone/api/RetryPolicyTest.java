package dev.hzone.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.RrsetKey;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client's retry policy at its two levels: which requests the client repeats itself, which
 * writes a caller may send again after the client gave up; and the lock wait, which asks through
 * the pipeline below the one it serves.
 */
class RetryPolicyTest {
  final MockApi api = new MockApi();

  @AfterEach
  void close() throws Exception {
    api.close();
  }

  private static ApiException answer(int status, String code) {
    return new ApiException(status, code, "message", List.of(), List.of(), Optional.empty());
  }

  @Test
  void aCallerMaySendAWriteAgainOnlyAfterAServerErrorThatLeftNothingDone() {
    assertTrue(RetryPolicy.maySendAgain(answer(500, "server_error")));
    assertTrue(RetryPolicy.maySendAgain(answer(500, "")), "a 500 without an error body");
    assertFalse(RetryPolicy.maySendAgain(answer(500, "invalid_input")));
    assertFalse(
        RetryPolicy.maySendAgain(answer(422, "invalid_input")), "a refusal stays a refusal");
    assertFalse(RetryPolicy.maySendAgain(answer(409, "uniqueness_error")));
    assertFalse(
        RetryPolicy.maySendAgain(answer(503, "unavailable")),
        "the client already tried it five times");
    assertFalse(
        RetryPolicy.maySendAgain(
            new ApiTransportException("POST /v1/zones failed: reset", new IOException("reset"))),
        "after an I/O error the write may have been done");
    assertFalse(RetryPolicy.maySendAgain(new IllegalStateException("not from the client")));
  }

  @Test
  void theClientRepeatsAServerErrorForReadsOnlyWhileTheCallerMayResendTheWrite() {
    // The two levels fit: what the client does not repeat for a write is what the caller may.
    assertEquals(
        RetryPolicy.Decision.FAIL, RetryPolicy.forResponse("POST", 500, ErrorCode.SERVER_ERROR));
    assertTrue(RetryPolicy.maySendAgain(answer(500, "server_error")));
    assertEquals(
        RetryPolicy.Decision.BACKOFF, RetryPolicy.forResponse("GET", 500, ErrorCode.SERVER_ERROR));
  }

  @Test
  void whatALockedWriteWaitsForIsAskedThroughThePipelineBelowWithItsOwnRetriesAndTheSameLog() {
    api.error(423, "locked", "zone is locked");
    api.error(503, "unavailable", "service unavailable");
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
            .formatted(MockApi.action(77, "import_zonefile", "success")));
    api.json(201, MockApi.actionResponse(1, "set_rrset_records", "running"));
    assertEquals(
        1,
        api.client
            .rrsets()
            .setRecords(
                "example.com",
                RrsetKey.of("www", RecordType.A),
                List.of(RecordValue.of("192.0.2.1")))
            .id());
    assertEquals("/v1/zones/example.com/rrsets/www/A/actions/set_records", api.take().getPath());
    assertEquals(
        "/v1/zones/example.com/actions?status=running&page=1&per_page=50", api.take().getPath());
    assertEquals(
        "/v1/zones/example.com/actions?status=running&page=1&per_page=50", api.take().getPath());
    assertEquals("/v1/actions?id=77", api.take().getPath());
    assertEquals("/v1/zones/example.com/rrsets/www/A/actions/set_records", api.take().getPath());
    assertEquals(
        Duration.ofSeconds(1),
        api.time.sleeps().get(0),
        "the 503 of the lock wait's read backed off");
    assertEquals(
        5, api.logs.size(), "every try, the lock wait's included, reaches the request log");
  }

  @Test
  void aLockThatOutlastsTheTriesIsReportedAsLocked() {
    for (int i = 0; i < 4; i++) {
      api.error(423, "locked", "zone is locked");
      api.json(
          200,
          """
          {"actions":[],"meta":%s}"""
              .formatted(ZoneClientTest.EMPTY_META));
    }
    api.error(423, "locked", "zone is locked");
    ApiException e =
        assertThrows(
            ApiException.class,
            () ->
                api.client
                    .rrsets()
                    .setRecords(
                        "example.com",
                        RrsetKey.of("www", RecordType.A),
                        List.of(RecordValue.of("192.0.2.1"))));
    assertEquals(ErrorCode.LOCKED, e.code());
    // Five tries; between them the lock wait found nothing running and the back-off was waited
    // instead.
    assertEquals(9, api.requestCount());
    assertEquals(
        List.of(
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(8)),
        api.time.sleeps());
  }
}
