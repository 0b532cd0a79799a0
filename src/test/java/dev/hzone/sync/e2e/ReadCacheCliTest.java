package dev.hzone.sync.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hzone plan} and {@code apply} with the read cache under {@code XDG_CACHE_HOME}, the
 * emulator's nameserver named with {@code --nameserver}: the plan says what it read, an unchanged
 * zone costs no request, apply forgets what it changes, {@code --refresh} reads again.
 */
class ReadCacheCliTest {
  @TempDir Path dir;
  private EmulatorFixture emu;
  private Map<String, String> env;
  private String ns;

  @BeforeEach
  void start() {
    emu = new EmulatorFixture(dir);
    env = Map.of("XDG_CACHE_HOME", dir.resolve("xdg-cache").toString());
    InetSocketAddress dns = emu.dns().orElseThrow();
    ns = dns.getHostString() + ":" + dns.getPort();
    emu.write("zones/example.com.zone", "$ORIGIN example.com.\n$TTL 3600\nwww IN A 203.0.113.10\n");
    EmulatorFixture.Run created = emu.run("apply", "--yes", "--create-zones", "zones/");
    assertEquals(0, created.code(), created::toString);
  }

  @AfterEach
  void stop() {
    emu.close();
  }

  private EmulatorFixture.Run plan(String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("plan", "--nameserver", ns));
    args.addAll(List.of(extra));
    args.add("zones/");
    return emu.runWithEnv(env, "", args.toArray(String[]::new));
  }

  /**
   * Plans until the zone comes from the cache (its serial may take a moment to be served after
   * apply).
   */
  private EmulatorFixture.Run planUntilCached() throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (true) {
      EmulatorFixture.Run r = plan();
      if (r.out().contains("1 unchanged zone (SOA serial, no request)")
          || System.nanoTime() > deadline) {
        return r;
      }
      Thread.sleep(100);
    }
  }

  @Test
  void anUnchangedZoneIsPlannedWithoutARequestAndThePlanSaysSo() throws InterruptedException {
    EmulatorFixture.Run first = plan();
    assertEquals(0, first.code(), first::toString);
    assertTrue(first.out().contains("Read: 1 zone-file export"), first::toString);
    EmulatorFixture.Run cached = planUntilCached();
    assertTrue(
        cached
            .out()
            .contains("Read: 1 unchanged zone (SOA serial, no request); 0 API requests so far"),
        cached::toString);
    emu.markLog();
    plan();
    assertEquals(List.of(), emu.requestsSinceMark());
    EmulatorFixture.Run refreshed = plan("--refresh");
    assertTrue(refreshed.out().contains("Read: 1 zone-file export"), refreshed::toString);
  }

  @Test
  void applyReadsTheZonesItChangedBackIntoTheCacheSoTheNextPlanCostsNothing()
      throws InterruptedException {
    // Changed on purpose (issue 17 goal 3): apply used to forget a changed zone, so the next plan
    // read it; now it
    // reads the zone once after its changes succeeded, and the next plan (or a re-run) takes it
    // from the cache.
    planUntilCached();
    emu.write("zones/example.com.zone", "$ORIGIN example.com.\n$TTL 3600\nwww IN A 203.0.113.11\n");
    emu.markLog();
    EmulatorFixture.Run apply =
        emu.runWithEnv(env, "", "apply", "--yes", "--nameserver", ns, "zones/");
    assertEquals(0, apply.code(), apply::toString);
    assertTrue(
        emu.requestsSinceMark().stream()
                .filter(l -> l.startsWith("GET /v1/zones/example.com/zonefile"))
                .count()
            == 1,
        () -> "one read after the change: " + emu.requestsSinceMark());
    EmulatorFixture.Run after = planUntilCached();
    assertTrue(
        after.out().contains("Read: 1 unchanged zone (SOA serial, no request)"), after::toString);
    emu.markLog();
    EmulatorFixture.Run detailed =
        emu.runWithEnv(env, "", "plan", "--detailed-exitcode", "--nameserver", ns, "zones/");
    assertEquals(0, detailed.code(), detailed::toString);
    assertEquals(List.of(), emu.requestsSinceMark());
  }

  /**
   * Issue 17: a zone that apply creates is read back into the cache (its description from the
   * create answer, its records from one export), so that the plan after it sends no request at all
   * for it once the nameserver serves the serial that was read. The wait is on the nameserver
   * alone, by direct SOA queries, so that no plan in between can fill the cache instead.
   */
  @Test
  void aZoneCreatedByApplyIsReadBackSoThePlanAfterItSendsNoRequest() throws Exception {
    emu.write(
        "more/created.example.zone",
        "$ORIGIN created.example.\n$TTL 3600\nwww IN A 203.0.113.20 ; web\nmail IN A 203.0.113.21\n");
    emu.markLog();
    EmulatorFixture.Run apply =
        emu.runWithEnv(env, "", "apply", "--yes", "--create-zones", "--nameserver", ns, "more/");
    assertEquals(0, apply.code(), apply::toString);
    List<String> sent = emu.requestsSinceMark();
    List<String> afterCreate = sent.subList(sent.indexOf("POST /v1/zones 201"), sent.size());
    assertEquals(
        List.of("GET /v1/zones/created.example/zonefile 200"),
        afterCreate.stream().filter(l -> l.startsWith("GET /v1/zones/created.example")).toList(),
        () -> "one export read back, no lookup (the create answer describes the zone): " + sent);
    assertTrue(
        apply.err().contains("with 7 API requests (2 to read, 2 writes, 2 action polls)"),
        () -> "the summary counts the lookup and the read back: " + apply);

    Path entry;
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(dir.resolve("xdg-cache"))) {
      entry =
          files
              .filter(f -> f.getFileName().toString().equals("created.example.json"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("apply left no cache entry"));
    }
    long serial =
        com.google.gson.JsonParser.parseString(java.nio.file.Files.readString(entry))
            .getAsJsonObject()
            .get("serial")
            .getAsLong();
    dev.hzone.resolve.SoaSerials serials =
        new dev.hzone.resolve.SoaSerials(
            new dev.hzone.resolve.DirectQuery(java.time.Duration.ofSeconds(2)));
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (serials.common("created.example", List.of(emu.dns().orElseThrow())).orElse(-1)
        != serial) {
      assertTrue(System.nanoTime() < deadline, "the nameserver never served serial " + serial);
      Thread.sleep(50);
    }

    emu.markLog();
    EmulatorFixture.Run plan =
        emu.runWithEnv(env, "", "plan", "--detailed-exitcode", "--nameserver", ns, "more/");
    assertEquals(0, plan.code(), plan::toString);
    assertTrue(
        plan.out()
            .contains("Read: 1 unchanged zone (SOA serial, no request); 0 API requests so far"),
        plan::toString);
    assertEquals(List.of(), emu.requestsSinceMark());
  }
}
