package dev.hzone.emulator.bench;

import dev.hzone.emulator.Emulator;
import dev.hzone.emulator.EmulatorOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one write costs through the emulator's HTTP API: a {@code set_records} answered after the
 * change is stored (and, with {@code --state}, written to the zone's file by write-then-rename), in
 * a zone of {@code rrsets} RRSets. Run with:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main EmulatorBench
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EmulatorBench {
  private static final String TOKEN = "bench";

  @Param({"10", "1000", "10000"})
  public int rrsets;

  @Param({"memory", "state"})
  public String storage;

  private Emulator emu;
  private Path dir;
  private HttpClient http;
  private long n;

  @Setup(Level.Trial)
  public void start() throws Exception {
    InetAddress lo = InetAddress.getLoopbackAddress();
    EmulatorOptions o =
        EmulatorOptions.defaults()
            .withListen(new InetSocketAddress(lo, 0))
            .withToken(TOKEN)
            .withActionDuration(Duration.ZERO);
    if (storage.equals("state")) {
      dir = Files.createTempDirectory("hzone-bench");
      o = o.withStateDir(dir);
    }
    emu = Emulator.builder(o).noDns().rateLimit(Integer.MAX_VALUE / 2).start();
    http = HttpClient.newHttpClient();
    StringBuilder body =
        new StringBuilder("{\"name\":\"bench.com\",\"mode\":\"primary\",\"rrsets\":[");
    for (int i = 0; i < rrsets; i++) {
      body.append(i > 0 ? "," : "")
          .append("{\"name\":\"h")
          .append(i)
          .append("\",\"type\":\"A\",\"records\":[{\"value\":\"192.0.2.1\"}]}");
    }
    send("POST", "/zones", body.append("]}").toString());
  }

  private String send(String method, String path, String body)
      throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(emu.apiEndpoint() + path))
                .header("Authorization", "Bearer " + TOKEN)
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new IllegalStateException(r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException {
    emu.close();
    if (dir != null) {
      try (Stream<Path> s = Files.walk(dir)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** One {@code set_records} (a new value, so the serial moves), answered once it is stored. */
  @Benchmark
  public String setRecords() throws Exception {
    long i = n++;
    return send(
        "POST",
        "/zones/bench.com/rrsets/h" + (i % rrsets) + "/A/actions/set_records",
        "{\"records\":[{\"value\":\"198.51.100." + (i % 250 + 1) + "\"}]}");
  }

  /** One {@code GET} of an RRSet. */
  @Benchmark
  public String getRrset() throws Exception {
    return send("GET", "/zones/bench.com/rrsets/h0/A", "");
  }
}
