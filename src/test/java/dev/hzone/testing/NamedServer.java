package dev.hzone.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * A real BIND {@code named} (Debian's bind9) serving test zones on a free port of 127.0.0.1, for
 * tests of zone transfers, TSIG and migration. It writes its own {@code named.conf} and zone files
 * into a directory the test owns, runs named in the foreground ({@code -g}) and stops it on {@link
 * #close()}.
 *
 * <p>The configuration keeps named off the network: it listens on 127.0.0.1 only (no IPv6), does no
 * recursion, sends no NOTIFY, has no control channel and no DNSSEC validation, so it never sends a
 * packet beyond loopback.
 *
 * <pre>{@code
 * NamedServer.Key key = NamedServer.Key.random("transfer-key", "hmac-sha256");
 * try (NamedServer named = NamedServer.builder(tempDir)
 *     .key(key)
 *     .zone(NamedServer.Zone.of("example.test", zoneText).allowTransferTo(key).signed(Signing.NSEC3))
 *     .start()) {
 *   ServerAddress primary = ServerAddress.parse(named.hostPort());
 * }
 * }</pre>
 *
 * <p>When named or a signing tool is not installed the test is skipped with a notice ({@link
 * Tools}), and fails under {@code CI=true}.
 */
public final class NamedServer implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

  private final Path dir;
  private final int port;
  private final Map<String, Path> servedFiles;
  private final StringBuffer log = new StringBuffer();
  private Process process;

  private NamedServer(Path dir, int port, Map<String, Path> servedFiles) {
    this.dir = dir;
    this.port = port;
    this.servedFiles = servedFiles;
  }

  /** Starts a configuration in {@code dir}, which the caller owns (a JUnit {@code @TempDir}). */
  public static Builder builder(Path dir) {
    return new Builder(dir);
  }

  /** How a zone is signed before it is served. */
  public enum Signing {
    NONE,
    /** DNSSEC with NSEC, a KSK and a ZSK (ECDSA P-256), plus CDS and CDNSKEY. */
    NSEC,
    /** The same with NSEC3 (no salt, no extra iterations, as RFC 9276 recommends). */
    NSEC3
  }

  /**
   * A TSIG key that named knows.
   *
   * @param name the key's name
   * @param algorithm BIND's name for the algorithm, e.g. {@code hmac-sha256}
   * @param secret the base64 secret
   */
  public record Key(String name, String algorithm, String secret) {
    public Key {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(algorithm, "algorithm");
      Objects.requireNonNull(secret, "secret");
    }

    /** A key with a fresh random 32-byte secret. */
    public static Key random(String name, String algorithm) {
      byte[] b = new byte[32];
      new SecureRandom().nextBytes(b);
      return new Key(name, algorithm, Base64.getEncoder().encodeToString(b));
    }

    /** The same name and algorithm with another random secret: the "wrong key" of a test. */
    public Key withOtherSecret() {
      Key other = random(name, algorithm);
      return new Key(name, algorithm, other.secret);
    }

    /** BIND's {@code key} statement, as {@code tsig-keygen} writes it. */
    public String bindStatement() {
      return "key \""
          + name
          + "\" {\n\talgorithm "
          + algorithm
          + ";\n\tsecret \""
          + secret
          + "\";\n};\n";
    }

    /** dig's {@code -y} form, {@code ALG:NAME:SECRET}. */
    public String colonForm() {
      return algorithm + ":" + name + ":" + secret;
    }

    @Override
    public String toString() {
      return "Key[" + name + ", " + algorithm + "]";
    }
  }

  /**
   * A primary zone for named.
   *
   * @param name the zone name, without trailing dot
   * @param text the zone file's text
   * @param allowTransfer named's allow-transfer list: {@code none;}, {@code any;} or {@code key
   *     NAME;}
   * @param signing whether and how to sign it first
   */
  public record Zone(String name, String text, String allowTransfer, Signing signing) {
    public Zone {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(allowTransfer, "allowTransfer");
      Objects.requireNonNull(signing, "signing");
    }

    /** A zone that refuses every transfer and is not signed. */
    public static Zone of(String name, String text) {
      return new Zone(name, text, "none;", Signing.NONE);
    }

    /** Transfers only for requests signed with {@code key}. */
    public Zone allowTransferTo(Key key) {
      return new Zone(name, text, "key \"" + key.name() + "\";", signing);
    }

    /** Transfers to anyone (on loopback). */
    public Zone allowTransferToAnyone() {
      return new Zone(name, text, "any;", signing);
    }

    public Zone signed(Signing how) {
      return new Zone(name, text, allowTransfer, how);
    }
  }

  /** Collects keys and zones, then writes the configuration and starts named. */
  public static final class Builder {
    private final Path dir;
    private final List<Key> keys = new ArrayList<>();
    private final List<Zone> zones = new ArrayList<>();
    private int port;

    private Builder(Path dir) {
      this.dir = dir;
    }

    public Builder key(Key key) {
      keys.add(key);
      return this;
    }

    public Builder zone(Zone zone) {
      zones.add(zone);
      return this;
    }

    /** Serves on this port instead of a free one (to restart on the same port). */
    public Builder port(int p) {
      port = p;
      return this;
    }

    /** Writes everything, signs zones as asked, starts named and waits until every zone answers. */
    public NamedServer start() {
      String named = Tools.require("named");
      try {
        Files.createDirectories(dir);
        Map<String, Path> served = new LinkedHashMap<>();
        for (Zone z : zones) {
          Path file = dir.resolve("db." + z.name());
          Files.writeString(file, z.text(), StandardCharsets.UTF_8);
          if (z.signing() != Signing.NONE) {
            file = Signer.sign(dir, z.name(), file, z.signing());
          }
          served.put(z.name(), file);
        }
        int p = port != 0 ? port : freePort();
        Files.writeString(dir.resolve("named.conf"), config(p, served), StandardCharsets.UTF_8);
        NamedServer server = new NamedServer(dir, p, served);
        server.launch(named);
        return server;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private String config(int p, Map<String, Path> served) {
      StringBuilder c = new StringBuilder();
      for (Key k : keys) {
        c.append(k.bindStatement());
      }
      String d = dir.toAbsolutePath().toString();
      c.append("options {\n")
          .append("\tdirectory \"")
          .append(d)
          .append("\";\n")
          .append("\tpid-file \"")
          .append(d)
          .append("/named.pid\";\n")
          .append("\tsession-keyfile \"")
          .append(d)
          .append("/session.key\";\n")
          .append("\tmanaged-keys-directory \"")
          .append(d)
          .append("\";\n")
          .append("\tlisten-on port ")
          .append(p)
          .append(" { 127.0.0.1; };\n")
          .append("\tlisten-on-v6 { none; };\n")
          .append("\trecursion no;\n")
          .append("\tallow-recursion { none; };\n")
          .append("\tnotify no;\n")
          .append("\tdnssec-validation no;\n")
          .append("\tautomatic-interface-scan no;\n")
          .append("\tallow-transfer { none; };\n")
          .append("\tquery-source address 127.0.0.1;\n")
          .append("};\n")
          .append("controls { };\n");
      for (Zone z : zones) {
        c.append("zone \"")
            .append(z.name())
            .append("\" {\n")
            .append("\ttype primary;\n")
            .append("\tfile \"")
            .append(served.get(z.name()).toAbsolutePath())
            .append("\";\n")
            .append("\tallow-transfer { ")
            .append(z.allowTransfer())
            .append(" };\n")
            .append("};\n");
      }
      return c.toString();
    }
  }

  private void launch(String named) throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder(named, "-g", "-4", "-c", dir.resolve("named.conf").toString());
    pb.redirectErrorStream(true);
    process = pb.start();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  log.append(line).append('\n');
                }
              } catch (IOException ignored) {
                // The process ended; what it said is in the log already.
              }
            },
            "named-log-" + port);
    reader.setDaemon(true);
    reader.start();
    awaitZones();
  }

  private void awaitZones() {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    List<String> pending = new ArrayList<>(servedFiles.keySet());
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "named exited with " + process.exitValue() + " while starting:\n" + log);
      }
      pending.removeIf(this::answersSoa);
      if (pending.isEmpty() && log.indexOf("running") >= 0) {
        return;
      }
      sleep(100);
    }
    close();
    throw new IllegalStateException(
        "named did not serve " + pending + " within " + START_TIMEOUT + ":\n" + log);
  }

  private boolean answersSoa(String zone) {
    try {
      SimpleResolver r =
          new SimpleResolver(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      r.setTimeout(Duration.ofMillis(500));
      Message m =
          r.send(
              Message.newQuery(Record.newRecord(Name.fromString(zone + "."), Type.SOA, DClass.IN)));
      return m.getRcode() == Rcode.NOERROR && !m.getSection(Section.ANSWER).isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  /** The port named listens on (UDP and TCP, 127.0.0.1 only). */
  public int port() {
    return port;
  }

  /** {@code 127.0.0.1:PORT}, as the command line takes it. */
  public String hostPort() {
    return "127.0.0.1:" + port;
  }

  /** The file named serves for {@code zone}: the signed one when the zone was signed. */
  public Path servedFile(String zone) {
    Path p = servedFiles.get(zone);
    if (p == null) {
      throw new IllegalArgumentException("named serves no zone " + zone);
    }
    return p;
  }

  /** What named printed so far (it never prints TSIG secrets). */
  public String log() {
    return log.toString();
  }

  /** Whether named is still running. */
  public boolean running() {
    return process != null && process.isAlive();
  }

  /** Stops named (SIGTERM, then SIGKILL after 10 s) and waits until its port is free. */
  public void stop() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  @Override
  public void close() {
    stop();
  }

  /** A port free for both TCP and UDP on 127.0.0.1 right now. */
  @SuppressWarnings("try") // the UDP socket is only opened to prove the port free, then closed
  static int freePort() throws IOException {
    InetAddress lo = InetAddress.getLoopbackAddress();
    for (int attempt = 0; attempt < 50; attempt++) {
      int candidate;
      try (ServerSocket s = new ServerSocket(0, 1, lo)) {
        candidate = s.getLocalPort();
      }
      try (DatagramSocket d = new DatagramSocket(new InetSocketAddress(lo, candidate))) {
        return candidate;
      } catch (IOException busy) {
        // Taken for UDP; try another.
      }
    }
    throw new IOException("no free port on 127.0.0.1 for TCP and UDP");
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Signs zone files with dnssec-keygen and dnssec-signzone (bind9-utils). */
  static final class Signer {
    private Signer() {}

    static Path sign(Path dir, String zone, Path file, Signing how) throws IOException {
      String keygen = Tools.require("dnssec-keygen");
      String signzone = Tools.require("dnssec-signzone");
      Path keys = dir.resolve("keys-" + zone);
      Files.createDirectories(keys);
      run(dir, keygen, "-q", "-K", keys.toString(), "-a", "ECDSAP256SHA256", "-n", "ZONE", zone);
      run(
          dir,
          keygen,
          "-q",
          "-K",
          keys.toString(),
          "-a",
          "ECDSAP256SHA256",
          "-f",
          "KSK",
          "-P",
          "sync",
          "now",
          "-n",
          "ZONE",
          zone);
      Path signed = dir.resolve("db." + zone + ".signed");
      List<String> cmd =
          new ArrayList<>(
              List.of(signzone, "-S", "-K", keys.toString(), "-o", zone, "-f", signed.toString()));
      if (how == Signing.NSEC3) {
        cmd.addAll(List.of("-3", "-", "-H", "0"));
      }
      cmd.add(file.toString());
      run(dir, cmd.toArray(String[]::new));
      return signed;
    }

    private static void run(Path dir, String... cmd) throws IOException {
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      try {
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
          throw new IOException(
              String.join(" ", cmd).toLowerCase(Locale.ROOT).split(" ")[0] + " failed:\n" + out);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
    }
  }
}
