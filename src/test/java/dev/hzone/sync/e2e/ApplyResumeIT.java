package dev.hzone.sync.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 goal 3: an apply of many zones stopped half-way resumes when run again, and the zones it
 * had finished cost no request to plan, as little as the serial-cache check (and so do the zones it
 * had not reached). The first apply runs as users run it (the jar, in its own process) and is
 * killed ({@code kill -9}) once a few zones are done; the re-run goes in-process. Requests are
 * counted in the emulator's access log.
 */
class ApplyResumeIT {
  private static final int ZONES = 24;
  private static final String TOKEN = "resume-test-token-0123456789";
  private static final Pattern ZONEFILE = Pattern.compile("^GET /v1/zones/([^/?]+)/zonefile");
  private static final Pattern WRITE = Pattern.compile("^(POST|PUT|DELETE) /v1/zones/([^/?]+)/");

  @TempDir Path dir;

  private static String name(int i) {
    return String.format(Locale.ROOT, "resume%02d.com", i);
  }

  /**
   * Whether the read cache holds an entry for {@code zone} (one project: one directory under
   * hzone/).
   */
  private boolean cached(String zone) {
    try (var projects = Files.list(dir.resolve("cache/hzone"))) {
      return projects.anyMatch(p -> Files.exists(p.resolve(zone + ".json")));
    } catch (IOException e) {
      return false;
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      return "(no output)";
    }
  }

  private Emulator emulator(Path log) {
    EmulatorOptions o =
        EmulatorOptions.defaults()
            .withListen(new InetSocketAddress("127.0.0.1", 0))
            .withDnsListen(new InetSocketAddress("127.0.0.1", 0))
            .withStateDir(dir.resolve("state"))
            .withToken(TOKEN)
            .withActionDuration(Duration.ofMillis(50))
            .withLatency(Duration.ofMillis(60))
            .withAccessLog(log);
    return Emulator.builder(o).start();
  }

  private record Run(int code, String out, String err) {}

  private Run hzone(Emulator emu, String... args) {
    InetSocketAddress dns = emu.dnsAddress().orElseThrow();
    List<String> all = new ArrayList<>(List.of("--endpoint", emu.apiEndpoint().toString()));
    all.addAll(List.of(args));
    all.add(all.size() - 1, "--nameserver");
    all.add(all.size() - 1, dns.getHostString() + ":" + dns.getPort());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            all.toArray(String[]::new),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(new byte[0]),
            Map.of(
                "HCLOUD_TOKEN",
                TOKEN,
                "NO_COLOR",
                "1",
                "XDG_CACHE_HOME",
                dir.resolve("cache").toString()),
            dir);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private void writeZones(String extra) throws IOException {
    for (int i = 0; i < ZONES; i++) {
      Path f = dir.resolve("zones/" + name(i) + ".zone");
      Files.createDirectories(f.getParent());
      Files.writeString(f, "$ORIGIN " + name(i) + ".\n$TTL 3600\nwww IN A 203.0.113.10\n" + extra);
    }
  }

  private static List<String> lines(Path log) throws IOException {
    return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
  }

  private static Set<String> zones(List<String> log, Pattern p, int group) {
    Set<String> out = new TreeSet<>();
    for (String l : log) {
      Matcher m = p.matcher(l);
      if (m.find()) {
        out.add(m.group(group));
      }
    }
    return out;
  }

  @Test
  void anApplyStoppedHalfWayResumesAndTheZonesItFinishedCostNoRead() throws Exception {
    Path firstLog = dir.resolve("first.log");
    Emulator first = emulator(firstLog);
    writeZones("");
    Run created = hzone(first, "apply", "--yes", "--create-zones", "zones/");
    assertEquals(0, created.code(), created::toString);
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    Run plan;
    do { // until every zone's serial is served and the plan comes from the read cache
      plan = hzone(first, "plan", "zones/");
    } while (!plan.out().contains(ZONES + " unchanged zones") && System.nanoTime() < deadline);
    assertTrue(
        plan.out().contains("Read: " + ZONES + " unchanged zones (SOA serial, no request)"),
        plan::toString);

    writeZones("new IN TXT \"resume\"\n");
    int mark = lines(firstLog).size();
    Path jar = Path.of("target/hzone.jar").toAbsolutePath();
    assertTrue(Files.exists(jar), "run in 'mvn verify', after the jar is packaged");
    InetSocketAddress dns = first.dnsAddress().orElseThrow();
    ProcessBuilder pb =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar",
                    jar.toString(),
                    "--endpoint",
                    first.apiEndpoint().toString(),
                    "apply",
                    "--yes",
                    "--parallel",
                    "1",
                    "--nameserver",
                    dns.getHostString() + ":" + dns.getPort(),
                    "zones/"))
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("apply.out").toFile());
    pb.environment().put("HCLOUD_TOKEN", TOKEN);
    pb.environment().put("NO_COLOR", "1");
    pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
    Process p = pb.start();
    p.getOutputStream().close();
    deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (p.isAlive() && System.nanoTime() < deadline) {
      List<String> since = lines(firstLog);
      if (zones(since.subList(mark, since.size()), ZONEFILE, 1).size() >= 5) {
        break; // a few zones are done and read back into the cache
      }
      Thread.sleep(20);
    }
    assertTrue(
        p.isAlive(),
        () -> "the apply ended before it could be killed: " + read(dir.resolve("apply.out")));
    p.destroyForcibly().waitFor(); // kill -9 of the process this test started
    Thread.sleep(500); // the answers to requests already sent are logged
    List<String> all1 = lines(firstLog);
    List<String> run1 = all1.subList(mark, all1.size());
    Set<String> written = zones(run1, WRITE, 2);
    // Done: read back after its changes, and that read kept (the kill may fall between the answer
    // and the file).
    Set<String> finished = zones(run1, ZONEFILE, 1);
    finished.removeIf(z -> !cached(z));
    assertTrue(
        finished.size() >= 2 && finished.size() < ZONES,
        "stopped half-way: written " + written + ", finished " + finished);

    try (Emulator second = first) {
      int mark2 = lines(firstLog).size();
      Run again = hzone(second, "apply", "--yes", "zones/");
      assertEquals(0, again.code(), again::toString);
      List<String> all2 = lines(firstLog);
      List<String> run2 = all2.subList(mark2, all2.size());
      int firstWrite = 0;
      while (firstWrite < run2.size() && run2.get(firstWrite).startsWith("GET ")) {
        firstWrite++;
      }
      Set<String> readToPlan = zones(run2.subList(0, firstWrite), ZONEFILE, 1);
      // Only zones whose requests went but whose end was not seen are read; finished and unreached
      // ones are not.
      Set<String> unconfirmed = new TreeSet<>(written);
      unconfirmed.removeAll(finished);
      assertTrue(
          unconfirmed.containsAll(readToPlan),
          "read to plan: " + readToPlan + ", finished " + finished);
      for (String z : finished) {
        assertFalse(
            run2.stream().anyMatch(l -> WRITE.matcher(l).find() && l.contains("/zones/" + z + "/")),
            "a finished zone is not written again: " + z);
      }
      Run after = hzone(second, "plan", "--detailed-exitcode", "zones/");
      assertEquals(0, after.code(), after::toString);
      System.out.printf(
          Locale.ROOT,
          "resume: first run wrote %d zones, finished %d; re-run read %d zones to plan,"
              + " %d requests in all (%d before its first write)%n",
          written.size(),
          finished.size(),
          readToPlan.size(),
          run2.size(),
          firstWrite);
    }
  }
}
