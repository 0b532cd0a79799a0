package dev.hzone.acme;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.hzone.testing.Tools;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Debian's pebble (an ACME test CA) on loopback, validating DNS-01 against a given DNS server,
 * configured as PEERS.md §4 says: no random VA sleeps, no rejected nonces, no reused
 * authorizations, real validation.
 */
final class PebbleProcess implements AutoCloseable {
  final int port;
  final int managementPort;
  final Path log;
  private final Process process;

  private PebbleProcess(int port, int managementPort, Path log, Process process) {
    this.port = port;
    this.managementPort = managementPort;
    this.log = log;
    this.process = process;
  }

  /** The ACME directory URL. */
  String directory() {
    return "https://127.0.0.1:" + port + "/dir";
  }

  static PebbleProcess start(Path dir, TestCa ca, String dnsServer)
      throws IOException, InterruptedException {
    String pebble = Tools.require("pebble");
    int port = freePort();
    int mgmt = freePort();
    Path config = dir.resolve("pebble.json");
    Files.writeString(
        config,
        """
        {"pebble": {"listenAddress": "127.0.0.1:%d", "managementListenAddress": "127.0.0.1:%d",
         "certificate": "%s", "privateKey": "%s", "httpPort": 5002, "tlsPort": 5001,
         "ocspResponderURL": "", "externalAccountBindingRequired": false}}
        """
            .formatted(port, mgmt, ca.serverCert, ca.serverKey),
        StandardCharsets.UTF_8);
    Map<String, String> env = new HashMap<>();
    env.put("PEBBLE_VA_NOSLEEP", "1");
    env.put("PEBBLE_WFE_NONCEREJECT", "0");
    env.put("PEBBLE_AUTHZREUSE", "0");
    Path log = dir.resolve("pebble.log");
    ProcessBuilder pb =
        new ProcessBuilder(pebble, "-config", config.toString(), "-dnsserver", dnsServer)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    pb.environment().putAll(env);
    pb.environment().remove("PEBBLE_VA_ALWAYS_VALID");
    PebbleProcess p = new PebbleProcess(port, mgmt, log, pb.start());
    p.awaitReady(ca);
    return p;
  }

  private void awaitReady(TestCa ca) throws IOException, InterruptedException {
    String curl = Tools.require("curl");
    for (int i = 0; i < 100; i++) {
      Process c =
          new ProcessBuilder(
                  curl, "-sf", "--cacert", ca.caCert.toString(), "-o", "/dev/null", directory())
              .redirectErrorStream(true)
              .start();
      c.getInputStream().readAllBytes();
      if (c.waitFor() == 0) {
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertFalse(
            text.contains("VA always returns valid"), "pebble must really validate:\n" + text);
        return;
      }
      if (!process.isAlive()) {
        throw new AssertionError("pebble exited:\n" + ExternalProcess.tail(log));
      }
      Thread.sleep(100);
    }
    throw new AssertionError("pebble did not serve its directory:\n" + ExternalProcess.tail(log));
  }

  /** pebble's root certificate (made anew on every start), written to {@code file}. */
  Path root(Path file, TestCa ca) throws IOException, InterruptedException {
    ExternalProcess.Result r =
        ExternalProcess.run(
            List.of(
                Tools.require("curl"),
                "-sf",
                "--cacert",
                ca.caCert.toString(),
                "-o",
                file.toString(),
                "https://127.0.0.1:" + managementPort + "/roots/0"),
            Map.of(),
            file.getParent(),
            file.resolveSibling("curl-root.log"),
            30);
    if (r.exitCode() != 0) {
      throw new AssertionError("cannot fetch pebble's root: " + r.output());
    }
    return file;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() {
    try {
      ExternalProcess.stop(process);
    } catch (InterruptedException e) {
      // close() may not throw it (try-with-resources); keep the flag and make sure the program ends
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
