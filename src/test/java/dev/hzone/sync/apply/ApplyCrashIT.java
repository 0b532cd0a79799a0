package dev.hzone.sync.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.api.HcloudClient;
import dev.hzone.cli.Main;
import dev.hzone.emulator.Emulator;
import dev.hzone.emulator.EmulatorOptions;
import dev.hzone.sync.plan.Plan;
import dev.hzone.sync.plan.PlanOptions;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, crash safety: {@code hzone apply} (the jar, as users run it, in its own JVM) is killed
 * with SIGKILL at seeded random points of 20 applies that switch {@link FaultScenario} between its
 * two versions (creates, changes, deletes, a new zone, an import), then run again; every time, the
 * zones end up exactly as the files say and the RRSets hzone does not own are exactly as they were,
 * also right after the kill. The kill point is a number of write requests, drawn between none (one
 * kill in five: while hzone starts and reads) and all of the plan's, counted in the emulator's
 * access log (written before each answer goes out), so it does not depend on the machine's speed.
 * The numbers go to {@code target/reliability/crash.txt}.
 */
class ApplyCrashIT {
  private static final int RUNS = 20;

  @TempDir Path dir;

  /** Where a kill landed. */
  enum KillPoint {
    /** Before the first write: while starting or reading. */
    BEFORE_WRITES,
    /** Among the writes, or while their actions were awaited. */
    DURING_WRITES,
    /** The apply had finished before the kill came. */
    AFTER_FINISH
  }

  @Test
  void applyKilledAtRandomPointsConvergesWhenRunAgainAndTouchesNothingElse() throws Exception {
    Path jar = Path.of("target/hzone.jar").toAbsolutePath();
    assertTrue(Files.exists(jar), "run in 'mvn verify', after the jar is packaged");
    Path zones = dir.resolve("zones");
    Path log = dir.resolve("access.log");
    InetSocketAddress any = new InetSocketAddress("127.0.0.1", 0);
    EmulatorOptions options =
        EmulatorOptions.defaults()
            .withListen(any)
            .withDnsListen(any)
            .withStateDir(dir.resolve("state"))
            .withToken(EmulatorRuns.TOKEN)
            .withAccessLog(log)
            .withActionDuration(Duration.ofMillis(60))
            .withLatency(Duration.ofMillis(3));
    Random random = new Random(20261128);
    Map<KillPoint, Integer> points = new EnumMap<>(KillPoint.class);
    List<String> lines = new ArrayList<>();
    try (Emulator emu = Emulator.builder(options).noDns().start();
        HcloudClient client = EmulatorRuns.client(emu)) {
      FaultScenario.write(zones, FaultScenario.Version.BEFORE);
      assertTrue(EmulatorRuns.apply(client, FaultScenario.desired(zones)).succeeded());
      FaultScenario.unowned()
          .forEach((zone, rrsets) -> rrsets.forEach(r -> client.rrsets().create(zone, r)));
      for (int run = 1; run <= RUNS; run++) {
        FaultScenario.Version version =
            run % 2 == 1 ? FaultScenario.Version.AFTER : FaultScenario.Version.BEFORE;
        FaultScenario.write(zones, version);
        Plan plan =
            EmulatorRuns.plan(
                client,
                FaultScenario.desired(zones),
                PlanOptions.DEFAULT.withZoneCreation(PlanOptions.ZoneCreation.ALLOW));
        int writes = plan.cost().writes();
        // One kill in five while hzone starts and reads (no write yet), the others among the
        // writes.
        int killAfter = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(writes);
        int readsBeforeKill = killAfter == 0 ? random.nextInt(5) : 0; // 0: while the JVM starts
        int before = writesIn(log);
        int readsBefore = readsIn(log);
        Process p = start(jar, emu, run);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive()
            && (writesIn(log) - before < killAfter || readsIn(log) - readsBefore < readsBeforeKill)
            && System.nanoTime() < deadline) {
          Thread.sleep(2);
        }
        boolean alive = p.isAlive();
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the killed apply ended");
        int sent = writesIn(log) - before;
        KillPoint point =
            !alive
                ? KillPoint.AFTER_FINISH
                : sent == 0 ? KillPoint.BEFORE_WRITES : KillPoint.DURING_WRITES;
        points.merge(point, 1, Integer::sum);
        String untouched = FaultScenario.unownedChanges(client);
        assertEquals(null, untouched, "run " + run + ", right after the kill");

        int n = run;
        Run again = hzone(emu, "apply", "--yes", "--force", "--create-zones", "zones/");
        assertEquals(0, again.code(), () -> "run " + n + ": the apply after the kill\n" + again);
        Run check = hzone(emu, "plan", "--detailed-exitcode", "--create-zones", "zones/");
        assertEquals(0, check.code(), () -> "run " + n + ": not converged\n" + check);
        assertEquals(
            null, FaultScenario.unownedChanges(client), "run " + run + ", after the second apply");
        lines.add(
            String.format(
                Locale.ROOT,
                "run %2d: %-6s plan of %3d writes, killed after %3d (%s), rerun %s",
                run,
                version,
                writes,
                sent,
                point,
                again
                    .err()
                    .lines()
                    .filter(l -> l.startsWith("Applied"))
                    .findFirst()
                    .orElse("applied nothing")));
      }
    }
    Path out = Path.of("target", "reliability", "crash.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(
        out,
        "apply killed with SIGKILL: "
            + RUNS
            + " runs, kill points "
            + points
            + "\n"
            + String.join("\n", lines)
            + "\n",
        StandardCharsets.UTF_8);
    assertTrue(
        points.getOrDefault(KillPoint.DURING_WRITES, 0) >= RUNS / 2,
        "most kills hit the writes: " + points);
    assertTrue(
        points.getOrDefault(KillPoint.BEFORE_WRITES, 0) >= 1,
        "some kills came before any write: " + points);
  }

  private Process start(Path jar, Emulator emu, int run) throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-jar",
                jar.toString(),
                "--endpoint",
                emu.apiEndpoint().toString(),
                "apply",
                "--yes",
                "--force",
                "--create-zones",
                "zones/")
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("killed-" + run + ".log").toFile());
    pb.environment().put("HCLOUD_TOKEN", emu.token());
    pb.environment().put("NO_COLOR", "1");
    Process p = pb.start();
    p.getOutputStream().close();
    return p;
  }

  private static int writesIn(Path log) throws IOException {
    return count(log, false);
  }

  private static int readsIn(Path log) throws IOException {
    return count(log, true);
  }

  private static int count(Path log, boolean reads) throws IOException {
    if (!Files.exists(log)) {
      return 0;
    }
    int n = 0;
    for (String l : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      if (l.startsWith("GET ") == reads) {
        n++;
      }
    }
    return n;
  }

  /** What one in-process command did. */
  record Run(int code, String out, String err) {
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
            Map.of("HCLOUD_TOKEN", emu.token(), "NO_COLOR", "1"),
            dir);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
