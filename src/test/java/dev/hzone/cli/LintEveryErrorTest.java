package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every error of every file in one run: syntax, RRSet TTLs and lint rules together (issue 15, item
 * 5).
 */
class LintEveryErrorTest {
  @TempDir Path dir;

  private static final String BROKEN =
      """
      $ORIGIN example.com.
      $TTL 3600
      www IN A 999.1.1.1
      foo IN A 192.0.2.1
      foo IN CNAME bar
      mail 30 IN A 192.0.2.5
      bad IN MX notanumber mail
      two 300 IN A 192.0.2.7
      two 600 IN A 192.0.2.8
      @ IN CNAME foo
      """;

  private static final List<String> EXPECTED =
      List.of(
          "example.com.zone:3:",
          "example.com.zone:4:",
          "example.com.zone:6:",
          "example.com.zone:7:",
          "example.com.zone:9:",
          "example.com.zone:10:",
          "other.org.zone:2:",
          "other.org.zone:3:");

  @Test
  void fileCheckAndPlanReportEveryErrorOfEveryFileAtOnce() throws Exception {
    Files.createDirectories(dir.resolve("zones"));
    Files.writeString(dir.resolve("zones/example.com.zone"), BROKEN);
    Files.writeString(
        dir.resolve("zones/other.org.zone"),
        "$ORIGIN other.org.\nwww IN A 1.2.3\nx 10 IN A 192.0.2.1\n");
    for (String[] args :
        List.of(new String[] {"file", "check", "zones/"}, new String[] {"plan", "zones/"})) {
      CliRun r =
          CliRun.run(
              dir,
              Map.of("HCLOUD_TOKEN", "x".repeat(64), "HCLOUD_ENDPOINT", "http://127.0.0.1:9/v1"),
              args);
      assertEquals(65, r.code(), r.transcript());
      for (String at : EXPECTED) {
        assertTrue(
            r.err().contains("zones/" + at),
            at + " in " + String.join(" ", args) + ":\n" + r.transcript());
      }
    }
  }
}
