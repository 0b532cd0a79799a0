package dev.hzone.sync.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 4: the API does not lock independent DNS operations (ledger L-LOCK), so apply
 * sends a zone's independent requests together, and never collides with itself: an apply that
 * deletes an RRSet and changes the zone TTL and an RRSet's TTL in one zone (a new user's "planned
 * as 7 requests, took 17") sends exactly the writes it planned, none answered 423. Counted in the
 * emulator's access log.
 */
class ApplyRequestCountEndToEndTest {
  @TempDir Path dir;
  private EmulatorFixture emu;

  private static final String ZONE =
      """
      $ORIGIN example.com.
      $TTL 3600
      www        IN  A     203.0.113.10
      old        IN  A     203.0.113.99
      api   300  IN  A     203.0.113.30
      mail  300  IN  MX    10 mx.example.net.
      """;

  @BeforeEach
  void start() {
    emu = new EmulatorFixture(dir);
    emu.write("zones/example.com.zone", ZONE);
    EmulatorFixture.Run created = emu.run("apply", "--yes", "--create-zones", "zones/");
    assertEquals(0, created.code(), created::toString);
  }

  @AfterEach
  void stop() {
    emu.close();
  }

  private static boolean isWrite(String line) {
    return line.startsWith("POST ") || line.startsWith("PUT ") || line.startsWith("DELETE ");
  }

  @Test
  void deletingAnRrsetAndChangingTtlsSendsExactlyThePlannedWritesAndNever423() {
    emu.write(
        "zones/example.com.zone",
        ZONE.replace("$TTL 3600", "$TTL 7200")
            .replace("old        IN  A     203.0.113.99\n", "")
            .replace("api   300  IN", "api   600  IN")
            .replace("mail  300  IN", "mail  900  IN"));
    EmulatorFixture.Run plan = emu.run("-o", "json", "plan", "zones/");
    assertEquals(0, plan.code(), plan::toString);
    JsonObject summary =
        JsonParser.parseString(plan.out()).getAsJsonObject().getAsJsonObject("summary");
    int plannedWrites = summary.get("writes").getAsInt();
    int plannedPolls = summary.get("polls").getAsInt();
    // zone change_ttl, delete old/A, change_ttl of api/A and of mail/MX: independent, so one round
    // of waiting
    assertEquals(4, plannedWrites, plan::toString);
    assertEquals(1, plannedPolls, plan::toString);

    emu.markLog();
    EmulatorFixture.Run apply = emu.run("apply", "--yes", "zones/");
    assertEquals(0, apply.code(), apply::toString);
    List<String> requests = emu.requestsSinceMark();
    List<String> writes = requests.stream().filter(ApplyRequestCountEndToEndTest::isWrite).toList();
    List<String> polls = requests.stream().filter(r -> r.startsWith("GET /v1/actions")).toList();
    assertEquals(
        List.of(),
        requests.stream().filter(r -> r.endsWith(" 423")).toList(),
        "apply collided with itself");
    assertEquals(plannedWrites, writes.size(), requests::toString);
    assertEquals(plannedPolls, polls.size(), requests::toString);
    assertTrue(writes.contains("DELETE /v1/zones/example.com/rrsets/old/A 201"), writes::toString);
    assertEquals(0, emu.run("plan", "--detailed-exitcode", "zones/").code());
  }
}
