package dev.hzone.acme;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code hzone emulator} from the packaged jar, as a separate process on free loopback ports, with
 * a few API calls for test set-up and checks made with the JDK's HTTP client (independent of
 * hzone's client).
 */
final class EmulatorProcess implements AutoCloseable {
  private static final Pattern READY = Pattern.compile("hzone emulator: api (\\S+) dns (\\S+)");

  final String api;
  final String dns;
  final String token;
  final Path accessLog;
  private final Process process;
  private final HttpClient http = HttpClient.newHttpClient();

  private EmulatorProcess(String api, String dns, String token, Path accessLog, Process process) {
    this.api = api;
    this.dns = dns;
    this.token = token;
    this.accessLog = accessLog;
    this.process = process;
  }

  /** The project's root (where {@code ./hzone} and {@code target/hzone.jar} are). */
  static Path root() {
    return Path.of("").toAbsolutePath();
  }

  static EmulatorProcess start(Path dir, int dnsDelayMs) throws IOException, InterruptedException {
    Path jar = root().resolve("target/hzone.jar");
    if (!Files.exists(jar)) {
      throw new AssertionError(
          jar + " is missing: end-to-end tests run in 'mvn verify', after package");
    }
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String token = HexFormat.of().formatHex(random);
    Path out = dir.resolve("emulator.out");
    Path err = dir.resolve("emulator.err");
    Path accessLog = dir.resolve("access.log");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "java",
                "-jar",
                jar.toString(),
                "emulator",
                "--listen",
                "127.0.0.1:0",
                "--dns-listen",
                "127.0.0.1:0",
                "--state",
                dir.resolve("state").toString(),
                "--token",
                token,
                "--action-ms",
                "100",
                "--access-log",
                accessLog.toString()));
    if (dnsDelayMs > 0) {
      cmd.addAll(List.of("--dns-delay", String.valueOf(dnsDelayMs)));
    }
    Process p =
        new ProcessBuilder(cmd)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    for (int i = 0; i < 300; i++) {
      Matcher m = READY.matcher(Files.readString(out, StandardCharsets.UTF_8));
      if (m.find()) {
        return new EmulatorProcess(m.group(1), m.group(2), token, accessLog, p);
      }
      if (!p.isAlive()) {
        throw new AssertionError("the emulator exited:\n" + ExternalProcess.tail(err));
      }
      Thread.sleep(100);
    }
    p.destroyForcibly();
    throw new AssertionError("the emulator printed no ready line:\n" + ExternalProcess.tail(err));
  }

  /** Environment for hzone (and the samples) to use this emulator. */
  Map<String, String> clientEnv() {
    return Map.of("HCLOUD_ENDPOINT", api, "HCLOUD_TOKEN", token);
  }

  /** An API call; returns the body, failing on a status other than {@code expect}. */
  String call(String method, String path, String body, int expect)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(api + path))
            .header("Authorization", "Bearer " + token)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != expect) {
      throw new AssertionError(
          method + " " + path + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  /** Creates a primary zone and waits until its action has finished. */
  void createZone(String name) throws IOException, InterruptedException {
    String body = call("POST", "/zones", "{\"name\":\"" + name + "\",\"mode\":\"primary\"}", 201);
    Matcher m = Pattern.compile("\"action\"\\s*:\\s*\\{\\s*\"id\"\\s*:\\s*(\\d+)").matcher(body);
    if (!m.find()) {
      throw new AssertionError("no action in " + body);
    }
    for (int i = 0; i < 100; i++) {
      if (call("GET", "/actions/" + m.group(1), null, 200).contains("\"success\"")) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the create_zone action did not finish");
  }

  /** The RRSets at one name of a zone, as the API's JSON. */
  String rrsetsAt(String zone, String name) throws IOException, InterruptedException {
    return call("GET", "/zones/" + zone + "/rrsets?name=" + name, null, 200);
  }

  /** The lines of the access log. */
  List<String> accessLog() throws IOException {
    return Files.exists(accessLog)
        ? Files.readAllLines(accessLog, StandardCharsets.UTF_8)
        : List.of();
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
