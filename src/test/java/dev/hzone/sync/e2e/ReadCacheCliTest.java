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
}
