package dev.hzone.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hzone.cli.Main;
import dev.hzone.testing.Shared;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, bad input: hzone is fed broken zone files and {@code hzone.toml}, hand-written ones
 * ({@link BadInputs}) and seeded mutations of the zone files in {@code ../shared/corpus} and of a
 * good {@code hzone.toml}, through {@link Main#run} in this process, as {@code hzone plan zones/}
 * (and some as {@code apply --yes}) against an API that counts requests. Every input that is
 * refused must be refused with exit 65 and a {@code FILE:LINE: message} naming the file, with no
 * request sent; no input may end in a stack trace or an internal error; a mutation that happens to
 * be good input may go on to the API. Each case runs under a time budget enforced here (a guard
 * against hangs, not a speed test) and its allocations are counted, so that a case that ran away in
 * memory is named. {@code -Dhzone.fuzzMutations=N} sets the mutations per corpus file (default 2);
 * the numbers go to {@code target/reliability/fuzz.txt}.
 */
class BadInputFuzzTest {
  private static final Duration BUDGET = Duration.ofSeconds(60);
  private static final Pattern FILE_LINE =
      Pattern.compile("(?m)^(?:hzone: )?(\\S[^:\\n]*):(\\d+): \\S.*$");
  private static final List<String> ZONE_SPLICES =
      List.of(
          "$INCLUDE example.com.zone",
          "$INCLUDE ../x.zone",
          "$INCLUDE /etc/passwd",
          "$GENERATE 1-4000000000 g$ A 10.0.0.1",
          "$GENERATE 1-3 g$ CNAME @",
          "$TTL 99999999999",
          "$ORIGIN",
          "$ORIGIN .",
          "$TTL",
          "@ IN SOA ( ns hostmaster 1 2 3 4 5",
          "x IN TXT \"open",
          "x IN A 192.0.2.1 )",
          "x 4294967296 IN A 192.0.2.1",
          "x IN TYPE65534 \\# 0",
          "x IN CNAME @",
          "* IN A 192.0.2.9",
          "x IN SVCB 1 . alpn=h2 key65535",
          "x IN CAA 0 issue \"\"");
  private static final List<String> TOML_SPLICES =
      List.of(
          "[defaults]",
          "[zones.\"example.com\"]",
          "ignore = [",
          "ttl = 99999999999999999999",
          "max_update_percent = -5",
          "labels = { a = ",
          "\"\"\"",
          "[[zones]]",
          "x = 1",
          "mode = \"tertiary\"",
          "primaries = [{ address = \"::1\", port = 70000 }]",
          "comments = \"yes\"",
          "[zones.\"example.com\".rrsets.\"@/MX\"]",
          "protected = 1");

  private static MockWebServer api;
  private static final AtomicInteger requests = new AtomicInteger();

  @TempDir Path dir;

  @BeforeAll
  static void startApi() throws IOException {
    api = new MockWebServer();
    api.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest r) {
            requests.incrementAndGet();
            return new MockResponse()
                .setResponseCode(404)
                .setHeader("Content-Type", "application/json")
                .setBody(
                    "{\"error\":{\"code\":\"not_found\",\"message\":\"not found\",\"details\":null}}");
          }
        });
    api.start();
  }

  @AfterAll
  static void stopApi() throws IOException {
    api.shutdown();
  }

  /** What one case did. */
  record Outcome(int code, String out, String err, int requests, long allocated, Duration took) {
    String transcript() {
      return "exit "
          + code
          + ", "
          + requests
          + " requests\n--- stdout\n"
          + clip(out)
          + "--- stderr\n"
          + clip(err);
    }
  }

  /** Tally over all cases, for the report. */
  private final Map<String, Integer> tally = new TreeMap<>();

  private long maxAllocated;
  private String maxAllocatedCase = "";
  private Duration slowest = Duration.ZERO;
  private String slowestCase = "";

  @Test
  void everyBadZoneFileIsRefusedWithFileAndLine() throws IOException {
    List<String> problems = new ArrayList<>();
    for (FuzzCase c : BadInputs.zoneFiles()) {
      check(c, problems);
    }
    report("hand-written zone files");
    assertEquals(List.of(), problems);
  }

  @Test
  void everyBadHzoneTomlIsRefusedWithFileAndLine() throws IOException {
    List<String> problems = new ArrayList<>();
    for (FuzzCase c : BadInputs.tomlFiles()) {
      check(c, problems);
    }
    report("hand-written hzone.toml");
    assertEquals(List.of(), problems);
  }

  @Test
  void mutatedCorpusZoneFilesAreRefusedCleanlyOrAccepted() throws IOException {
    int perFile = Integer.getInteger("hzone.fuzzMutations", 2);
    Path corpus = Shared.dir().resolve("corpus");
    List<String[]> rows = new ArrayList<>();
    for (String line :
        Files.readAllLines(corpus.resolve("expectations.tsv"), StandardCharsets.UTF_8)
            .subList(1, Files.readAllLines(corpus.resolve("expectations.tsv")).size())) {
      String[] f = line.split("\t");
      if (f.length > 1 && !f[1].equals(".") && Files.isRegularFile(corpus.resolve(f[0]))) {
        rows.add(f);
      }
    }
    Mutator mutator = new Mutator(ZONE_SPLICES);
    List<String> problems = new ArrayList<>();
    Random random = new Random(20261128);
    for (String[] row : rows) {
      byte[] original = Files.readAllBytes(corpus.resolve(row[0]));
      String origin = row[1].endsWith(".") ? row[1].substring(0, row[1].length() - 1) : row[1];
      String file = "zones/" + origin + ".zone";
      if (!origin.contains(".")) {
        // A one-label origin ("example", as BIND's tests use) cannot come from a file name: say it.
        original =
            BadInputs.concat(
                ("$ORIGIN " + origin + ".\n").getBytes(StandardCharsets.UTF_8), original);
      }
      for (int m = 0; m < perFile; m++) {
        Mutator.Result r = mutator.mutate(original, random, 1 + random.nextInt(3));
        String command = random.nextInt(4) == 0 ? "apply" : "plan";
        FuzzCase c =
            FuzzCase.builder(row[0] + " " + r.mutations())
                .file(file, r.bytes())
                .args(
                    command.equals("apply")
                        ? new String[] {"apply", "--yes", "zones/"}
                        : new String[] {"plan", "zones/"})
                .mayBeGood()
                .build();
        check(c, problems);
      }
    }
    report("mutated corpus zone files (" + rows.size() + " files x " + perFile + ")");
    assertEquals(List.of(), problems);
  }

  @Test
  void mutatedHzoneTomlIsRefusedCleanlyOrAccepted() throws IOException {
    Mutator mutator = new Mutator(TOML_SPLICES);
    List<String> problems = new ArrayList<>();
    Random random = new Random(1128);
    int cases = Integer.getInteger("hzone.fuzzTomlCases", 200);
    for (int i = 0; i < cases; i++) {
      Mutator.Result r =
          mutator.mutate(
              BadInputs.GOOD_TOML.getBytes(StandardCharsets.UTF_8), random, 1 + random.nextInt(3));
      FuzzCase c =
          FuzzCase.builder("hzone.toml " + r.mutations())
              .file("zones/example.com.zone", BadInputs.GOOD_ZONE)
              .file("zones/hzone.toml", r.bytes())
              .mayBeGood()
              .build();
      check(c, problems);
    }
    report("mutated hzone.toml (" + cases + ")");
    assertEquals(List.of(), problems);
  }

  /** Runs one case and adds what is wrong with its outcome to {@code problems}. */
  private void check(FuzzCase c, List<String> problems) {
    Path caseDir = dir.resolve("case-" + tally.values().stream().mapToInt(Integer::intValue).sum());
    List<Path> written = c.write(caseDir);
    Outcome o;
    try {
      o = run(caseDir, c.args());
    } catch (TimeoutException e) {
      problems.add(c + ": no answer within " + BUDGET.toSeconds() + " s (a hang)");
      tally.merge("hung", 1, Integer::sum);
      return;
    } catch (Throwable t) {
      problems.add(c + ": Main.run threw " + t);
      tally.merge("threw", 1, Integer::sum);
      return;
    } finally {
      deleteTree(caseDir, written);
    }
    if (o.allocated() > maxAllocated) {
      maxAllocated = o.allocated();
      maxAllocatedCase = c.name();
    }
    if (o.took().compareTo(slowest) > 0) {
      slowest = o.took();
      slowestCase = c.name();
    }
    String all = o.out() + o.err();
    if (all.contains("\tat ")
        || all.contains("Exception in thread")
        || all.contains("internal error")
        || all.matches(
            "(?s).*\\b(java|javax|com|org)\\.[a-z]+\\.[A-Za-z.]*(Exception|Error)\\b.*")) {
      problems.add(c + ": a stack trace or internal error\n" + o.transcript());
      tally.merge("crashed", 1, Integer::sum);
      return;
    }
    if (o.code() == 65) {
      tally.merge("refused (65)", 1, Integer::sum);
      var m = FILE_LINE.matcher(o.err());
      boolean named = false;
      while (m.find() && !named) {
        String file = m.group(1);
        named =
            c.files().keySet().stream()
                    .anyMatch(f -> file.endsWith(Path.of(f).getFileName().toString()))
                || c.files().keySet().stream().anyMatch(f -> file.contains(f));
      }
      if (!named) {
        problems.add(
            c
                + ": refused without FILE:LINE naming one of "
                + c.files().keySet()
                + "\n"
                + o.transcript());
      }
      if (o.requests() != 0) {
        problems.add(
            c + ": refused, yet " + o.requests() + " requests were sent\n" + o.transcript());
      }
      return;
    }
    if (c.knownBad()) {
      problems.add(c + ": bad input, not refused with exit 65\n" + o.transcript());
      tally.merge("wrongly accepted", 1, Integer::sum);
      return;
    }
    // A mutation that is still good input goes on to the API (which answers 404: no such zone).
    if (o.code() == 64 || o.code() == 69) {
      problems.add(c + ": exit " + o.code() + " for a file\n" + o.transcript());
    }
    tally.merge("accepted (good input)", 1, Integer::sum);
  }

  private Outcome run(Path caseDir, List<String> args) throws Exception {
    List<String> all = new ArrayList<>(List.of("--endpoint", api.url("/v1").toString()));
    all.addAll(args);
    ExecutorService one =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "fuzz-case");
              t.setDaemon(true);
              return t;
            });
    try {
      int before = requests.get();
      Future<Outcome> f =
          one.submit(
              () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                com.sun.management.ThreadMXBean mx =
                    (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
                long id = Thread.currentThread().getId();
                long alloc0 = mx.getThreadAllocatedBytes(id);
                long t0 = System.nanoTime();
                int code;
                try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                  code =
                      Main.run(
                          all.toArray(String[]::new),
                          o,
                          e,
                          new ByteArrayInputStream(new byte[0]),
                          Map.of(
                              "HCLOUD_TOKEN",
                              "fuzz-token-0123456789",
                              "HOME",
                              caseDir.toString(),
                              "NO_COLOR",
                              "1"),
                          caseDir);
                }
                Duration took = Duration.ofNanos(System.nanoTime() - t0);
                long allocated = mx.getThreadAllocatedBytes(id) - alloc0;
                return new Outcome(
                    code,
                    out.toString(StandardCharsets.UTF_8),
                    err.toString(StandardCharsets.UTF_8),
                    0,
                    allocated,
                    took);
              });
      Outcome o;
      try {
        o = f.get(BUDGET.toMillis(), TimeUnit.MILLISECONDS);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof Exception ex ? ex : new RuntimeException(e.getCause());
      }
      return new Outcome(
          o.code(), o.out(), o.err(), requests.get() - before, o.allocated(), o.took());
    } finally {
      one.shutdownNow();
    }
  }

  private void report(String what) throws IOException {
    Path out = Path.of("target", "reliability", "fuzz.txt");
    Files.createDirectories(out.getParent());
    String line =
        String.format(
            Locale.ROOT,
            "%s: %s; most allocated %.1f MB (%s); slowest %.2f s (%s)%n",
            what,
            tally,
            maxAllocated / 1e6,
            maxAllocatedCase,
            slowest.toMillis() / 1000.0,
            slowestCase);
    Files.writeString(
        out,
        line,
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
  }

  private static void deleteTree(Path root, List<Path> written) {
    try (Stream<Path> s = Files.exists(root) ? Files.walk(root) : Stream.empty()) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a leftover in the temp dir is no failure of the case
    }
  }

  private static String clip(String s) {
    return s.length() > 3000 ? s.substring(0, 3000) + "...(" + s.length() + " chars)\n" : s;
  }
}
