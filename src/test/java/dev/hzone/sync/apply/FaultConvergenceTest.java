package dev.hzone.sync.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.api.HcloudClient;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.emulator.Emulator;
import dev.hzone.emulator.web.Fault;
import dev.hzone.sync.plan.Change;
import dev.hzone.sync.plan.DesiredZone;
import dev.hzone.sync.plan.Plan;
import dev.hzone.sync.plan.PlanOptions;
import dev.hzone.sync.plan.ZonePlan;
import dev.hzone.sync.remote.RemoteReadException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, fault convergence: against the emulator with {@code --faults 0.2 --seed N} (429, 5xx,
 * conflict, locked, dropped connections, actions ending in error), a run of plan and apply of
 * {@link FaultScenario} either finishes or fails naming what failed, and at most three runs in a
 * row bring the zones exactly to the files, for each of 50 seeds. Records hzone does not own are
 * checked after every run, failed or not.
 *
 * <p>The real HTTP client and the real emulator, in this process: the client's back-off is zero and
 * its waits are cut to a millisecond or two, the emulator's actions take 5 ms, so 50 seeds take
 * seconds, not the minutes real back-off would. After each run the emulator is stopped and the
 * zones are read back from its state directory by a second emulator without faults, so the check
 * itself meets no fault. {@code -Dhzone.faultSeeds=N} runs more seeds; the numbers are written to
 * {@code target/reliability/fault-convergence.txt}.
 */
class FaultConvergenceTest {
  private static final double RATE = 0.2;
  private static final int MAX_RUNS = 3;

  @TempDir Path dir;

  /** What one run did. */
  enum Outcome {
    /** Planned and applied every change. */
    APPLIED,
    /** Applied, but some changes failed (each named). */
    PARTIAL,
    /** A read failed: nothing was planned, nothing sent. */
    READ_FAILED
  }

  /** The record of one seed. */
  record SeedResult(long seed, List<Outcome> runs, boolean converged, String problem) {}

  /** Why changes failed, over all seeds: the reason with numbers taken out, and how often. */
  private final Map<String, Integer> failureReasons = new TreeMap<>();

  @Test
  void everySeedConvergesWithinThreeRunsAndLeavesUnownedRecordsAlone() throws IOException {
    int seeds = Integer.getInteger("hzone.faultSeeds", 50);
    Map<Fault, Long> faults = new EnumMap<>(Fault.class);
    List<SeedResult> results = new ArrayList<>();
    for (long seed = 1; seed <= seeds; seed++) {
      results.add(runSeed(seed, faults));
    }
    String report = report(results, faults);
    Path out = Path.of("target", "reliability", "fault-convergence.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);
    List<String> problems =
        results.stream()
            .filter(r -> r.problem() != null)
            .map(r -> "seed " + r.seed() + ": " + r.problem())
            .toList();
    assertEquals(List.of(), problems, report);
    assertTrue(results.stream().allMatch(SeedResult::converged), report);
    // The faults really happened, of every kind the emulator knows.
    assertEquals(Set.of(Fault.values()), faults.keySet(), report);
  }

  private SeedResult runSeed(long seed, Map<Fault, Long> faults) {
    Path base = dir.resolve("seed-" + seed);
    Path state = base.resolve("state");
    Path zones = base.resolve("zones");
    FaultScenario.write(zones, FaultScenario.Version.BEFORE);
    try (Emulator clean = EmulatorRuns.emulator(state, 0, 0, Optional.empty());
        HcloudClient client = EmulatorRuns.client(clean)) {
      ApplyResult first = EmulatorRuns.apply(client, FaultScenario.desired(zones));
      if (!first.succeeded()) {
        return new SeedResult(
            seed, List.of(), false, "setting up without faults failed: " + first.failures());
      }
      FaultScenario.unowned()
          .forEach((zone, rrsets) -> rrsets.forEach(r -> client.rrsets().create(zone, r)));
    }
    FaultScenario.write(zones, FaultScenario.Version.AFTER);
    List<Outcome> outcomes = new ArrayList<>();
    for (int run = 1; run <= MAX_RUNS; run++) {
      Path log = base.resolve("access-" + run + ".log");
      Outcome outcome;
      try (Emulator faulty =
              EmulatorRuns.emulator(state, RATE, seed * 100 + run, Optional.of(log));
          HcloudClient client = EmulatorRuns.client(faulty)) {
        try {
          ApplyResult r = EmulatorRuns.apply(client, FaultScenario.desired(zones));
          for (ApplyResult.FailedChange f : r.failures()) {
            failureReasons.merge(
                f.reason()
                    .replaceAll("request id [0-9a-f]+", "request id X")
                    .replaceAll("[0-9]+", "N"),
                1,
                Integer::sum);
            String problem = unclear(f);
            if (problem != null) {
              return new SeedResult(seed, outcomes, false, "run " + run + ": " + problem);
            }
          }
          outcome = r.succeeded() ? Outcome.APPLIED : Outcome.PARTIAL;
        } catch (RemoteReadException e) {
          failureReasons.merge(
              "read: "
                  + e.getMessage()
                      .replaceAll("request id [0-9a-f]+", "request id X")
                      .replaceAll("[0-9]+", "N"),
              1,
              Integer::sum);
          if (e.failures().isEmpty()
              || !e.failures().stream().allMatch(FaultConvergenceTest::namesAZone)) {
            return new SeedResult(
                seed,
                outcomes,
                false,
                "run " + run + ": a read failure names no zone: " + e.getMessage());
          }
          outcome = Outcome.READ_FAILED;
        } catch (RuntimeException e) {
          return new SeedResult(
              seed, outcomes, false, "run " + run + ": not a clean failure: " + e);
        } finally {
          faulty.injectedFaults().forEach((k, n) -> faults.merge(k, n, Long::sum));
        }
      }
      outcomes.add(outcome);
      String logProblem = checkLog(log, outcome);
      if (logProblem != null) {
        return new SeedResult(seed, outcomes, false, "run " + run + ": " + logProblem);
      }
      try (Emulator clean = EmulatorRuns.emulator(state, 0, 0, Optional.empty());
          HcloudClient client = EmulatorRuns.client(clean)) {
        String touched = FaultScenario.unownedChanges(client);
        if (touched != null) {
          return new SeedResult(
              seed, outcomes, false, "run " + run + " touched what hzone does not own: " + touched);
        }
        String difference = difference(client, zones);
        if (difference == null) {
          return new SeedResult(seed, outcomes, true, null);
        }
        if (run == MAX_RUNS) {
          return new SeedResult(
              seed, outcomes, false, "not converged after " + MAX_RUNS + " runs: " + difference);
        }
      }
    }
    throw new AssertionError("unreachable");
  }

  /**
   * Why a failed change's report is not good enough, or null when it names zone, RRSet and cause.
   */
  private static String unclear(ApplyResult.FailedChange f) {
    if (!FaultScenario.ALL.contains(f.zone())) {
      return "a failure names no zone of the files: " + f.describe();
    }
    if (!f.subject().equals("zone") && !f.subject().matches("[^/\\s]+/[A-Z]+")) {
      return "a failure names no RRSet: " + f.describe();
    }
    if (f.reason().isBlank() || f.reason().contains("Exception")) {
      return "a failure does not say what went wrong: " + f.describe();
    }
    return null;
  }

  private static boolean namesAZone(String failure) {
    return FaultScenario.ALL.stream().anyMatch(failure::startsWith);
  }

  /**
   * What the access log shows that must not be: a write after a failed read, or any request that
   * names an RRSet hzone does not own.
   */
  private static String checkLog(Path log, Outcome outcome) {
    List<String> lines;
    try {
      lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String line : lines) {
      boolean write = !line.startsWith("GET ");
      if (outcome == Outcome.READ_FAILED && write) {
        return "a read failed, yet this was sent: " + line;
      }
      if (write && (line.contains("/rrsets/_acme-challenge") || line.contains("/rrsets/dyn"))) {
        return "sent a request for an RRSet hzone does not own: " + line;
      }
    }
    return null;
  }

  /**
   * How the zones differ from the files, or null when they match exactly: a fresh plan (no faults)
   * is empty, and, counted independently of the planner, each zone holds exactly the files' RRSets,
   * the unowned ones and Hetzner's apex SOA and NS, nothing more and nothing less.
   */
  private static String difference(HcloudClient client, Path zones) {
    List<DesiredZone> desired = FaultScenario.desired(zones);
    Plan fresh =
        EmulatorRuns.plan(
            client, desired, PlanOptions.DEFAULT.withZoneCreation(PlanOptions.ZoneCreation.ALLOW));
    List<String> out = new ArrayList<>();
    for (ZonePlan z : fresh.zones()) {
      if (!z.isEmpty()) {
        out.add(z.zone() + " still plans " + z.changes().stream().map(Change::subject).toList());
      }
    }
    Map<String, List<Rrset>> unowned = FaultScenario.unowned();
    for (DesiredZone d : desired) {
      if (client.zones().get(d.name()).isEmpty()) {
        out.add(d.name() + " does not exist");
        continue;
      }
      Set<String> want = new TreeSet<>();
      d.data().rrsets().keySet().forEach(k -> want.add(k.id()));
      unowned.getOrDefault(d.name(), List.of()).forEach(r -> want.add(r.key().id()));
      want.add(RrsetKey.of(RrsetKey.APEX, RecordType.SOA).id());
      want.add(RrsetKey.of(RrsetKey.APEX, RecordType.NS).id());
      Set<String> got = new TreeSet<>();
      client.rrsets().list(d.name()).forEach(r -> got.add(r.key().id()));
      if (!want.equals(got)) {
        Set<String> missing = new TreeSet<>(want);
        missing.removeAll(got);
        Set<String> extra = new TreeSet<>(got);
        extra.removeAll(want);
        out.add(d.name() + ": missing " + missing + ", extra " + extra);
      }
    }
    return out.isEmpty() ? null : String.join("; ", out);
  }

  private String report(List<SeedResult> results, Map<Fault, Long> faults) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT, "fault convergence: %d seeds, fault rate %.2f%n", results.size(), RATE));
    long total = faults.values().stream().mapToLong(Long::longValue).sum();
    sb.append("faults injected: ")
        .append(total)
        .append(' ')
        .append(new TreeMap<>(faults))
        .append('\n');
    List<Integer> runs =
        results.stream().filter(SeedResult::converged).map(r -> r.runs().size()).toList();
    int max = runs.stream().mapToInt(Integer::intValue).max().orElse(0);
    double mean = runs.stream().mapToInt(Integer::intValue).average().orElse(0);
    sb.append(
        String.format(
            Locale.ROOT,
            "runs to converge: max %d, mean %.2f, histogram %s%n",
            max,
            mean,
            histogram(runs)));
    Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    results.forEach(r -> r.runs().forEach(o -> outcomes.merge(o, 1, Integer::sum)));
    sb.append("run outcomes: ").append(outcomes).append('\n');
    sb.append("why changes failed:\n");
    failureReasons.forEach(
        (reason, n) -> sb.append("  ").append(n).append(" x ").append(reason).append('\n'));
    for (SeedResult r : results) {
      sb.append("seed ")
          .append(r.seed())
          .append(": ")
          .append(r.runs())
          .append(r.converged() ? " converged" : " NOT converged: " + r.problem())
          .append('\n');
    }
    return sb.toString();
  }

  private static Map<Integer, Integer> histogram(List<Integer> runs) {
    Map<Integer, Integer> h = new TreeMap<>();
    runs.forEach(n -> h.merge(n, 1, Integer::sum));
    return h;
  }
}
