package dev.hzone.sync.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 item 9: the plan's request count is what a fault-free apply sends. For each kind of
 * change, the test takes the plan's own numbers ({@code plan -o json}: writes, action polls, their
 * sum) and counts the emulator's access log while {@code apply} carries the plan out: requests that
 * change something (every method but GET), and action polls ({@code GET /actions}). Actions take 20
 * ms and the first poll comes 500 ms after an action starts, so every action is done by its first
 * poll, as the estimate assumes.
 */
class RequestEstimateTest {
  private static final String HEAD = "$ORIGIN example.com.\n$TTL 3600\n";
  private static final String BASE =
      HEAD
          + "www IN A 203.0.113.10\n"
          + "mail 600 IN A 203.0.113.20\n"
          + "pool IN A 203.0.113.30\npool IN A 203.0.113.31\n"
          + "old IN TXT \"to be deleted\"\n"
          + "gone IN CNAME www\n";

  @TempDir Path dir;
  private EmulatorFixture emu;

  @BeforeEach
  void start() {
    emu = new EmulatorFixture(dir, Duration.ofMillis(20), Duration.ZERO);
  }

  @AfterEach
  void stop() {
    emu.close();
  }

  /**
   * Plan and apply of the zone file {@code text}; asserts estimate == actual and returns the
   * estimate.
   */
  private Counts applyAndCompare(String text, String... options) {
    return applyAndCompare(java.util.Map.of("example.com", text), options);
  }

  /** As above, for several zones applied at once ({@code zone -> text}). */
  private Counts applyAndCompare(java.util.Map<String, String> zones, String... options) {
    zones.forEach((zone, text) -> emu.write("zones/" + zone + ".zone", text));
    List<String> planArgs =
        new java.util.ArrayList<>(List.of("-o", "json", "plan", "--create-zones"));
    planArgs.addAll(List.of(options));
    planArgs.add("zones/");
    EmulatorFixture.Run plan = emu.run(planArgs.toArray(String[]::new));
    assertTrue(plan.code() == 0 || plan.code() == 2, plan::toString);
    JsonObject summary =
        JsonParser.parseString(plan.out()).getAsJsonObject().getAsJsonObject("summary");
    Counts estimate = new Counts(summary.get("writes").getAsInt(), summary.get("polls").getAsInt());
    assertEquals(
        estimate.writes() + estimate.polls(), summary.get("requests").getAsInt(), plan::toString);

    emu.markLog();
    List<String> applyArgs =
        new java.util.ArrayList<>(List.of("apply", "--yes", "--create-zones", "--force"));
    applyArgs.addAll(List.of(options));
    applyArgs.add("zones/");
    EmulatorFixture.Run apply = emu.run(applyArgs.toArray(String[]::new));
    assertEquals(0, apply.code(), apply::toString);
    List<String> log = emu.requestsSinceMark();
    int writes = (int) log.stream().filter(l -> !l.startsWith("GET ")).count();
    int polls = (int) log.stream().filter(l -> l.startsWith("GET /v1/actions")).count();
    Counts actual = new Counts(writes, polls);
    assertEquals(
        estimate,
        actual,
        () ->
            "plan "
                + estimate
                + ", apply "
                + actual
                + "\n"
                + String.join("\n", log)
                + "\n"
                + apply);
    // The apply's own summary line counts the same way.
    assertTrue(
        apply.err().contains(new dev.hzone.sync.plan.PlanCost(writes, polls).describe() + " ..."),
        apply::toString);
    assertTrue(
        apply
            .err()
            .contains(
                " to read, "
                    + writes
                    + (writes == 1 ? " write, " : " writes, ")
                    + polls
                    + (polls == 1 ? " action poll)." : " action polls).")),
        apply::toString);
    EmulatorFixture.Run after = emu.run("plan", "--detailed-exitcode", "zones/");
    assertEquals(0, after.code(), after::toString);
    return estimate;
  }

  private record Counts(int writes, int polls) {}

  @Test
  void creatingAZoneCostsWhatThePlanSaid() {
    Counts c = applyAndCompare(BASE);
    assertEquals(1, c.writes());
  }

  @Test
  void updatingRecordsTtlsAndSetsCostsWhatThePlanSaid() {
    applyAndCompare(BASE);
    Counts c =
        applyAndCompare(
            HEAD
                + "www IN A 203.0.113.11\n" // set_records
                + "mail 900 IN A 203.0.113.20\n" // change_ttl
                + "pool IN A 203.0.113.30\npool IN A 203.0.113.32\n" // add and remove records
                + "old IN TXT \"to be deleted\"\n"
                + "gone IN CNAME www\n"
                + "new IN AAAA 2001:db8::1\n",
            "--strategy",
            "rrsets"); // create_rrset
    assertTrue(c.writes() >= 4, c::toString);
  }

  @Test
  void changingTheZoneTtlCostsWhatThePlanSaid() {
    applyAndCompare(BASE);
    applyAndCompare(BASE.replace("$TTL 3600", "$TTL 7200"), "--strategy", "rrsets");
  }

  @Test
  void deletingRrsetsCostsWhatThePlanSaid() {
    applyAndCompare(BASE);
    Counts c =
        applyAndCompare(
            BASE.replace("old IN TXT \"to be deleted\"\n", "").replace("gone IN CNAME www\n", ""),
            "--strategy",
            "rrsets");
    assertEquals(2, c.writes());
  }

  @Test
  void aZoneFileImportCostsWhatThePlanSaid() {
    applyAndCompare(BASE);
    Counts c = applyAndCompare(BASE.replace("203.0.113.", "198.51.100."), "--strategy", "import");
    assertEquals(1, c.writes());
  }

  @Test
  void zonesAppliedTogetherShareTheirPollsAsThePlanSaid() {
    java.util.Map<String, String> zones = new java.util.TreeMap<>();
    for (String z : List.of("example.com", "example.net", "example.org")) {
      zones.put(z, BASE.replace("example.com.", z + "."));
    }
    applyAndCompare(zones);
    zones.put("example.com", zones.get("example.com").replace("203.0.113.10", "203.0.113.11"));
    zones.put(
        "example.net",
        zones.get("example.net").replace("old IN TXT \"to be deleted\"\n", "")
            + "new IN TXT \"new\"\n");
    zones.put("example.org", zones.get("example.org").replace("$TTL 3600", "$TTL 7200"));
    zones.put("example.info", BASE.replace("example.com.", "example.info."));
    Counts c = applyAndCompare(zones, "--strategy", "rrsets");
    assertTrue(c.polls() < c.writes(), c::toString);
  }

  @Test
  void manyActionsInOneWaveCostWhatThePlanSaid() {
    applyAndCompare(BASE);
    StringBuilder sb = new StringBuilder(BASE);
    for (int i = 0; i < 30; i++) {
      sb.append("h").append(i).append(" IN A 192.0.2.").append(i + 1).append('\n');
    }
    Counts c = applyAndCompare(sb.toString(), "--strategy", "rrsets");
    assertEquals(30, c.writes());
  }
}
