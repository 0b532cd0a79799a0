package dev.hzone.sync.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Quick start, exactly as a new user types it: {@code ./hzone --local apply --yes
 * --create-zones zones/}, then a plan of the same files is empty (the local emulator keeps its
 * state in {@code .hzone/local}).
 */
class QuickStartIT {
  @TempDir Path dir;

  private record Result(int code, String output) {}

  private Result hzone(String... args) throws Exception {
    List<String> cmd =
        new java.util.ArrayList<>(List.of(Path.of("hzone").toAbsolutePath().toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().remove("HCLOUD_TOKEN");
    pb.environment().put("NO_COLOR", "1");
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), out);
    return new Result(p.exitValue(), out);
  }

  @Test
  void theQuickStartWorksAndLeavesNothingToDo() throws Exception {
    Files.createDirectories(dir.resolve("zones"));
    try (Stream<Path> s = Files.list(Path.of("zones"))) {
      for (Path f : s.toList()) {
        Files.copy(f, dir.resolve("zones").resolve(f.getFileName()));
      }
    }
    Result apply = hzone("--local", "apply", "--yes", "--create-zones", "zones/");
    assertEquals(0, apply.code(), apply.output());
    assertTrue(apply.output().contains("Applied "), apply.output());
    Result plan = hzone("--local", "plan", "--detailed-exitcode", "zones/");
    assertEquals(0, plan.code(), plan.output());
    assertTrue(
        plan.output().contains("Plan: 0 to create, 0 to change, 0 to delete"), plan.output());
  }
}
