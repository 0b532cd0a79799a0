package dev.hzone.emulator;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The emulator as {@code --local} runs it inside another hzone command: API and DNS on free loopback ports,
 * state in a directory ({@code .hzone/local} by default), a fixed token, actions that finish at once, no
 * latency and no faults. A second {@code --local} command on the same directory waits (up to
 * {@link #LOCK_WAIT}) until the first has ended.
 *
 * <pre>{@code
 * try (Emulator emu = LocalEmulator.start(Path.of(".hzone/local"))) {
 *   client = HcloudClient.builder().endpoint(emu.apiEndpoint()).token(emu.token()).build();
 * }
 * }</pre>
 */
public final class LocalEmulator {
  /** The token of every local emulator: it only ever listens on loopback. */
  public static final String TOKEN = "hzone-local-emulator-0000000000000000000000000000000000000000000";

  /** How long a {@code --local} command waits for another one that holds the state directory. */
  public static final Duration LOCK_WAIT = Duration.ofSeconds(60);

  private LocalEmulator() {}

  /**
   * Starts an emulator on free loopback ports with its state in {@code stateDir}.
   *
   * @throws EmulatorException when the state is corrupt or in use by another emulator
   */
  public static Emulator start(Path stateDir) {
    return start(stateDir, Optional.empty(), line -> {});
  }

  /**
   * Starts an emulator on free loopback ports with its state in {@code stateDir}, serving its zones over DNS
   * (with {@code dns} when given, else the emulator's DNS server), and logging to {@code log}.
   */
  public static Emulator start(Path stateDir, Optional<ZoneServer.Factory> dns, Consumer<String> log) {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    EmulatorOptions options = EmulatorOptions.defaults()
        .withListen(new InetSocketAddress(loopback, 0))
        .withDnsListen(new InetSocketAddress(loopback, 0))
        .withStateDir(stateDir)
        .withToken(TOKEN)
        .withActionDuration(Duration.ZERO);
    Emulator.Builder b = Emulator.builder(options).log(log).stateLockWait(LOCK_WAIT);
    dns.ifPresent(b::zoneServer);
    return b.start();
  }
}
