package dev.hzone.sync.e2e;

import dev.hzone.api.HcloudClient;
import dev.hzone.cli.Main;
import dev.hzone.emulator.Emulator;
import dev.hzone.emulator.EmulatorOptions;
import dev.hzone.emulator.dnsapi.NameserverSets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An emulator on free loopback ports with an access log, and hzone's command line run in-process
 * against it: the end-to-end setting of issue 5's tests. Requests are counted from the emulator's
 * own log.
 */
final class EmulatorFixture implements AutoCloseable {
  final Path dir;
  final Emulator emulator;
  private final Path accessLog;
  private int mark;

  /** The outcome of one command. */
  record Run(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  EmulatorFixture(Path dir, Duration actionTime, Duration latency) {
    this(dir, actionTime, latency, NameserverSets.HETZNER, Optional.empty());
  }

  /**
   * An emulator that keeps its state in {@code stateDir}, so that a test can stop it, seed the
   * state ({@code dev.hzone.emulator.StateSeeds}) and start another on it.
   */
  EmulatorFixture(Path dir, Path stateDir) {
    this(dir, Duration.ofMillis(100), Duration.ZERO, NameserverSets.HETZNER, Optional.of(stateDir));
  }

  /** Zones get their nameservers from {@code nameservers} instead of Hetzner's usual ones. */
  EmulatorFixture(Path dir, NameserverSets nameservers) {
    this(dir, Duration.ofMillis(100), Duration.ZERO, nameservers, Optional.empty());
  }

  private EmulatorFixture(
      Path dir,
      Duration actionTime,
      Duration latency,
      NameserverSets nameservers,
      Optional<Path> stateDir) {
    this.dir = dir;
    this.accessLog = dir.resolve("access.log");
    InetSocketAddress any = new InetSocketAddress("127.0.0.1", 0);
    EmulatorOptions o =
        EmulatorOptions.defaults()
            .withListen(any)
            .withDnsListen(any)
            .withAccessLog(accessLog)
            .withActionDuration(actionTime)
            .withLatency(latency)
            .withToken("e2e-token-0123456789");
    if (stateDir.isPresent()) {
      o = o.withStateDir(stateDir.get());
    }
    this.emulator = Emulator.builder(o).nameservers(nameservers).start();
  }

  EmulatorFixture(Path dir) {
    this(dir, Duration.ofMillis(100), Duration.ZERO);
  }

  /**
   * Runs {@code hzone ARGS} against the emulator, in {@link #dir}, with {@code stdin} as standard
   * input.
   */
  Run runWithInput(String stdin, String... args) {
    return runWithEnv(Map.of(), stdin, args);
  }

  /**
   * As {@link #runWithInput}, with {@code extraEnv} added to the environment (e.g. {@code
   * XDG_CACHE_HOME}).
   */
  Run runWithEnv(Map<String, String> extraEnv, String stdin, String... args) {
    List<String> all = new ArrayList<>(List.of("--endpoint", emulator.apiEndpoint().toString()));
    all.addAll(List.of(args));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            all.toArray(String[]::new),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            env(extraEnv),
            dir);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Map<String, String> env(Map<String, String> extra) {
    Map<String, String> env =
        new java.util.HashMap<>(Map.of("HCLOUD_TOKEN", emulator.token(), "NO_COLOR", "1"));
    env.putAll(extra);
    return env;
  }

  Run run(String... args) {
    return runWithInput("", args);
  }

  /** A client of the emulator, for changing zones behind hzone's back. */
  HcloudClient client() {
    return HcloudClient.builder()
        .endpoint(emulator.apiEndpoint().toString())
        .token(emulator.token())
        .build();
  }

  /** Starts counting requests from here. */
  void markLog() {
    mark = log().size();
  }

  /** The access-log lines since {@link #markLog()}: {@code METHOD PATH?QUERY STATUS}. */
  List<String> requestsSinceMark() {
    List<String> all = log();
    return all.subList(Math.min(mark, all.size()), all.size());
  }

  List<String> log() {
    try {
      return Files.exists(accessLog)
          ? Files.readAllLines(accessLog, StandardCharsets.UTF_8)
          : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Optional<InetSocketAddress> dns() {
    return emulator.dnsAddress();
  }

  /** Writes a file under {@link #dir}. */
  Path write(String relative, String text) {
    try {
      Path f = dir.resolve(relative);
      Files.createDirectories(f.getParent());
      return Files.writeString(f, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    emulator.close();
  }
}
