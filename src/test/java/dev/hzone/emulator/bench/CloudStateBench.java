package dev.hzone.emulator.bench;

import dev.hzone.emulator.Emulator;
import dev.hzone.emulator.EmulatorOptions;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Emulator memory and request latency with a large Cloud state: {@code servers} servers, {@code
 * networks} networks (when the emulator serves {@code /networks}) and {@code lbs} load balancers
 * with two services and ten targets each. Memory is the heap after a full GC, filled minus empty;
 * latency is measured over {@code rounds} requests each of GET list (50 servers), GET one server,
 * GET the first 50 servers of a label selector (a tenth of them match), GET one load balancer and a
 * POST action ({@code change_algorithm}), reported as median and 90th percentile and as a ratio
 * against the same requests on the empty emulator in the same process. A bench, not a test. Run
 * with:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.hzone.emulator.bench.CloudStateBench \
 *     [servers=1000] [networks=100] [lbs=100] [rounds=300] [state=false]
 * </pre>
 */
public final class CloudStateBench {
  private static final String TOKEN = "bench";

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  private CloudStateBench(Emulator emu) {
    this.base = emu.apiEndpoint().toString();
  }

  private HttpResponse<String> send(String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + TOKEN);
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 400 && !path.equals("/networks")) {
      throw new IllegalStateException(
          method + " " + path + " answered " + r.statusCode() + ": " + r.body());
    }
    return r;
  }

  private static long heapAfterGc() throws InterruptedException {
    MemoryMXBean m = ManagementFactory.getMemoryMXBean();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(200);
      best = Math.min(best, m.getHeapMemoryUsage().getUsed());
    }
    return best;
  }

  /** Median and 90th percentile in microseconds of {@code rounds} runs of {@code request}. */
  private long[] latency(int rounds, Request request) throws Exception {
    for (int i = 0; i < rounds / 5; i++) {
      request.run(i);
    }
    long[] us = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      request.run(i);
      us[i] = (System.nanoTime() - t0) / 1000;
    }
    Arrays.sort(us);
    return new long[] {us[rounds / 2], us[rounds * 9 / 10]};
  }

  @FunctionalInterface
  private interface Request {
    void run(int i) throws Exception;
  }

  private static Emulator start(boolean state) throws IOException {
    InetAddress lo = InetAddress.getLoopbackAddress();
    EmulatorOptions o =
        EmulatorOptions.defaults()
            .withListen(new InetSocketAddress(lo, 0))
            .withToken(TOKEN)
            .withActionDuration(Duration.ZERO);
    if (state) {
      Path dir = Files.createTempDirectory("hzone-cloud-bench");
      o = o.withStateDir(dir);
    }
    return Emulator.builder(o).noDns().rateLimit(Integer.MAX_VALUE / 2).start();
  }

  private void fill(int servers, int networks, int lbs) throws Exception {
    for (int i = 0; i < servers; i++) {
      send(
          "POST",
          "/servers",
          "{\"name\":\"s"
              + i
              + "\",\"server_type\":\"cpx22\",\"image\":\"ubuntu-24.04\","
              + "\"labels\":{\"group\":\"g"
              + (i % 10)
              + "\"}}");
    }
    int networksMade = 0;
    for (int i = 0; i < networks; i++) {
      if (send(
                  "POST",
                  "/networks",
                  "{\"name\":\"n" + i + "\",\"ip_range\":\"10." + i + ".0.0/16\"}")
              .statusCode()
          == 201) {
        networksMade++;
      }
    }
    System.out.println("networks created: " + networksMade + " of " + networks);
    for (int i = 0; i < lbs; i++) {
      StringBuilder targets = new StringBuilder();
      for (int t = 0; t < Math.min(10, servers); t++) {
        targets
            .append(t > 0 ? "," : "")
            .append("{\"type\":\"server\",\"server\":{\"id\":")
            .append(30_000_001 + (i * 10 + t) % Math.max(1, servers))
            .append("}}");
      }
      send(
          "POST",
          "/load_balancers",
          "{\"name\":\"lb"
              + i
              + "\",\"load_balancer_type\":\"lb21\",\"location\":"
              + "\"fsn1\",\"services\":[{\"protocol\":\"http\",\"listen_port\":80},{\"protocol\":\"tcp\","
              + "\"listen_port\":22,\"destination_port\":22}],\"targets\":["
              + targets
              + "]}");
    }
  }

  private List<long[]> measure(int rounds, boolean withLb) throws Exception {
    List<long[]> out = new ArrayList<>();
    out.add(latency(rounds, i -> send("GET", "/servers?per_page=50&page=" + (i % 20 + 1), null)));
    out.add(latency(rounds, i -> send("GET", "/servers/30000001", null)));
    out.add(
        latency(rounds, i -> send("GET", "/servers?label_selector=group%3Dg0&per_page=50", null)));
    if (withLb) {
      out.add(latency(rounds, i -> send("GET", "/load_balancers/70001", null)));
      out.add(
          latency(
              rounds,
              i ->
                  send(
                      "POST",
                      "/load_balancers/70001/actions/change_algorithm",
                      "{\"type\":\""
                          + (i % 2 == 0 ? "least_connections" : "round_robin")
                          + "\"}")));
    }
    return out;
  }

  public static void main(String[] args) throws Exception {
    int servers = 1000;
    int networks = 100;
    int lbs = 100;
    int rounds = 300;
    boolean state = false;
    for (String a : args) {
      String[] kv = a.split("=", 2);
      switch (kv[0]) {
        case "servers" -> servers = Integer.parseInt(kv[1]);
        case "networks" -> networks = Integer.parseInt(kv[1]);
        case "lbs" -> lbs = Integer.parseInt(kv[1]);
        case "rounds" -> rounds = Integer.parseInt(kv[1]);
        case "state" -> state = Boolean.parseBoolean(kv[1]);
        default -> throw new IllegalArgumentException("unknown argument " + a);
      }
    }
    String[] names = {
      "GET /servers (page of 50)",
      "GET /servers/{id}",
      "GET /servers?label_selector",
      "GET /load_balancers/{id}",
      "POST change_algorithm"
    };
    List<long[]> empty;
    long emptyHeap;
    try (Emulator small = start(state)) {
      CloudStateBench b = new CloudStateBench(small);
      b.fill(1, 0, 1);
      empty = b.measure(rounds, true);
      emptyHeap = heapAfterGc();
    }
    try (Emulator big = start(state)) {
      CloudStateBench b = new CloudStateBench(big);
      long before = heapAfterGc();
      long t0 = System.nanoTime();
      b.fill(servers, networks, lbs);
      long fillMs = (System.nanoTime() - t0) / 1_000_000;
      long after = heapAfterGc();
      List<long[]> full = b.measure(rounds, true);
      System.out.printf(
          Locale.ROOT,
          "state: %d servers, %d load balancers (%s); filled in %d ms%n",
          servers,
          lbs,
          state ? "persisted to a state directory" : "in memory",
          fillMs);
      System.out.printf(
          Locale.ROOT,
          "heap after GC: %.1f MiB filled vs %.1f MiB empty emulator; the state costs "
              + "%.1f MiB (%.1f KiB per server)%n",
          after / 1048576.0,
          before / 1048576.0,
          (after - before) / 1048576.0,
          (after - before) / 1024.0 / Math.max(1, servers));
      System.out.printf(
          Locale.ROOT, "(heap after GC of the small run: %.1f MiB)%n", emptyHeap / 1048576.0);
      for (int i = 0; i < full.size(); i++) {
        System.out.printf(
            Locale.ROOT,
            "%-28s median %6d us  p90 %6d us   (empty: median %6d us; ratio %.2f)%n",
            names[i],
            full.get(i)[0],
            full.get(i)[1],
            empty.get(i)[0],
            full.get(i)[0] / (double) empty.get(i)[0]);
      }
    }
  }
}
