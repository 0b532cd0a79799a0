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
 * Issue 17's read benchmark (not a test): 1,000 zones of 20 to 200 RRSets in the emulator, and the
 * requests and wall time of {@code hzone plan} for a first plan, after one zone changed locally,
 * after one zone changed remotely (through the API), and with nothing changed. hzone runs in this
 * JVM; requests are counted from the emulator's access log; the read cache lives in a temporary
 * {@code XDG_CACHE_HOME} and the SOA serials are asked of the emulator's loopback nameserver. With
 * {@code -Dbaseline=true} every plan also gets {@code --refresh}, so it reads every zone as if
 * there were no cache. The nameserver is always the emulator's: a plan without {@code --nameserver}
 * would ask the zones' assigned Hetzner nameservers, off this machine.
 *
 * <p>Then a run on a budget smaller than it needs: the emulator is started again on the same state
 * with a limit of {@code -Dbudget.limit} an hour (default 36,000, ten times the API's, so that the
 * paced part takes seconds rather than minutes) and {@code -Dbudget.left} requests left (default
 * 300). Its new endpoint is another project to the read cache, so the first plan reads every zone:
 * it is interrupted once it has sent twice the budget left, and planned again to show that the
 * re-run reads only the zones the interrupted one did not. Both report requests, wall time, the
 * pace once the budget ran out, and the {@code paced:} progress lines.
 *
 * <pre>
 * mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.hzone.bench.ManyZonesBench [ZONES]
 * </pre>
 */
public final class ManyZonesBench {
  private final Path dir;
  private Emulator emulator;
  private final Path log;
  private final boolean baseline = Boolean.getBoolean("baseline");

  private ManyZonesBench(Path dir) {
    this.dir = dir;
    this.log = dir.resolve("access.log");
    this.emulator = start(1_000_000, -1);
  }

  /** An emulator on the bench's state, {@code perHour} a budget with {@code left} (full if < 0). */
  private Emulator start(int perHour, int left) {
    InetSocketAddress any = new InetSocketAddress("127.0.0.1", 0);
    Emulator.Builder b =
        Emulator.builder(
                EmulatorOptions.defaults()
                    .withListen(any)
                    .withDnsListen(any)
                    .withAccessLog(log)
                    .withStateDir(dir.resolve("state"))
                    .withToken("bench-token-0123456789abcdef0123456789")
                    .withActionDuration(Duration.ofMillis(10)))
            .rateLimit(perHour);
    return (left < 0 ? b : b.rateLimitRemaining(left)).start();
  }

  public static void main(String[] args) throws Exception {
    int zones = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    ManyZonesBench b = new ManyZonesBench(Files.createTempDirectory("hzone-bench"));
    try {
      b.run(zones);
    } finally {
      b.emulator.close();
    }
  }

  private static String name(int i) {
    return String.format(Locale.ROOT, "bench%04d.com", i);
  }

  /** Zone {@code i}: 20 to 200 A and TXT RRSets, the same for every run. */
  private static String zone(int i, String extra) {
    int rrsets = 20 + (i * 37) % 181;
    StringBuilder sb = new StringBuilder("$ORIGIN ").append(name(i)).append(".\n$TTL 3600\n");
    for (int r = 0; r < rrsets; r++) {
      if (r % 4 == 3) {
        sb.append("txt")
            .append(r)
            .append(" IN TXT \"bench ")
            .append(i)
            .append(' ')
            .append(r)
            .append("\"\n");
      } else {
        sb.append("host")
            .append(r)
            .append(" IN A 10.")
            .append(i % 250)
            .append('.')
            .append(r % 250)
            .append(".1\n");
      }
    }
    return sb.append(extra).toString();
  }

  private void run(int zones) throws Exception {
    for (int i = 0; i < zones; i++) {
      write(i, zone(i, ""));
    }
    long t = System.nanoTime();
    int code = hzone("apply", "--yes", "--create-zones", "--parallel", "16", "zones/");
    System.out.printf(
        Locale.ROOT, "setup: %d zones created in %.1f s (exit %d)%n", zones, secs(t), code);
    Thread.sleep(2000); // the last actions finish and their serials are served
    // apply read every zone it created back into the read cache; the first plan starts without it
    try (java.util.stream.Stream<Path> files =
        Files.exists(dir.resolve("cache"))
            ? Files.walk(dir.resolve("cache"))
            : java.util.stream.Stream.empty()) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
    System.out.println(
        baseline
            ? "mode: baseline (--refresh: every zone read, the cache unused)"
            : "mode: read cache, SOA serials from the emulator");
    measure("first plan", zones);
    measure("nothing changed", zones);
    write(7, zone(7, "local IN A 192.0.2.1\n"));
    measure("one zone changed locally", zones);
    write(7, zone(7, ""));
    hzone("plan", "zones/"); // settle the local change back (not measured)
    try (var c =
        dev.hzone.api.HcloudClient.builder()
            .endpoint(emulator.apiEndpoint().toString())
            .token(emulator.token())
            .build()) {
      c.actionWaiter()
          .waitFor(
              c.rrsets()
                  .create(
                      name(11),
                      dev.hzone.dns.Rrset.of(
                          dev.hzone.dns.RrsetKey.of("remote", dev.hzone.dns.RecordType.A),
                          java.util.OptionalInt.empty(),
                          List.of(dev.hzone.dns.RecordValue.of("192.0.2.2"))))
                  .action());
    }
    Thread.sleep(500);
    measure("one zone changed remotely", zones);
    onABudget(zones);
  }

  /**
   * The budget-limited run: a cold read cache, fewer requests left than the plan needs; the first
   * plan is interrupted once it has sent twice the budget left (the user's Ctrl-C), the second
   * resumes.
   */
  private void onABudget(int zones) throws Exception {
    int limit = Integer.getInteger("budget.limit", 36_000);
    int left = Integer.getInteger("budget.left", 300);
    emulator.close();
    emulator = start(limit, left);
    System.out.printf(
        Locale.ROOT,
        "budget: %d an hour (one request every %d ms), %d left; %d zones, a cold read cache%n",
        limit,
        3_600_000 / limit,
        left,
        zones);
    int stopAt = requests() + 2 * left;
    paced("interrupted plan", zones, stopAt);
    paced("re-run (resumes)", zones, Integer.MAX_VALUE);
  }

  /**
   * One {@code hzone plan} on a thread, interrupted once the access log has {@code stopAt} lines;
   * prints requests, wall time, requests per second after the budget ran out, and the progress.
   */
  private void paced(String what, int zones, int stopAt) throws Exception {
    int before = requests();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int[] code = {-1};
    long t = System.nanoTime();
    Thread run =
        new Thread(
            () ->
                code[0] =
                    hzone(new PrintStream(err, true, StandardCharsets.UTF_8), "plan", "zones/"),
            "bench-plan");
    run.start();
    long budgetOutAt = 0;
    int budgetOutCount = 0;
    while (run.isAlive()) {
      int n = requests();
      if (budgetOutAt == 0 && n - before >= Integer.getInteger("budget.left", 300)) {
        budgetOutAt = System.nanoTime();
        budgetOutCount = n;
      }
      if (n >= stopAt) {
        run.interrupt();
        run.join();
        break;
      }
      run.join(100);
    }
    double s = secs(t);
    int n = requests() - before;
    double pace =
        budgetOutAt == 0
            ? 0
            : (requests() - budgetOutCount) / ((System.nanoTime() - budgetOutAt) / 1e9);
    List<String> progress =
        err.toString(StandardCharsets.UTF_8)
            .lines()
            .filter(l -> l.startsWith("paced:") || l.contains("cannot cover"))
            .toList();
    System.out.printf(
        Locale.ROOT,
        "%-28s %6d requests (%.3f per zone) %7.2f s  exit %d; %.1f requests/s once the budget was out;"
            + " %d progress lines%n",
        what,
        n,
        (double) n / zones,
        s,
        code[0],
        pace,
        progress.size());
    progress.stream()
        .limit(3)
        .forEach(l -> System.out.println("    " + (l.length() > 230 ? l.substring(0, 230) : l)));
  }

  private void measure(String what, int zones) throws IOException {
    int before = requests();
    long t = System.nanoTime();
    int code = hzone("plan", "zones/");
    double s = secs(t);
    int n = requests() - before;
    System.out.printf(
        Locale.ROOT,
        "%-28s %6d requests (%.3f per zone, %.2fx of 2 per zone) %7.2f s  exit %d%n",
        what,
        n,
        (double) n / zones,
        n / (2.0 * zones),
        s,
        code);
  }

  private static double secs(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private int hzone(String... args) {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    return hzone(new PrintStream(sink, true, StandardCharsets.UTF_8), args);
  }

  private int hzone(PrintStream err, String... args) {
    List<String> all = new ArrayList<>(List.of("--endpoint", emulator.apiEndpoint().toString()));
    all.addAll(List.of(args));
    if (args[0].equals("plan")) {
      InetSocketAddress dns = emulator.dnsAddress().orElseThrow();
      all.add(all.size() - 1, "--nameserver");
      all.add(all.size() - 1, dns.getHostString() + ":" + dns.getPort());
      if (baseline) {
        all.add(all.size() - 1, "--refresh");
      }
    }
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return Main.run(
        all.toArray(String[]::new),
        out,
        err,
        new ByteArrayInputStream(new byte[0]),
        Map.of(
            "HCLOUD_TOKEN",
            emulator.token(),
            "NO_COLOR",
            "1",
            "XDG_CACHE_HOME",
            dir.resolve("cache").toString()),
        dir);
  }

  private void write(int i, String text) throws IOException {
    Path f = dir.resolve("zones/" + name(i) + ".zone");
    Files.createDirectories(f.getParent());
    Files.writeString(f, text, StandardCharsets.UTF_8);
  }

  private int requests() throws IOException {
    return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8).size() : 0;
  }
}
