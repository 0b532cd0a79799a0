package dev.hzone.sync.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An apply killed half-way (SIGKILL of the hzone process, the jar as users run it) and run again
 * converges: the second plan starts from what the first one left, and afterwards nothing differs
 * from the files.
 */
class ApplyInterruptedIT {
  @TempDir Path dir;

  private static String zone(int n, String net) {
    StringBuilder sb = new StringBuilder("$ORIGIN example.com.\n$TTL 3600\n");
    for (int i = 0; i < n; i++) {
      sb.append("h")
          .append(i)
          .append(" IN A ")
          .append(net)
          .append('.')
          .append(i / 250)
          .append('.')
          .append(i % 250)
          .append('\n');
    }
    for (int i = 0; i < n / 10; i++) {
      sb.append("txt")
          .append(i)
          .append(" IN TXT \"")
          .append(net)
          .append(" ")
          .append(i)
          .append("\"\n");
    }
    return sb.toString();
  }

  @Test
  void anApplyKilledHalfWayConvergesWhenRunAgain() throws Exception {
    Path jar = Path.of("target/hzone.jar").toAbsolutePath();
    assertTrue(Files.exists(jar), "run in 'mvn verify', after the jar is packaged");
    try (EmulatorFixture emu =
        new EmulatorFixture(dir, Duration.ofMillis(300), Duration.ofMillis(20))) {
      emu.write("zones/example.com.zone", zone(300, "10.1"));
      assertEquals(0, emu.run("apply", "--yes", "--create-zones", "zones/").code());
      // Every value changes, some RRSets go and others come: creates, updates and deletes at once.
      emu.write(
          "zones/example.com.zone",
          zone(300, "10.2").replace("txt1 IN", "new1 IN").replace("txt2 IN", "new2 IN"));
      emu.markLog();
      ProcessBuilder pb =
          new ProcessBuilder(
                  List.of(
                      javaBin(),
                      "-jar",
                      jar.toString(),
                      "--endpoint",
                      emu.emulator.apiEndpoint().toString(),
                      "apply",
                      "--yes",
                      "--force",
                      "--strategy",
                      "rrsets",
                      "--parallel",
                      "2",
                      "zones/"))
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("first.log").toFile());
      pb.environment().put("HCLOUD_TOKEN", emu.emulator.token());
      pb.environment().put("NO_COLOR", "1");
      Process p = pb.start();
      p.getOutputStream().close();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (emu.requestsSinceMark().stream()
                  .filter(l -> l.startsWith("POST") || l.startsWith("DELETE"))
                  .count()
              < 40
          && p.isAlive()
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertTrue(
          p.isAlive(),
          () -> "the apply ended before it could be killed:\n" + read(dir.resolve("first.log")));
      p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      long sent =
          emu.requestsSinceMark().stream()
              .filter(l -> l.startsWith("POST") || l.startsWith("DELETE"))
              .count();
      assertTrue(sent >= 40 && sent < 330, "writes before the kill: " + sent);

      EmulatorFixture.Run second = emu.run("apply", "--yes", "--force", "zones/");
      assertEquals(0, second.code(), second::toString);
      EmulatorFixture.Run plan = emu.run("plan", "--detailed-exitcode", "zones/");
      assertEquals(0, plan.code(), plan::toString);
    }
  }

  private static String javaBin() {
    return Path.of(
            System.getProperty("java.home"),
            "bin",
            "java" + (File.separatorChar == '\\' ? ".exe" : ""))
        .toString();
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (java.io.IOException e) {
      return "(no log)";
    }
  }
}
