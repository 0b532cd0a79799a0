package dev.hzone.bench;

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
import java.util.Locale;
import java.util.Map;

/**
 * The sync benchmark of issue 5 (not a test): against the emulator with {@code --latency 50
 * --action-ms 500}, (1) 1,000 changed RRSets applied, wall time and requests against the minimum;
 * (2) plan time and requests for zones of 100, 1,000 and 10,000 RRSets, unchanged and with 1%
 * changed. hzone runs in this JVM (no start-up time); requests are counted from the emulator's
 * access log.
 *
 * <pre>
 * mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.hzone.bench.SyncBench
 * </pre>
 */
public final class SyncBench {
  private final Path dir;
  private final Emulator emulator;
  private final Path log;

  private SyncBench(Path dir, Duration latency, Duration actionTime) {
    this.dir = dir;
    this.log = dir.resolve("access.log");
    InetSocketAddress any = new InetSocketAddress("127.0.0.1", 0);
    this.emulator =
        Emulator.builder(
                EmulatorOptions.defaults()
                    .withListen(any)
                    .withDnsListen(any)
                    .withAccessLog(log)
                    .withLatency(latency)
                    .withActionDuration(actionTime))
            .start();
  }

  public static void main(String[] args) throws IOException {
    Duration latency = Duration.ofMillis(50);
    Duration action = Duration.ofMillis(500);
    System.out.println(
        "emulator: latency " + latency.toMillis() + " ms, actions " + action.toMillis() + " ms");
    for (String[] run : new String[][] {{"rrsets", "8"}, {"rrsets", "16"}, {"auto", "8"}}) {
      SyncBench b = new SyncBench(Files.createTempDirectory("hzone-bench"), latency, action);
      try {
        b.applyChanged(1000, run[0], run[1]);
      } finally {
        b.emulator.close();
      }
    }
    for (int size : List.of(100, 1000, 10000)) {
      SyncBench b = new SyncBench(Files.createTempDirectory("hzone-bench"), latency, action);
      try {
        b.plan(size);
      } finally {
        b.emulator.close();
      }
    }
  }

  private static String zone(int rrsets, int changedEvery) {
    StringBuilder sb = new StringBuilder("$ORIGIN example.com.\n$TTL 3600\n");
    for (int i = 0; i < rrsets; i++) {
      boolean changed = changedEvery > 0 && i % changedEvery == 0;
      sb.append("host")
          .append(i)
          .append(" IN A 10.")
          .append(i / 250 % 250)
          .append('.')
          .append(i % 250)
          .append(changed ? ".2" : ".1")
          .append('\n');
    }
    return sb.toString();
  }

  private void applyChanged(int rrsets, String strategy, String parallel) throws IOException {
    write(zone(rrsets, 0));
    run("apply", "--yes", "--create-zones", "zones/");
    write(zone(rrsets, 1));
    int before = requests();
    long t0 = System.nanoTime();
    int code =
        run("apply", "--yes", "--force", "--strategy", strategy, "--parallel", parallel, "zones/");
    long ms = (System.nanoTime() - t0) / 1_000_000;
    List<String> lines = lines().subList(before, lines().size());
    long writes =
        lines.stream()
            .filter(l -> l.startsWith("POST") || l.startsWith("PUT") || l.startsWith("DELETE"))
            .count();
    long polls = lines.stream().filter(l -> l.startsWith("GET /v1/actions")).count();
    long reads = lines.size() - writes - polls;
    System.out.printf(
        Locale.ROOT,
        "apply %d changed RRSets, strategy %s, parallel %s: exit %d, %.1f s, %d requests "
            + "= %d reads + %d writes + %d polls%n",
        rrsets,
        strategy,
        parallel,
        code,
        ms / 1000.0,
        lines.size(),
        reads,
        writes,
        polls);
  }

  private void plan(int rrsets) throws IOException {
    write(zone(rrsets, 0));
    run("apply", "--yes", "--create-zones", "zones/");
    for (int changedEvery : new int[] {0, 100}) {
      write(zone(rrsets, changedEvery));
      int before = requests();
      long t0 = System.nanoTime();
      int code = run("plan", "--detailed-exitcode", "zones/");
      long ms = (System.nanoTime() - t0) / 1_000_000;
      System.out.printf(
          Locale.ROOT,
          "plan %5d RRSets, %s: exit %d, %d ms, %d requests%n",
          rrsets,
          changedEvery == 0 ? "unchanged " : "1% changed",
          code,
          ms,
          requests() - before);
    }
  }

  private int run(String... args) {
    List<String> all = new ArrayList<>(List.of("--endpoint", emulator.apiEndpoint().toString()));
    all.addAll(List.of(args));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            all.toArray(String[]::new),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(new byte[0]),
            Map.of("HCLOUD_TOKEN", emulator.token(), "NO_COLOR", "1"),
            dir);
    if (code != 0 && code != 2) {
      System.out.println(err.toString(StandardCharsets.UTF_8));
    }
    return code;
  }

  private void write(String text) throws IOException {
    Files.createDirectories(dir.resolve("zones"));
    Files.writeString(dir.resolve("zones/example.com.zone"), text);
  }

  private int requests() throws IOException {
    return lines().size();
  }

  private List<String> lines() throws IOException {
    return Files.exists(log) ? Files.readAllLines(log) : List.of();
  }
}
