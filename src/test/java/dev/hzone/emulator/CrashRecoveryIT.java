package dev.hzone.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a separately started emulator ({@code java -jar target/hzone.jar emulator}) with SIGKILL in
 * the middle of a burst of concurrent writes, restarts it on the same {@code --state}, and checks
 * that it starts cleanly and that every write that was answered (its action finished) is there. The
 * second test does it three times in a row on the same state, with creates, changes and deletes of
 * RRSets and of whole zones: after each restart every name holds what its last answered request
 * left, or what a request still in flight at the kill would have left, and nothing else.
 */
class CrashRecoveryIT {
  private static final String TOKEN = "crash-test-token";
  private static final Pattern READY =
      Pattern.compile("hzone emulator: api (http://\\S+/v1) dns \\S+");

  @TempDir Path dir;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private record Running(Process process, String endpoint) {}

  private Running start() throws IOException {
    Path jar = Path.of("target/hzone.jar").toAbsolutePath();
    assertTrue(Files.exists(jar), "run in 'mvn verify' after the jar is packaged: " + jar);
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-jar",
                jar.toString(),
                "emulator",
                "--listen",
                "127.0.0.1:0",
                "--dns-listen",
                "127.0.0.1:0",
                "--state",
                dir.resolve("state").toString(),
                "--token",
                TOKEN,
                "--action-ms",
                "0")
            .redirectError(dir.resolve("stderr-" + System.nanoTime() + ".txt").toFile())
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    assertTrue(line != null, "the emulator ended without a ready line");
    Matcher m = READY.matcher(line);
    assertTrue(m.matches(), line);
    return new Running(p, m.group(1));
  }

  private HttpResponse<String> send(String endpoint, String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(endpoint + path))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", "Bearer " + TOKEN)
            .header("Content-Type", "application/json");
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void losesNoAnsweredWriteWhenKilledDuringABurst() throws Exception {
    Running first = start();
    try {
      burstKillAndRestart(first);
    } finally {
      first.process().destroyForcibly();
    }
  }

  private void burstKillAndRestart(Running first) throws Exception {
    for (int z = 0; z < 4; z++) {
      assertEquals(
          201,
          send(
                  first.endpoint(),
                  "POST",
                  "/zones",
                  "{\"name\":\"crash" + z + ".com\"," + "\"mode\":\"primary\"}")
              .statusCode());
    }
    Map<String, Long> answered = new ConcurrentHashMap<>();
    AtomicBoolean go = new AtomicBoolean(true);
    AtomicInteger count = new AtomicInteger();
    List<Thread> writers = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      int zone = w;
      Thread t =
          new Thread(
              () -> {
                for (int i = 0; go.get(); i++) {
                  String value = "192.0.2." + (i % 250 + 1);
                  String name = "h" + (i / 250);
                  try {
                    HttpResponse<String> r =
                        send(
                            first.endpoint(),
                            "POST",
                            "/zones/crash"
                                + zone
                                + ".com/rrsets/"
                                + name
                                + "/A/actions/add_records",
                            "{\"records\":[{\"value\":\"" + value + "\"}]}");
                    if (r.statusCode() == 201) {
                      JsonObject action =
                          JsonParser.parseString(r.body())
                              .getAsJsonObject()
                              .getAsJsonObject("action");
                      assertEquals("success", action.get("status").getAsString());
                      answered.put(
                          "crash" + zone + ".com " + name + " " + value,
                          action.get("id").getAsLong());
                      count.incrementAndGet();
                    }
                  } catch (IOException | InterruptedException e) {
                    return; // the emulator is gone
                  }
                }
              });
      writers.add(t);
      t.start();
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (count.get() < 300 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    first.process().destroyForcibly(); // SIGKILL: no shutdown hook, no flush
    assertTrue(first.process().waitFor(20, TimeUnit.SECONDS));
    assertEquals(137, first.process().exitValue(), "killed by SIGKILL");
    go.set(false);
    for (Thread t : writers) {
      t.join(20_000);
    }
    assertTrue(answered.size() >= 300, "writes answered before the kill: " + answered.size());

    Running second = start();
    try {
      for (Map.Entry<String, Long> e : answered.entrySet()) {
        String[] k = e.getKey().split(" ");
        HttpResponse<String> r =
            send(second.endpoint(), "GET", "/zones/" + k[0] + "/rrsets/" + k[1] + "/A", null);
        assertEquals(200, r.statusCode(), e.getKey() + ": " + r.body());
        assertTrue(r.body().contains("\"" + k[2] + "\""), e.getKey() + " lost: " + r.body());
        HttpResponse<String> a = send(second.endpoint(), "GET", "/actions/" + e.getValue(), null);
        assertTrue(a.body().contains("\"status\":\"success\""), a.body());
      }
      long maxAnswered = answered.values().stream().mapToLong(Long::longValue).max().orElseThrow();
      HttpResponse<String> more =
          send(
              second.endpoint(),
              "POST",
              "/zones/crash0.com/rrsets/after/A/actions/" + "add_records",
              "{\"records\":[{\"value\":\"198.51.100.1\"}]}");
      assertEquals(201, more.statusCode(), more.body());
      long next =
          JsonParser.parseString(more.body())
              .getAsJsonObject()
              .getAsJsonObject("action")
              .get("id")
              .getAsLong();
      assertTrue(next > maxAnswered, "IDs are not reused after the crash");
    } finally {
      second.process().destroy();
      second.process().waitFor(20, TimeUnit.SECONDS);
    }
  }

  /**
   * What a name may hold after a crash: each state answered last, or the one of a request still in
   * flight.
   */
  private static final class Expectation {
    private final Map<String, java.util.Set<String>> allowed = new ConcurrentHashMap<>();

    /**
     * A request for {@code name} is about to go out: until answered, {@code next} is possible too.
     */
    void sending(String name, String next) {
      allowed
          .computeIfAbsent(name, k -> new java.util.HashSet<>(java.util.Set.of("absent")))
          .add(next);
    }

    /** The request was answered: {@code state} is what the name holds now. */
    void answered(String name, String state) {
      allowed.put(name, new java.util.HashSet<>(java.util.Set.of(state)));
    }

    Map<String, java.util.Set<String>> all() {
      return allowed;
    }
  }

  /**
   * One writer's loop over its own zone: create a TXT RRSet, change it, delete the one before; new
   * zones.
   */
  private Thread writer(
      String endpoint,
      int w,
      AtomicBoolean go,
      AtomicInteger answered,
      Expectation rrsets,
      Expectation zones,
      int round) {
    return new Thread(
        () -> {
          String zone = "crash" + w + ".com";
          try {
            for (int i = 0; go.get(); i++) {
              String name = "r" + round + "n" + i;
              String key = zone + " " + name;
              rrsets.sending(key, "a" + i);
              HttpResponse<String> c =
                  send(
                      endpoint,
                      "POST",
                      "/zones/" + zone + "/rrsets",
                      "{\"name\":\""
                          + name
                          + "\",\"type\":\"TXT\",\"records\":[{\"value\":\"\\\"a"
                          + i
                          + "\\\"\"}]}");
              if (c.statusCode() == 201) {
                rrsets.answered(key, "a" + i);
                answered.incrementAndGet();
              }
              rrsets.sending(key, "b" + i);
              HttpResponse<String> u =
                  send(
                      endpoint,
                      "POST",
                      "/zones/" + zone + "/rrsets/" + name + "/TXT/actions/set_records",
                      "{\"records\":[{\"value\":\"\\\"b" + i + "\\\"\"}]}");
              if (u.statusCode() == 201) {
                rrsets.answered(key, "b" + i);
                answered.incrementAndGet();
              }
              if (i > 0) {
                String prev = zone + " r" + round + "n" + (i - 1);
                rrsets.sending(prev, "absent");
                HttpResponse<String> d =
                    send(
                        endpoint,
                        "DELETE",
                        "/zones/" + zone + "/rrsets/r" + round + "n" + (i - 1) + "/TXT",
                        null);
                if (d.statusCode() == 201) {
                  rrsets.answered(prev, "absent");
                  answered.incrementAndGet();
                }
              }
              if (i % 10 == 0) {
                String extra = "extra" + w + "r" + round + "i" + i + ".com";
                zones.sending(extra, "present");
                if (send(
                            endpoint,
                            "POST",
                            "/zones",
                            "{\"name\":\"" + extra + "\",\"mode\":\"primary\"}")
                        .statusCode()
                    == 201) {
                  zones.answered(extra, "present");
                  answered.incrementAndGet();
                }
                if (i > 0) {
                  String old = "extra" + w + "r" + round + "i" + (i - 10) + ".com";
                  zones.sending(old, "absent");
                  if (send(endpoint, "DELETE", "/zones/" + old, null).statusCode() == 201) {
                    zones.answered(old, "absent");
                    answered.incrementAndGet();
                  }
                }
              }
            }
          } catch (IOException | InterruptedException e) {
            // the emulator is gone
          }
        });
  }

  /** The state of a TXT RRSet as its value, or "absent". */
  private String rrsetState(String endpoint, String zone, String name)
      throws IOException, InterruptedException {
    HttpResponse<String> r =
        send(endpoint, "GET", "/zones/" + zone + "/rrsets/" + name + "/TXT", null);
    if (r.statusCode() == 404) {
      return "absent";
    }
    assertEquals(200, r.statusCode(), r.body());
    return JsonParser.parseString(r.body())
        .getAsJsonObject()
        .getAsJsonObject("rrset")
        .getAsJsonArray("records")
        .get(0)
        .getAsJsonObject()
        .get("value")
        .getAsString()
        .replace("\"", "");
  }

  @Test
  void survivesRepeatedKillsDuringMixedWritesAndLosesNoAnsweredChange() throws Exception {
    java.util.Random random = new java.util.Random(137);
    Running running = start();
    for (int z = 0; z < 4; z++) {
      assertEquals(
          201,
          send(
                  running.endpoint(),
                  "POST",
                  "/zones",
                  "{\"name\":\"crash" + z + ".com\"," + "\"mode\":\"primary\"}")
              .statusCode());
    }
    Expectation rrsets = new Expectation();
    Expectation zones = new Expectation();
    for (int round = 0; round < 3; round++) {
      AtomicBoolean go = new AtomicBoolean(true);
      AtomicInteger answered = new AtomicInteger();
      List<Thread> writers = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        Thread t = writer(running.endpoint(), w, go, answered, rrsets, zones, round);
        writers.add(t);
        t.start();
      }
      int killAt = 100 + random.nextInt(300);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (answered.get() < killAt && System.nanoTime() < deadline) {
        Thread.sleep(2);
      }
      running.process().destroyForcibly();
      assertTrue(running.process().waitFor(20, TimeUnit.SECONDS));
      go.set(false);
      for (Thread t : writers) {
        t.join(20_000);
      }
      assertTrue(
          answered.get() >= killAt,
          "round " + round + ": answered before the kill: " + answered.get());
      running = start(); // the state directory loads: every file is whole
      List<String> lost = new ArrayList<>();
      for (Map.Entry<String, java.util.Set<String>> e : rrsets.all().entrySet()) {
        String[] k = e.getKey().split(" ");
        String state = rrsetState(running.endpoint(), k[0], k[1]);
        if (!e.getValue().contains(state)) {
          lost.add(e.getKey() + " is " + state + ", expected one of " + e.getValue());
        }
      }
      for (Map.Entry<String, java.util.Set<String>> e : zones.all().entrySet()) {
        int status = send(running.endpoint(), "GET", "/zones/" + e.getKey(), null).statusCode();
        String state = status == 200 ? "present" : status == 404 ? "absent" : "HTTP " + status;
        if (!e.getValue().contains(state)) {
          lost.add("zone " + e.getKey() + " is " + state + ", expected one of " + e.getValue());
        }
      }
      assertEquals(List.of(), lost, "round " + round);
    }
    running.process().destroy();
    running.process().waitFor(20, TimeUnit.SECONDS);
  }
}
