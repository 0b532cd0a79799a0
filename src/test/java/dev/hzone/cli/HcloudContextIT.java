package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.cli.framework.HcloudConfig;
import dev.hzone.testing.Tools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The official hcloud CLI (Debian hcloud-cli) and hzone read and write each other's contexts. */
class HcloudContextIT {
  static final String T1 = "a".repeat(64);
  static final String T2 = "b".repeat(64);

  @TempDir Path dir;

  private Path config() {
    return dir.resolve("home/.config/hcloud/cli.toml");
  }

  private CliRun hzone(String stdin, String... args) {
    return CliRun.withInput(dir, Map.of("HCLOUD_CONFIG", config().toString()), stdin, args);
  }

  /** Runs hcloud with only HCLOUD_CONFIG, PATH and HOME set; returns exit code and output. */
  private CliRun hcloud(String stdin, List<String> command)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().clear();
    pb.environment()
        .putAll(
            Map.of(
                "HCLOUD_CONFIG",
                config().toString(),
                "PATH",
                "/usr/bin:/bin",
                "HOME",
                dir.toString()));
    Process p = pb.start();
    p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "hcloud finished");
    return new CliRun(
        p.exitValue(),
        new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
        new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  private CliRun hcloud(String... args) throws IOException, InterruptedException {
    String exe = Tools.require("hcloud");
    List<String> cmd = new java.util.ArrayList<>(List.of(exe));
    cmd.addAll(List.of(args));
    return hcloud("", cmd);
  }

  @Test
  void hcloudReadsAndChangesContextsThatHzoneCreated() throws Exception {
    assertEquals(0, hzone(T1 + "\n", "context", "create", "prod").code());
    assertEquals(0, hzone(T2 + "\n", "context", "create", "staging").code());

    CliRun list = hcloud("context", "list");
    assertEquals(0, list.code(), list.transcript());
    assertEquals("ACTIVE   NAME\n         prod\n*        staging\n", list.out());

    assertEquals(0, hcloud("context", "use", "prod").code());
    assertEquals("prod\n", hzone("", "context", "active").out());

    assertEquals(0, hzone("", "context", "delete", "staging").code());
    assertEquals("prod\n", hcloud("context", "active").out());
    assertEquals(0, hzone("", "context", "delete", "prod").code());
    CliRun empty = hcloud("context", "list");
    assertEquals(
        0,
        empty.code(),
        "hcloud reads a config whose last context hzone deleted: " + empty.transcript());
    assertEquals("ACTIVE   NAME\n", empty.out());
  }

  @Test
  void hzoneReadsContextsThatHcloudCreated() throws Exception {
    String exe = Tools.require("hcloud");
    String script = Tools.require("script");
    // 'hcloud context create' insists on a terminal; script(1) gives it one, fed from our stdin.
    CliRun created =
        hcloud(T1 + "\n", List.of(script, "-qec", exe + " context create fromhcloud", "/dev/null"));
    assertEquals(0, created.code(), created.transcript());

    CliRun list = hzone("", "context", "list");
    assertEquals(0, list.code(), list.transcript());
    assertEquals("ACTIVE   NAME\n*        fromhcloud\n", list.out());
    assertEquals("", list.err(), "hcloud writes mode 0600, so no warning");
    assertEquals(T1, HcloudConfig.load(config()).context("fromhcloud").orElseThrow().token());

    assertEquals(0, hzone(T2 + "\n", "context", "create", "fromhzone").code());
    assertEquals(
        "ACTIVE   NAME\n         fromhcloud\n*        fromhzone\n",
        hcloud("context", "list").out());
  }
}
