package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.api.HcloudClient;
import dev.hzone.api.ZoneCreateOptions;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.ClientFactory;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.GlobalOptions;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.OutputOptions;
import dev.hzone.cli.framework.Resources;
import dev.hzone.emulator.Emulator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --local}: the client of the invocation talks to an emulator started in-process. */
class LocalModeTest {
  @TempDir Path dir;

  private Invocation inv(Resources resources) {
    GlobalOptions g =
        new GlobalOptions(
            Optional.of("https://api.hetzner.cloud/v1"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            true,
            dir.resolve(".hzone/local"),
            OutputOptions.parse(List.of()),
            false,
            false);
    return new Invocation(
        new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new ByteArrayInputStream(new byte[0]),
        Map.of(),
        dir,
        g,
        resources);
  }

  @Test
  void talksToAnInProcessEmulatorWhoseStateOutlivesTheInvocation() {
    try (Resources r = new Resources()) {
      Invocation inv = inv(r);
      HcloudClient client = ClientFactory.client(inv);
      client.zones().create(ZoneCreateOptions.primary("example.com"));
      Emulator emu = ClientFactory.localEmulator(inv);
      assertTrue(
          emu.apiEndpoint().toString().startsWith("http://127.0.0.1:"),
          emu.apiEndpoint().toString());
      assertTrue(emu.dnsAddress().isPresent(), "the local emulator serves DNS too");
    }
    assertTrue(Files.isDirectory(dir.resolve(".hzone/local/zones")));
    try (Resources r = new Resources()) {
      assertEquals(
          "example.com",
          ClientFactory.client(inv(r)).zones().get("example.com").orElseThrow().name());
    }
  }

  @Test
  void theTokenIsRandomPerStateDirectoryKeptOwnerOnlyAndReadOnLaterRuns() throws Exception {
    Path tokenFile = dir.resolve(".hzone/local/" + dev.hzone.emulator.LocalEmulator.TOKEN_FILE);
    String first;
    try (Resources r = new Resources()) {
      Invocation inv = inv(r);
      ClientFactory.client(inv).zones().create(ZoneCreateOptions.primary("example.com"));
      first = ClientFactory.localEmulator(inv).token();
    }
    assertEquals(first, Files.readString(tokenFile).trim());
    assertTrue(first.matches("[A-Za-z0-9]{64}"), "64 letters and digits");
    if (Files.getFileAttributeView(tokenFile, java.nio.file.attribute.PosixFileAttributeView.class)
        != null) {
      assertEquals(
          "rw-------",
          java.nio.file.attribute.PosixFilePermissions.toString(
              Files.getPosixFilePermissions(tokenFile)));
    }
    try (Resources r = new Resources()) {
      Invocation inv = inv(r);
      assertEquals(
          first, ClientFactory.localEmulator(inv).token(), "a later run reads the same token");
      assertEquals(
          "example.com", ClientFactory.client(inv).zones().get("example.com").orElseThrow().name());
    }
    try (Emulator other = dev.hzone.emulator.LocalEmulator.start(dir.resolve("other-state"))) {
      assertTrue(!other.token().equals(first), "another state directory has its own token");
    }
  }

  /**
   * Issue 17: {@code --local} commands share one hour's budget, as the API's project does, instead
   * of each starting full. The second command sees what the first left, plus at most the refill of
   * the seconds in between (one a second), well short of a fresh 3,599.
   */
  @Test
  void successiveLocalCommandsShareOneRateLimitBudget() {
    int spent = 60;
    int leftByFirst;
    long between = System.nanoTime();
    try (Resources r = new Resources()) {
      HcloudClient client = ClientFactory.client(inv(r));
      for (int i = 0; i < spent; i++) {
        client.zones().get("example.com");
      }
      leftByFirst = client.rateLimit().orElseThrow().remaining();
      between = System.nanoTime();
    }
    assertTrue(leftByFirst < 3600 - spent / 2, () -> leftByFirst + " left (refill included)");
    assertTrue(Files.isRegularFile(dir.resolve(".hzone/local/rate_limit.json")));
    try (Resources r = new Resources()) {
      HcloudClient client = ClientFactory.client(inv(r));
      client.zones().get("example.com");
      int left = client.rateLimit().orElseThrow().remaining();
      long refill = (System.nanoTime() - between) / 1_000_000_000L + 1;
      assertTrue(
          left <= leftByFirst - 1 + refill,
          () -> left + " left, the first left " + leftByFirst + ", " + refill + " s between");
    }
  }

  /**
   * Waits on the lock itself: the second start pauses (through its injected sleeper) because the
   * first holds the state, and goes on only once the first has ended. With a lock that does not
   * hold, the second never pauses.
   */
  @Test
  void aSecondLocalCommandWaitsForTheFirstToEnd() throws Exception {
    Path state = dir.resolve(".hzone/local");
    Emulator first = dev.hzone.emulator.LocalEmulator.start(state);
    java.util.concurrent.Semaphore pauses = new java.util.concurrent.Semaphore(0);
    dev.hzone.emulator.web.Sleeper counting =
        d -> {
          pauses.release();
          dev.hzone.emulator.web.Sleeper.REAL.sleep(d);
        };
    java.util.concurrent.CompletableFuture<Emulator> second =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () ->
                dev.hzone.emulator.LocalEmulator.start(
                    state, Optional.empty(), line -> {}, counting));
    try {
      assertTrue(
          pauses.tryAcquire(2, 30, java.util.concurrent.TimeUnit.SECONDS),
          "the second start waits (twice at least) while the first holds the state");
      assertFalse(second.isDone(), "the second has not started while the first holds the state");
    } finally {
      first.close();
    }
    try (Emulator s = second.get(60, java.util.concurrent.TimeUnit.SECONDS)) {
      assertTrue(s.apiEndpoint().getPort() > 0);
    }
  }

  @Test
  void aCorruptStateIsAClearFailure() throws Exception {
    Files.createDirectories(dir.resolve(".hzone/local/zones"));
    Files.writeString(dir.resolve(".hzone/local/zones/5.json"), "{\"format\":");
    try (Resources r = new Resources()) {
      CliException e = assertThrows(CliException.class, () -> ClientFactory.client(inv(r)));
      assertEquals(ExitCodes.UNAVAILABLE, e.exitCode());
      assertTrue(e.getMessage().contains("5.json"), e.getMessage());
    }
  }
}
