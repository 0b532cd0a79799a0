package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.GlobalOptions;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.OutputOptions;
import dev.hzone.cli.framework.Resources;
import dev.hzone.emulator.EmulatorOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.cli.DefaultParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmulatorCommandTest {
  @TempDir Path dir;

  @Test
  void refusesBadOptionsAsUsageErrors() {
    for (String[] args :
        List.of(
            new String[] {"emulator", "--listen", "nohost"},
            new String[] {"emulator", "--listen", "127.0.0.1:99999"},
            new String[] {"emulator", "--faults", "2"},
            new String[] {"emulator", "--action-ms", "-1"},
            new String[] {"emulator", "--seed", "x"},
            new String[] {"emulator", "extra"})) {
      CliRun r = CliRun.run(dir, Map.of(), args);
      assertEquals(ExitCodes.USAGE, r.code(), r.transcript());
      assertTrue(r.err().startsWith("hzone: "), r.transcript());
    }
  }

  @Test
  void helpHasAnExample() {
    CliRun r = CliRun.run(dir, Map.of(), "emulator", "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("--access-log"), r.out());
    assertTrue(r.out().contains("Examples:"), r.out());
  }

  @Test
  void servesUntilStoppedAfterPrintingTheReadyLine() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Invocation inv =
        new Invocation(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(new byte[0]),
            Map.of(),
            dir,
            new GlobalOptions(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false,
                dir.resolve(".hzone/local"),
                OutputOptions.parse(List.of()),
                false,
                false),
            new Resources());
    EmulatorOptions options =
        EmulatorCommand.parse(
            inv,
            new DefaultParser()
                .parse(
                    new org.apache.commons.cli.Options()
                        .addOption(null, "listen", true, "")
                        .addOption(null, "dns-listen", true, "")
                        .addOption(null, "state", true, ""),
                    new String[] {
                      "--listen", "127.0.0.1:0", "--dns-listen", "127.0.0.1:0", "--state", "st"
                    }));
    assertEquals(Optional.of(dir.resolve("st")), options.stateDir());
    CountDownLatch stop = new CountDownLatch(1);
    Thread server = new Thread(() -> EmulatorCommand.serve(inv, options, stop));
    server.start();
    Pattern ready =
        Pattern.compile(
            "hzone emulator: api (http://127\\.0\\.0\\.1:\\d+/v1) dns 127\\.0\\.0\\.1:\\d+\n");
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    Matcher m = ready.matcher("");
    while (System.nanoTime() < deadline
        && !(m = ready.matcher(out.toString(StandardCharsets.UTF_8))).matches()) {
      Thread.sleep(20);
    }
    assertTrue(m.matches(), "ready line: " + out);
    Matcher token =
        Pattern.compile("generated API token \\(use it as HCLOUD_TOKEN\\): (\\S{64})")
            .matcher(err.toString(StandardCharsets.UTF_8));
    assertTrue(token.find(), err.toString(StandardCharsets.UTF_8));
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(m.group(1) + "/zones"))
                    .header("Authorization", "Bearer " + token.group(1))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    stop.countDown();
    server.join(10_000);
    assertTrue(!server.isAlive());
  }
}
