package dev.hzone.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The zone-file benchmark (issue 2): hzone's parse and convert of a generated zone ({@link ZoneGenerator},
 * 1,000,000 records by default) timed side by side with BIND's {@code named-checkzone} on the same file, in
 * the same run, alternating which goes first. Each side is a fresh process, as a user runs it: hzone is
 * {@link ReadOnce} in a JVM with the launcher's options and {@code -Xmx1g}. BIND's wall and CPU time (user + system) come from GNU
 * {@code time}; hzone's are the JVM's own from its start to the end of the read (JVM start-up, JIT and GC
 * included; the full GC it then runs to measure the live heap excluded). The report gives medians, the
 * ratios, BIND's peak RSS and hzone's peak and live heap.
 *
 * <p>Run: {@code src/test/bench/zonefile-bench.sh [--records N] [--rounds R] [--jvm "OPTS"]}.
 */
public final class ZoneFileBench {
  private static final Pattern TIME = Pattern.compile("BENCH-TIME (\\S+) (\\S+) (\\S+) (\\d+)");
  private static final Pattern RUN = Pattern.compile(
      "peak heap (\\d+) MB, live heap (\\d+) MB, process cpu (\\S+) s, uptime (\\S+) s");

  private ZoneFileBench() {}

  /** One measured run. */
  record Sample(double wall, double cpu, long rssKb, long peakHeapMb, long liveHeapMb) {}

  public static void main(String[] args) throws Exception {
    int records = 1_000_000;
    int rounds = 5;
    // The JVM options of the ./hzone launcher (fast start-up: C1 only, serial GC), capped at 1 GB of heap.
    String jvm = "-Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC";
    Path file = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--records" -> records = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--jvm" -> jvm = args[++i];
        case "--file" -> file = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (file == null) {
      file = Path.of("target/bench/bench-" + records + ".zone");
    }
    if (!Files.exists(file)) {
      ZoneGenerator.write(file, records, 20261128L);
    }
    String origin = "bench.example";
    System.out.printf("zone file %s: %d records, %.1f MB; hzone JVM: %s; %d cores; load %s%n", file, records,
        Files.size(file) / 1e6, jvm, Runtime.getRuntime().availableProcessors(), load());
    List<String> bind = List.of("named-checkzone", "-i", "local", origin, file.toString());
    List<String> hzone = new ArrayList<>(List.of(javaBin()));
    hzone.addAll(Arrays.asList(jvm.trim().split("\\s+")));
    hzone.addAll(List.of("-cp", System.getProperty("java.class.path"), ReadOnce.class.getName(), file.toString(),
        origin, "1"));
    List<Sample> b = new ArrayList<>();
    List<Sample> h = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      boolean bindFirst = r % 2 == 0;
      Sample first = run(bindFirst ? bind : hzone);
      Sample second = run(bindFirst ? hzone : bind);
      Sample bs = bindFirst ? first : second;
      Sample hs = bindFirst ? second : first;
      b.add(bs);
      h.add(hs);
      System.out.printf("round %d: named-checkzone %.2f s (cpu %.2f s), hzone %.2f s (cpu %.2f s, peak heap %d MB)%n",
          r + 1, bs.wall(), bs.cpu(), hs.wall(), hs.cpu(), hs.peakHeapMb());
    }
    double bw = median(b.stream().mapToDouble(Sample::wall).toArray());
    double hw = median(h.stream().mapToDouble(Sample::wall).toArray());
    double bc = median(b.stream().mapToDouble(Sample::cpu).toArray());
    double hc = median(h.stream().mapToDouble(Sample::cpu).toArray());
    System.out.printf(Locale.ROOT, "median wall: named-checkzone %.2f s, hzone %.2f s, ratio hzone/named %.2f%n",
        bw, hw, hw / bw);
    System.out.printf(Locale.ROOT, "median cpu:  named-checkzone %.2f s, hzone %.2f s, ratio hzone/named %.2f%n",
        bc, hc, hc / bc);
    System.out.printf("memory: named-checkzone peak RSS %d MB; hzone peak heap %d MB (limit 1024), live heap after "
            + "parse %d MB, peak RSS %d MB%n",
        b.stream().mapToLong(Sample::rssKb).max().orElse(0) >> 10,
        h.stream().mapToLong(Sample::peakHeapMb).max().orElse(0),
        h.stream().mapToLong(Sample::liveHeapMb).max().orElse(0),
        h.stream().mapToLong(Sample::rssKb).max().orElse(0) >> 10);
  }

  /** Runs {@code cmd} under GNU time; its output must end well (exit 0). */
  private static Sample run(List<String> cmd) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-f", "BENCH-TIME %e %U %S %M"));
    full.addAll(cmd);
    Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectInput(new File("/dev/null")).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", cmd) + " failed:\n" + out);
    }
    Matcher t = TIME.matcher(out);
    if (!t.find()) {
      throw new IllegalStateException("no timing in:\n" + out);
    }
    Matcher heap = RUN.matcher(out);
    if (heap.find()) {
      // hzone: wall and CPU up to the end of the read, as the JVM reports them (see ReadOnce)
      return new Sample(Double.parseDouble(heap.group(4)), Double.parseDouble(heap.group(3)),
          Long.parseLong(t.group(4)), Long.parseLong(heap.group(1)), Long.parseLong(heap.group(2)));
    }
    return new Sample(Double.parseDouble(t.group(1)), Double.parseDouble(t.group(2)) + Double.parseDouble(t.group(3)),
        Long.parseLong(t.group(4)), 0, 0);
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
