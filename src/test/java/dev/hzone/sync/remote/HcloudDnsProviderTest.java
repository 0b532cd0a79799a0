package dev.hzone.sync.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.api.ApiException;
import dev.hzone.api.Backoff;
import dev.hzone.api.HcloudClient;
import dev.hzone.api.RetryOptions;
import dev.hzone.api.RetryPolicy;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A repeated request whose first try did happen (its answer was lost, the client sent it again) is
 * refused by the API as a duplicate; the provider checks the RRSet as it is and reports the
 * operation done, not failed (common.md, "Retries"). Refusals that do not match what the operation
 * wanted stay failures.
 */
class HcloudDnsProviderTest {
  private static final RrsetKey WWW = RrsetKey.of("www", RecordType.A);
  private final MockWebServer server = new MockWebServer();
  private HcloudClient client;
  private HcloudDnsProvider provider;

  @BeforeEach
  void start() throws IOException {
    server.start();
    client =
        HcloudClient.builder()
            .endpoint(server.url("/v1").toString())
            .token("provider-test-token")
            .retry(new RetryOptions(5, Backoff.NONE, Duration.ZERO))
            .sleeper(d -> {})
            .build();
    provider = new HcloudDnsProvider(client, () -> 0, Clock.systemUTC());
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

  private void error(int status, String code, String message) {
    answer(
        status,
        "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"details\":null}}");
  }

  private void lostAnswer() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
  }

  private static String rrset(String... values) {
    StringBuilder records = new StringBuilder();
    for (String v : values) {
      records
          .append(records.length() == 0 ? "" : ",")
          .append("{\"value\":\"")
          .append(v)
          .append("\",\"comment\":\"\"}");
    }
    return "{\"rrset\":{\"id\":\"www/A\",\"name\":\"www\",\"type\":\"A\",\"ttl\":null,\"labels\":{},"
        + "\"protection\":{\"change\":false},\"records\":["
        + records
        + "],\"zone\":4711}}";
  }

  @Test
  void aDeleteRepeatedAfterItsAnswerWasLostIsDone() {
    lostAnswer();
    error(404, "not_found", "RRSet www/A not found");
    error(404, "not_found", "RRSet www/A not found");
    assertEquals(Optional.empty(), provider.execute("example.com", new Operation.DeleteRrset(WWW)));
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void aCreateRefusedAsADuplicateIsDoneWhenTheRrsetIsWhatItWanted() {
    error(409, "uniqueness_error", "RRSet www/A already exists");
    answer(200, rrset("192.0.2.1"));
    Rrset want = Rrset.of(WWW, OptionalInt.empty(), List.of(RecordValue.of("192.0.2.1")));
    assertEquals(
        Optional.empty(), provider.execute("example.com", new Operation.CreateRrset(want)));
  }

  @Test
  void aCreateRefusedWithAny409IsDoneWhenTheRrsetIsWhatItWanted() {
    // Ledger L-RRSET-EXISTS: the live answer is known as HTTP 409 only; "conflict" is retried
    // first.
    for (int i = 0; i < 5; i++) {
      error(409, "conflict", "RRSet www/A already exists");
    }
    answer(200, rrset("192.0.2.1"));
    Rrset want = Rrset.of(WWW, OptionalInt.empty(), List.of(RecordValue.of("192.0.2.1")));
    assertEquals(
        Optional.empty(), provider.execute("example.com", new Operation.CreateRrset(want)));
    assertEquals(6, server.getRequestCount(), "5 tries of the create, then the RRSet read");
  }

  @Test
  void aCreateRefusedAsADuplicateOfSomethingElseFails() {
    error(409, "uniqueness_error", "RRSet www/A already exists");
    answer(200, rrset("192.0.2.99"));
    Rrset want = Rrset.of(WWW, OptionalInt.empty(), List.of(RecordValue.of("192.0.2.1")));
    assertThrows(
        ApiException.class, () -> provider.execute("example.com", new Operation.CreateRrset(want)));
  }

  @Test
  void addedValuesRefusedAsPresentAreDoneWhenAllAreThere() {
    error(422, "invalid_input", "record value '192.0.2.2' already exists in RRSet www/A");
    answer(200, rrset("192.0.2.1", "192.0.2.2"));
    assertEquals(
        Optional.empty(),
        provider.execute(
            "example.com", new Operation.AddRecords(WWW, List.of(RecordValue.of("192.0.2.2")))));
  }

  @Test
  void onlyServerErrorsMaySendAnOperationAgain() {
    error(500, "server_error", "internal server error");
    ApiException server500 =
        assertThrows(
            ApiException.class,
            () -> provider.execute("example.com", new Operation.DeleteRrset(WWW)));
    assertTrue(RetryPolicy.maySendAgain(server500));
    error(422, "invalid_input", "bad");
    ApiException refused =
        assertThrows(
            ApiException.class,
            () -> provider.execute("example.com", new Operation.DeleteRrset(WWW)));
    assertFalse(RetryPolicy.maySendAgain(refused));
  }
}
