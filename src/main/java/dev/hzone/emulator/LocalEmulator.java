package dev.hzone.emulator;

import dev.hzone.emulator.web.Sleeper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The emulator as {@code --local} runs it inside another hzone command: API and DNS on free
 * loopback ports, state in a directory ({@code .hzone/local} by default), a random token kept in
 * that directory (file {@value #TOKEN_FILE}, mode 0600, made on first use), actions that finish at
 * once, no latency and no faults. A second {@code --local} command on the same directory waits (up
 * to {@link #LOCK_WAIT}) until the first has ended.
 *
 * <pre>{@code
 * try (Emulator emu = LocalEmulator.start(Path.of(".hzone/local"))) {
 *   client = HcloudClient.builder().endpoint(emu.apiEndpoint()).token(emu.token()).build();
 * }
 * }</pre>
 */
public final class LocalEmulator {
  /**
   * The file in the state directory that holds the emulator's token. Random per directory, not a
   * fixed published one: loopback ports are open to every user and process of the machine.
   */
  public static final String TOKEN_FILE = "token";

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
   * Starts an emulator on free loopback ports with its state in {@code stateDir}, serving its zones
   * over DNS (with {@code dns} when given, else the emulator's DNS server), and logging to {@code
   * log}.
   */
  public static Emulator start(
      Path stateDir, Optional<ZoneServer.Factory> dns, Consumer<String> log) {
    return start(stateDir, dns, log, Sleeper.REAL);
  }

  /**
   * As {@link #start(Path, Optional, Consumer)}, waiting with {@code sleeper} (between tries for
   * the state directory's lock, among others), so that a test can see a second emulator wait for
   * the first.
   */
  public static Emulator start(
      Path stateDir, Optional<ZoneServer.Factory> dns, Consumer<String> log, Sleeper sleeper) {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    EmulatorOptions options =
        EmulatorOptions.defaults()
            .withListen(new InetSocketAddress(loopback, 0))
            .withDnsListen(new InetSocketAddress(loopback, 0))
            .withStateDir(stateDir)
            .withToken(token(stateDir))
            .withActionDuration(Duration.ZERO);
    Emulator.Builder b =
        Emulator.builder(options).log(log).stateLockWait(LOCK_WAIT).sleeper(sleeper);
    dns.ifPresent(b::zoneServer);
    return b.start();
  }

  /**
   * The token of the emulator whose state is in {@code stateDir}: read from {@value #TOKEN_FILE},
   * or made (64 random letters and digits, as the Cloud API's tokens) and written with mode 0600 on
   * first use.
   *
   * @throws EmulatorException when the file cannot be read or written, or does not hold a token
   */
  public static String token(Path stateDir) {
    Path file = stateDir.resolve(TOKEN_FILE);
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(stateDir);
        create(file, Emulator.Builder.generateToken());
      }
      String token = Files.readString(file, StandardCharsets.UTF_8).trim();
      if (!token.matches("[A-Za-z0-9]{32,128}")) {
        throw new EmulatorException(
            file
                + " does not hold an emulator token (32 to 128 letters and digits);"
                + " delete it to make a new one",
            null);
      }
      return token;
    } catch (IOException e) {
      throw new EmulatorException("cannot read or write the local token " + file + ": " + e, e);
    }
  }

  /**
   * Writes the token whole under a temporary name and links it in place, so that two first runs at
   * once agree on one token and neither reads a half-written file.
   */
  private static void create(Path file, String token) throws IOException {
    Path dir = file.getParent();
    boolean posix = Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null;
    Path tmp =
        posix
            ? Files.createTempFile(
                dir,
                ".token.",
                ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
            : Files.createTempFile(dir, ".token.", ".tmp");
    try {
      Files.writeString(tmp, token + "\n", StandardCharsets.UTF_8);
      try {
        Files.createLink(file, tmp);
      } catch (UnsupportedOperationException noHardLinks) {
        Files.move(tmp, file);
      }
    } catch (FileAlreadyExistsException anotherRunWasFirst) {
      // keep the other run's token
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
