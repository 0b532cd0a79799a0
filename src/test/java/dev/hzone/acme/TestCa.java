package dev.hzone.acme;

import dev.hzone.testing.Tools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A throwaway CA and a certificate for 127.0.0.1/localhost signed by it, made with openssl for
 * pebble's HTTPS listener (Debian's pebble ships no test certificates; PEERS.md §7).
 */
final class TestCa {
  final Path caCert;
  final Path serverCert;
  final Path serverKey;

  private TestCa(Path dir) {
    this.caCert = dir.resolve("ca.pem");
    this.serverCert = dir.resolve("cert.pem");
    this.serverKey = dir.resolve("key.pem");
  }

  static TestCa create(Path dir) throws IOException, InterruptedException {
    String openssl = Tools.require("openssl");
    TestCa ca = new TestCa(dir);
    Path ext = dir.resolve("ext.cnf");
    Files.writeString(
        ext,
        "subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n",
        StandardCharsets.UTF_8);
    Path log = dir.resolve("openssl.log");
    run(
        dir,
        log,
        openssl,
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-days",
        "7",
        "-subj",
        "/CN=hzone e2e test CA",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign");
    run(
        dir,
        log,
        openssl,
        "req",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-subj",
        "/CN=localhost",
        "-keyout",
        "key.pem",
        "-out",
        "cert.csr");
    run(
        dir,
        log,
        openssl,
        "x509",
        "-req",
        "-in",
        "cert.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-days",
        "7",
        "-out",
        "cert.pem",
        "-extfile",
        "ext.cnf");
    return ca;
  }

  private static void run(Path dir, Path log, String... command)
      throws IOException, InterruptedException {
    ExternalProcess.Result r = ExternalProcess.run(List.of(command), Map.of(), dir, log, 60);
    if (r.exitCode() != 0) {
      throw new AssertionError("openssl failed:\n" + r.output());
    }
  }
}
