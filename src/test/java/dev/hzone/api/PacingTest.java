package dev.hzone.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import okhttp3.Headers;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PacingTest {
  final MockApi api = new MockApi();

  @AfterEach
  void close() throws Exception {
    api.close();
  }

  MockResponse zone(int remaining) {
    long reset = api.time.instant().getEpochSecond() + 3600 - remaining;
    return new MockResponse()
        .setHeader("Content-Type", "application/json")
        .setHeader("RateLimit-Limit", "3600")
        .setHeader("RateLimit-Remaining", String.valueOf(remaining))
        .setHeader("RateLimit-Reset", String.valueOf(reset))
        .setBody(
            """
            {"zone":%s}"""
                .formatted(ZoneClientTest.ZONE));
  }

  @Test
  void budgetIsExposedFromTheHeaders() {
    assertEquals(java.util.Optional.empty(), api.client.rateLimit());
    api.enqueue(zone(1234));
    api.client.zones().get("example.com");
    RateLimitBudget b = api.client.rateLimit().orElseThrow();
    assertEquals(3600, b.limit());
    assertEquals(1234, b.remaining());
    assertEquals(Duration.ofSeconds(1), b.refillInterval());
    assertEquals(1244, b.remainingAt(b.observed().plusSeconds(10)));
    assertEquals(Duration.ofSeconds(766), b.waitFor(2000, b.observed()));
    assertEquals(List.of(), api.time.sleeps(), "no pacing with budget left");
  }

  @Test
  void slowsToTheRefillRateInsteadOfRunningIntoTheLimit() {
    api.enqueue(zone(0));
    api.enqueue(zone(0));
    api.enqueue(zone(0));
    api.client.zones().get("example.com");
    api.client.zones().get("example.com");
    api.client.zones().get("example.com");
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), api.time.sleeps());
    assertEquals(3, api.requestCount());
  }

  @Test
  void requestsInFlightQueueBehindEachOther() {
    RateLimitPacer pacer = new RateLimitPacer(api.time);
    Instant now = api.time.instant();
    pacer.release(
        Headers.of(
            "RateLimit-Limit",
            "3600",
            "RateLimit-Remaining",
            "2",
            "RateLimit-Reset",
            String.valueOf(now.getEpochSecond() + 10)));
    assertEquals(
        List.of(Duration.ZERO, Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(2)),
        List.of(pacer.reserve(), pacer.reserve(), pacer.reserve(), pacer.reserve()));
  }

  @Test
  void anAnswerThatArrivesLateDoesNotRaiseTheBudget() {
    RateLimitPacer pacer = new RateLimitPacer(api.time);
    String reset = String.valueOf(api.time.instant().getEpochSecond() + 10);
    pacer.release(
        Headers.of("RateLimit-Limit", "20", "RateLimit-Remaining", "13", "RateLimit-Reset", reset));
    pacer.release(
        Headers.of("RateLimit-Limit", "20", "RateLimit-Remaining", "15", "RateLimit-Reset", reset));
    assertEquals(13, pacer.budget().orElseThrow().remaining());
    pacer.release(
        Headers.of("RateLimit-Limit", "20", "RateLimit-Remaining", "12", "RateLimit-Reset", reset));
    assertEquals(12, pacer.budget().orElseThrow().remaining());
  }

  @Test
  void ignoresMissingOrBrokenHeaders() {
    assertEquals(
        java.util.Optional.empty(),
        RateLimitPacer.parse(
            Headers.of("RateLimit-Limit", "x", "RateLimit-Remaining", "1", "RateLimit-Reset", "2"),
            Instant.EPOCH));
    assertEquals(java.util.Optional.empty(), RateLimitPacer.parse(Headers.of(), Instant.EPOCH));
  }

  @Test
  void aReserveIsKeptUnspentByPacingAboveIt() {
    api.enqueue(zone(12));
    api.enqueue(zone(11));
    api.enqueue(zone(10));
    api.enqueue(zone(10));
    api.client.reserveRateLimit(10);
    api.client.zones().get("example.com"); // budget unknown: goes at once
    api.client.zones().get("example.com"); // 12 left, 2 above the reserve: goes at once
    api.client.zones().get("example.com"); // 11 left, 1 above: goes at once
    api.client.zones().get("example.com"); // 10 left, none above: waits for one refill
    assertEquals(List.of(Duration.ofSeconds(1)), api.time.sleeps());
  }

  @Test
  void requestsQueueAboveTheReserve() {
    RateLimitPacer pacer = new RateLimitPacer(api.time);
    pacer.keepInReserve(5);
    pacer.release(
        Headers.of(
            "RateLimit-Limit",
            "3600",
            "RateLimit-Remaining",
            "6",
            "RateLimit-Reset",
            String.valueOf(api.time.instant().getEpochSecond() + 3594)));
    assertEquals(
        List.of(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(2)),
        List.of(pacer.reserve(), pacer.reserve(), pacer.reserve()));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> pacer.keepInReserve(-1));
  }
}
