package dev.hzone.sync.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.cli.Main;
import dev.hzone.emulator.Emulator;
import dev.hzone.emulator.EmulatorOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 goal 3: plan and apply know the rate-limit budget (the emulator's {@code RateLimit-*}
 * headers, its limit lowered) and what they need, and say so before they spend it: a shortfall is
 * announced on stderr with what is needed, what is left and when the budget is full, and {@code
 * --max-requests} stops the run before the batch that would pass it. The zones are made by an
 * emulator without a limit on the same state; the access log shows what was sent.
 */
class BudgetEndToEndTest {
  private static final String TOKEN = "budget-test-token-0123456789";
  private static final int ZONES = 6;

  @TempDir Path dir;

  private Emulator emulator(int perHour, Path log) {
    return emulator(perHour, log, -1);
  }

  /** An emulator whose budget starts with {@code left} requests (full when negative). */
  private Emulator emulator(int perHour, Path log, int left) {
    InetSocketAddress any = new InetSocketAddress("127.0.0.1", 0);
    EmulatorOptions o =
        EmulatorOptions.defaults()
            .withListen(any)
            .withDnsListen(any)
            .withStateDir(dir.resolve("state"))
            .withToken(TOKEN)
            .withActionDuration(Duration.ofMillis(20))
            .withAccessLog(log);
    Emulator.Builder b = Emulator.builder(o).noDns().rateLimit(perHour);
    return (left < 0 ? b : b.rateLimitRemaining(left)).start();
  }

  private record Run(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  private Run hzone(Emulator emu, String... args) {
    List<String> all = new ArrayList<>(List.of("--endpoint", emu.apiEndpoint().toString()));
    all.addAll(List.of(args));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            all.toArray(String[]::new),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(new byte[0]),
            Map.of("HCLOUD_TOKEN", TOKEN, "NO_COLOR", "1"),
            dir);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private void writeZones(String extra) throws IOException {
    for (int i = 0; i < ZONES; i++) {
      Path f = dir.resolve("zones/budget" + i + ".com.zone");
      Files.createDirectories(f.getParent());
      Files.writeString(
          f, "$ORIGIN budget" + i + ".com.\n$TTL 3600\nwww IN A 203.0.113.10\n" + extra);
    }
  }

  private static List<String> log(Path p) {
    try {
      return Files.exists(p) ? Files.readAllLines(p, StandardCharsets.UTF_8) : List.of();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void createZones() throws IOException {
    writeZones("");
    try (Emulator unlimited = emulator(1_000_000, dir.resolve("setup.log"))) {
      Run r = hzone(unlimited, "apply", "--yes", "--create-zones", "zones/");
      assertEquals(0, r.code(), r::toString);
    }
  }

  @Test
  void aPlanThatWouldPassMaxRequestsStopsBeforeItsReadsAndSaysWhatItNeeds() throws IOException {
    createZones();
    Path log = dir.resolve("plan.log");
    try (Emulator emu = emulator(40, log)) {
      Run r = hzone(emu, "plan", "--max-requests", "4", "zones/");
      assertEquals(1, r.code(), r::toString);
      assertTrue(
          r.err()
              .contains(
                  "this run needs about "
                      + (1 + ZONES)
                      + " API requests (1 sent, "
                      + ZONES
                      + " more to read the zones), more than --max-requests 4; nothing more was sent"),
          r::toString);
      assertTrue(r.err().contains("39 left of 40 an hour, full again at "), r::toString);
      assertEquals(
          List.of("GET /v1/zones?page=1&per_page=50 200"), log(log), "only the zone list was read");
    }
  }

  @Test
  void anApplyTheBudgetCannotCoverSaysSoBeforeAskingAndMaxRequestsStopsItBeforeAnyWrite()
      throws IOException {
    createZones();
    writeZones("a IN A 192.0.2.1\nb IN A 192.0.2.2\nc IN A 192.0.2.3\n");
    Path log = dir.resolve("apply.log");
    try (Emulator emu = emulator(20, log)) {
      // Reads: the zone list and one export per zone (7 of 20); the plan then needs 3 writes per
      // zone and a poll.
      Run asked = hzone(emu, "apply", "zones/");
      assertEquals(1, asked.code(), asked::toString);
      assertTrue(
          asked
              .err()
              .contains(
                  "the rate-limit budget cannot cover this run: it needs about "
                      + (3 * ZONES + 1)
                      + " API requests to apply the plan, 13 left of 20 an hour, full again at "),
          asked::toString);
      assertTrue(
          asked.err().contains("hzone paces itself to the refill rate (one request every 180.0 s)"),
          asked::toString);
      assertTrue(
          asked.err().indexOf("cannot cover") < asked.err().indexOf("Apply these changes"),
          asked::toString);
    }
    try (Emulator emu = emulator(20, log)) { // a fresh budget
      Run capped = hzone(emu, "apply", "--yes", "--max-requests", "10", "zones/");
      assertEquals(1, capped.code(), capped::toString);
      assertTrue(
          capped
              .err()
              .contains(
                  "this run needs about 26 API requests (7 sent, 19 more to apply the plan),"
                      + " more than --max-requests 10; nothing more was sent"),
          capped::toString);
      assertTrue(
          log(log).stream().allMatch(l -> l.startsWith("GET ")),
          () -> "no write: " + log(log).toString());
    }
  }

  @Test
  void aReserveOfTheWholeBudgetStopsThePlanBeforeItsReadsAsMaxRequestsDoes() throws IOException {
    createZones();
    Path log = dir.resolve("reserve.log");
    try (Emulator emu = emulator(40, log)) {
      Run r = hzone(emu, "plan", "--reserve", "40", "zones/");
      assertEquals(1, r.code(), r::toString);
      assertTrue(
          r.err()
              .contains(
                  "this run needs about "
                      + (1 + ZONES)
                      + " API requests (1 sent, "
                      + ZONES
                      + " more to read the zones), but --reserve 40 keeps the whole rate-limit budget"
                      + " of 40 an hour for other tools; nothing more was sent (39 left of 40 an"
                      + " hour, full again at "),
          r::toString);
      assertEquals(List.of("GET /v1/zones?page=1&per_page=50 200"), log(log));
      Run bad = hzone(emu, "plan", "--reserve", "-1", "zones/");
      assertEquals(64, bad.code(), bad::toString);
      assertTrue(
          bad.err().contains("--reserve must be a whole number of at least 0, not '-1'"),
          bad::toString);
    }
  }

  /**
   * A budget of 36,000 an hour refills one request every 100 ms, so that pacing above the reserve
   * takes a fraction of a second: after the zone list 35,999 are left, the reserve keeps 35,996,
   * and the six reads fit only by waiting for the refill.
   */
  @Test
  void aPlanThatWouldEatIntoTheReserveSaysSoUpFrontAndPacesToKeepIt() throws IOException {
    createZones();
    try (Emulator emu = emulator(36_000, dir.resolve("paced.log"))) {
      Run r = hzone(emu, "plan", "--reserve", "35996", "zones/");
      assertEquals(0, r.code(), r::toString);
      assertTrue(
          r.err()
              .contains(
                  "the rate-limit budget cannot cover this run and keep --reserve 35996: it needs"
                      + " about "
                      + ZONES
                      + " API requests to read the zones, 35999 left of 36000 an hour, full"
                      + " again at "),
          r::toString);
      assertTrue(r.err().contains(", 35996 of them kept for other tools."), r::toString);
      // The client held reads back: the progress says how many were still to send, what was left
      // (the reserve, give or take the refill) and a few tenths of a second more (rounded up).
      java.util.regex.Matcher paced =
          java.util.regex.Pattern.compile(
                  "paced: (\\d+) of "
                      + ZONES
                      + " API requests to read the zones still to send; (\\d+) left of 36000 an"
                      + " hour, full again at \\S+ \\(35996 kept by --reserve\\); about (\\d+)s"
                      + " more, done at \\S+")
              .matcher(r.err());
      assertTrue(paced.find(), r::toString);
      int toSend = Integer.parseInt(paced.group(1));
      assertTrue(toSend >= 1 && toSend <= ZONES, r::toString);
      assertTrue(Integer.parseInt(paced.group(2)) >= 35995, r::toString);
      assertTrue(Integer.parseInt(paced.group(3)) <= 1, r::toString);
      assertTrue(!r.out().contains("paced:"), "progress stays on stderr");
      java.util.regex.Matcher left =
          java.util.regex.Pattern.compile("(\\d+) left in the rate-limit budget").matcher(r.out());
      assertTrue(left.find(), r::toString);
      // Without the reserve the reads would leave 35,993; kept, the budget never went below it
      // (one short at most: the server counts the refill continuously, the client in whole steps).
      assertTrue(Integer.parseInt(left.group(1)) >= 35995, r::toString);
    }
  }

  /**
   * A small budget (2 left of 14,400 an hour, one request back every 250 ms): the plan announces
   * the shortfall, and while the client holds its reads back the progress on stderr says how many
   * are still to send, that nothing is left, and a second or two more; {@code -o json} keeps stdout
   * to the plan document.
   */
  @Test
  void aPacedPlanShowsWhatIsLeftAndWhenItWillBeDoneOnStderrOnly() throws IOException {
    createZones();
    try (Emulator emu = emulator(14_400, dir.resolve("eta.log"), 2)) {
      Run r = hzone(emu, "-o", "json", "plan", "zones/");
      assertEquals(0, r.code(), r::toString);
      com.google.gson.JsonObject doc =
          com.google.gson.JsonParser.parseString(r.out()).getAsJsonObject();
      assertEquals(ZONES, doc.getAsJsonArray("zones").size(), r::toString);
      assertTrue(
          r.err()
              .contains(
                  "the rate-limit budget cannot cover this run: it needs about "
                      + ZONES
                      + " API requests to read the zones, 1 left of 14400 an hour"),
          r::toString);
      java.util.regex.Matcher paced =
          java.util.regex.Pattern.compile(
                  "paced: (\\d+) of "
                      + ZONES
                      + " API requests to read the zones still to send; (\\d+) left of 14400 an"
                      + " hour, full again at (\\S+); about (\\d+)s more, done at (\\S+)")
              .matcher(r.err());
      assertTrue(paced.find(), r::toString);
      int toSend = Integer.parseInt(paced.group(1));
      assertTrue(toSend >= 1 && toSend <= ZONES, r::toString);
      assertTrue(Integer.parseInt(paced.group(2)) <= 1, r::toString);
      assertTrue(Integer.parseInt(paced.group(4)) <= 2, r::toString);
      java.time.Instant full = java.time.Instant.parse(paced.group(3));
      java.time.Instant done = java.time.Instant.parse(paced.group(5));
      assertTrue(done.isBefore(full), "the batch is done long before the budget is full: " + r);
    }
  }
}
