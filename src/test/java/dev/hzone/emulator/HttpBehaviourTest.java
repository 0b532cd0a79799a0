package dev.hzone.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every request goes through: authentication, rate-limit headers, routing errors, latency,
 * faults, log.
 */
class HttpBehaviourTest {

  @Test
  void refusesRequestsWithoutTheToken() {
    try (TestEmulator t = TestEmulator.start()) {
      ApiTestClient.Response none = t.api.send("GET", "/zones", null, null);
      assertEquals(401, none.status());
      assertEquals("unauthorized", none.errorCode());
      assertTrue(none.text().contains("token is required"));
      ApiTestClient.Response wrong = t.api.send("GET", "/zones", null, "nope");
      assertEquals(401, wrong.status());
      assertTrue(wrong.text().contains("invalid"));
      assertTrue(!wrong.text().contains(TestEmulator.TOKEN), "the token never appears in answers");
    }
  }

  @Test
  void unknownPathsAnswerNotFoundNamingThePathEvenWithoutToken() {
    try (TestEmulator t = TestEmulator.start()) {
      ApiTestClient.Response r = t.api.send("GET", "/no_such_things", null, null);
      assertEquals(404, r.status());
      assertEquals("not_found", r.errorCode());
      assertTrue(r.text().contains("/v1/no_such_things"), r.text());
      ApiTestClient.Response m = t.api.send("PATCH", "/zones", "{}", TestEmulator.TOKEN);
      assertEquals(405, m.status());
      assertEquals("method_not_allowed", m.errorCode());
    }
  }

  @Test
  void sendsRateLimitHeadersThatCountDown() {
    try (TestEmulator t = TestEmulator.start()) {
      ApiTestClient.Response a = t.api.get("/zones");
      ApiTestClient.Response b = t.api.get("/zones");
      assertEquals("3600", a.header("RateLimit-Limit").orElseThrow());
      int ra = Integer.parseInt(a.header("RateLimit-Remaining").orElseThrow());
      int rb = Integer.parseInt(b.header("RateLimit-Remaining").orElseThrow());
      assertEquals(ra - 1, rb);
      long reset = Long.parseLong(b.header("RateLimit-Reset").orElseThrow());
      assertEquals(
          TestEmulator.START.getEpochSecond() + 2,
          reset,
          "two spent requests refill in two seconds");
      assertTrue(a.header("X-Correlation-Id").isPresent());
    }
  }

  @Test
  void answers429WhenTheBudgetIsSpent() {
    InetAddress lo = InetAddress.getLoopbackAddress();
    EmulatorOptions o =
        EmulatorOptions.defaults().withListen(new InetSocketAddress(lo, 0)).withToken("t");
    try (Emulator emu = Emulator.builder(o).noDns().rateLimit(3).start()) {
      ApiTestClient api = new ApiTestClient(emu.apiEndpoint(), "t");
      for (int i = 0; i < 3; i++) {
        assertEquals(200, api.get("/locations").status());
      }
      ApiTestClient.Response spent = api.get("/locations");
      assertEquals(429, spent.status());
      assertEquals("rate_limit_exceeded", spent.errorCode());
      assertEquals("0", spent.header("RateLimit-Remaining").orElseThrow());
      assertEquals(
          401,
          api.send("GET", "/zones", null, null).status(),
          "without a token: a budget of its own");
    }
  }

  @Test
  void waitsTheConfiguredLatency() {
    List<Duration> waited = new ArrayList<>();
    InetAddress lo = InetAddress.getLoopbackAddress();
    EmulatorOptions o =
        EmulatorOptions.defaults()
            .withListen(new InetSocketAddress(lo, 0))
            .withToken("t")
            .withLatency(Duration.ofMillis(70));
    try (Emulator emu = Emulator.builder(o).noDns().sleeper(waited::add).start()) {
      new ApiTestClient(emu.apiEndpoint(), "t").get("/locations");
    }
    assertEquals(List.of(Duration.ofMillis(70)), waited);
  }

  @Test
  void writesOneAccessLogLinePerRequest(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("access.log");
    try (TestEmulator t = TestEmulator.start(o -> o.withAccessLog(log))) {
      t.api.post("/zones", "{\"name\":\"example.com\",\"mode\":\"primary\"}");
      t.api.get("/zones?name=example.com&per_page=5");
      t.api.send("GET", "/zones", null, null);
      assertEquals(
          List.of(
              "POST /v1/zones 201",
              "GET /v1/zones?name=example.com&per_page=5 200",
              "GET /v1/zones 401"),
          Files.readAllLines(log));
    }
  }

  /** Status codes of a fixed sequence of requests against an emulator with faults. */
  private static List<String> run(long seed) {
    List<String> out = new ArrayList<>();
    try (TestEmulator t = TestEmulator.start(o -> o.withFaults(0.5, seed))) {
      for (int i = 0; i < 40; i++) {
        try {
          ApiTestClient.Response r =
              i % 2 == 0
                  ? t.api.get("/zones")
                  : t.api.post("/zones", "{\"name\":\"z" + i + ".com\",\"mode\":\"primary\"}");
          String status = Integer.toString(r.status());
          if (r.status() == 201) {
            status +=
                " "
                    + t.api
                        .get("/actions/" + r.json().getAsJsonObject("action").get("id").getAsLong())
                        .text()
                        .replaceAll(".*\"status\":\"(\\w+)\".*", "$1");
          }
          out.add(status);
        } catch (UncheckedIOException dropped) {
          out.add("dropped");
        }
      }
    }
    return out;
  }

  @Test
  void injectsTheSameFaultsForTheSameSeed() {
    List<String> first = run(7);
    assertEquals(first, run(7));
    assertNotEquals(first, run(8));
    String all = String.join(",", first);
    assertTrue(
        all.contains("dropped")
            || all.contains("50")
            || all.contains("429")
            || all.contains("409")
            || all.contains("423"),
        all);
    assertTrue(first.stream().anyMatch(s -> s.startsWith("200")), all);
  }

  @Test
  void countsEveryInjectedFaultByKind(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("access.log");
    try (TestEmulator t = TestEmulator.start(o -> o.withFaults(0.5, 11).withAccessLog(log))) {
      java.util.Map<String, Integer> seen = new java.util.TreeMap<>();
      for (int i = 0; i < 60; i++) {
        try {
          ApiTestClient.Response r =
              i % 2 == 0
                  ? t.api.get("/zones")
                  : t.api.post("/zones", "{\"name\":\"z" + i + ".com\",\"mode\":\"primary\"}");
          if (r.status() == 201 && r.json().getAsJsonObject("action").get("error").isJsonObject()) {
            seen.merge("action_error", 1, Integer::sum);
          }
        } catch (UncheckedIOException dropped) {
          // counted from the log: the JDK client asks again for some of them on its own
        }
      }
      for (String line : Files.readAllLines(log)) {
        String status = line.substring(line.lastIndexOf(' ') + 1);
        if (!status.equals("200") && !status.equals("201")) {
          seen.merge(status.equals("000") ? "dropped" : status, 1, Integer::sum);
        }
      }
      java.util.Map<String, Integer> counted = new java.util.TreeMap<>();
      t.emulator
          .injectedFaults()
          .forEach(
              (kind, n) ->
                  counted.put(
                      switch (kind) {
                        case CONNECTION_DROPPED -> "dropped";
                        case ACTION_ERROR -> "action_error";
                        default -> Integer.toString(kind.toError().status());
                      },
                      n.intValue()));
      assertEquals(seen, counted);
      assertTrue(counted.size() >= 6, counted::toString);
    }
  }

  /** A read answered for real: faults make GETs fail with 429/5xx or drop, so ask again. */
  private static ApiTestClient.Response real(TestEmulator t, String path) {
    for (int i = 0; i < 200; i++) {
      try {
        ApiTestClient.Response r = t.api.get(path);
        if (r.status() == 200 || r.status() == 404) {
          return r;
        }
      } catch (UncheckedIOException dropped) {
        // asked again
      }
    }
    throw new AssertionError("no real answer to " + path);
  }

  @Test
  void aFailedActionChangesNothingAndADroppedAnswerStillHappened() {
    try (TestEmulator t = TestEmulator.start(o -> o.withFaults(0.6, 3))) {
      int failedActions = 0;
      int dropped = 0;
      for (int i = 0; i < 300 && (failedActions == 0 || dropped == 0); i++) {
        String name = "z" + i + ".com";
        try {
          ApiTestClient.Response r =
              t.api.post("/zones", "{\"name\":\"" + name + "\",\"mode\":\"primary\"}");
          if (r.status() != 201) {
            continue;
          }
          long id = r.json().getAsJsonObject("action").get("id").getAsLong();
          var action = real(t, "/actions/" + id).json().getAsJsonObject("action");
          if (action.get("status").getAsString().equals("error")) {
            failedActions++;
            assertEquals(
                "action_failed", action.getAsJsonObject("error").get("code").getAsString());
            assertEquals(
                404, real(t, "/zones/" + name).status(), "a failed create_zone creates nothing");
          } else {
            assertEquals(200, real(t, "/zones/" + name).status());
          }
        } catch (UncheckedIOException e) {
          dropped++;
          assertEquals(
              200, real(t, "/zones/" + name).status(), "the dropped request was carried out");
        }
      }
      assertTrue(
          failedActions > 0 && dropped > 0,
          "failed actions " + failedActions + ", dropped " + dropped);
    }
  }

  @Test
  void rejectsATokenWithSpaces() {
    assertThrows(IllegalArgumentException.class, () -> EmulatorOptions.defaults().withToken("a b"));
  }
}
