package dev.hzone.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heaviest bad inputs through the jar as users run it, in a JVM of 256 MB: a line of 100 MB,
 * {@code $GENERATE} over four billion names, {@code $INCLUDE} loops, {@code hzone.toml} nested ten
 * thousand deep. Each ends with exit 65 and {@code FILE:LINE: message} within the JVM's memory (an
 * {@code OutOfMemoryError} would end it with a stack trace and another exit code) and within a time
 * limit that only guards against hangs; no request reaches the API. The numbers go to {@code
 * target/reliability/bad-input-jar.txt}.
 */
class BadInputIT {
  private static final Pattern FILE_LINE =
      Pattern.compile("(?m)^(?:hzone: )?\\S[^:\\n]*:\\d+: \\S.*$");
  private static final List<String> HEAVY =
      List.of(
          "a line of 100 MB",
          "a line of 100 MB of short fields",
          "a quoted string of 100 MB",
          "an owner name of 100 MB",
          "$GENERATE over four billion names",
          "$GENERATE of billions in an include",
          "$INCLUDE loop of two files",
          "$INCLUDE of itself",
          "a name of 1 MB",
          "ten thousand open parentheses");
  private static final List<String> HEAVY_TOML =
      List.of(
          "hzone.toml: ten thousand nested arrays",
          "hzone.toml: ten thousand nested inline tables",
          "hzone.toml over 1 MiB");

  @TempDir Path dir;

  @Test
  void theHeaviestBadInputsEndCleanlyInA256MegabyteJvm() throws Exception {
    Path jar = Path.of("target/hzone.jar").toAbsolutePath();
    assertTrue(Files.exists(jar), "run in 'mvn verify', after the jar is packaged");
    List<FuzzCase> cases = new ArrayList<>();
    BadInputs.zoneFiles().stream().filter(c -> HEAVY.contains(c.name())).forEach(cases::add);
    BadInputs.tomlFiles().stream().filter(c -> HEAVY_TOML.contains(c.name())).forEach(cases::add);
    assertEquals(HEAVY.size() + HEAVY_TOML.size(), cases.size());
    List<String> report = new ArrayList<>();
    MockWebServer api = new MockWebServer();
    api.setDispatcher(
        new okhttp3.mockwebserver.Dispatcher() {
          @Override
          public MockResponse dispatch(okhttp3.mockwebserver.RecordedRequest r) {
            return new MockResponse().setResponseCode(404);
          }
        });
    api.start();
    try {
      int n = 0;
      for (FuzzCase c : cases) {
        Path caseDir = dir.resolve("case-" + n++);
        c.write(caseDir);
        long t0 = System.nanoTime();
        ProcessBuilder pb =
            new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m",
                    "-jar",
                    jar.toString(),
                    "--endpoint",
                    api.url("/v1").toString(),
                    "plan",
                    "zones/")
                .directory(caseDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(caseDir.resolve("output.txt").toFile());
        pb.environment().put("HCLOUD_TOKEN", "bad-input-token-0123456789");
        Process p = pb.start();
        p.getOutputStream().close();
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
          p.destroyForcibly();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        String output = Files.readString(caseDir.resolve("output.txt"), StandardCharsets.UTF_8);
        assertTrue(ended, c + ": no end within 120 s");
        assertEquals(65, p.exitValue(), c + "\n" + output);
        assertTrue(FILE_LINE.matcher(output).find(), c + ": no FILE:LINE\n" + output);
        assertFalse(
            output.contains("\tat ") || output.contains("Exception") || output.contains("Error:"),
            c + "\n" + output);
        report.add(
            String.format(
                Locale.ROOT,
                "%-45s exit %d in %.1f s: %s",
                c.name(),
                p.exitValue(),
                seconds,
                output.lines().findFirst().orElse("").replaceAll("(.{160}).+", "$1...")));
        deleteTree(caseDir);
      }
      assertEquals(0, api.getRequestCount(), "no request was sent");
    } finally {
      api.shutdown();
    }
    Path out = Path.of("target", "reliability", "bad-input-jar.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, String.join("\n", report) + "\n", StandardCharsets.UTF_8);
  }

  private static void deleteTree(Path root) throws IOException {
    try (var s = Files.walk(root)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
