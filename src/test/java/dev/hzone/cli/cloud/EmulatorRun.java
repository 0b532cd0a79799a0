package dev.hzone.cli.cloud;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.hzone.emulator.Emulator;
import dev.hzone.emulator.LocalEmulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The emulator in this JVM, hzone run in-process against it, and raw reads of its API for
 * comparison.
 */
final class EmulatorRun implements AutoCloseable {
  final Emulator emulator;
  final Path dir;

  EmulatorRun(Path dir) {
    this(dir, LocalEmulator.start(dir.resolve("emulator-state")));
  }

  /**
   * Runs hzone against an emulator the test built itself (e.g. with an observer of the requests).
   */
  EmulatorRun(Path dir, Emulator emulator) {
    this.dir = dir;
    this.emulator = emulator;
  }

  Map<String, String> env() {
    return Map.of(
        "HCLOUD_TOKEN", emulator.token(), "HCLOUD_ENDPOINT", emulator.apiEndpoint().toString());
  }

  CloudRun hzone(String... args) {
    return CloudRun.run(dir, env(), "", args);
  }

  CloudRun hzone(Map<String, String> moreEnv, String... args) {
    Map<String, String> e = new java.util.HashMap<>(env());
    e.putAll(moreEnv);
    return CloudRun.run(dir, e, "", args);
  }

  /** Runs and insists on exit 0. */
  CloudRun ok(String... args) {
    CloudRun r = hzone(args);
    if (r.code() != 0) {
      throw new AssertionError("hzone " + String.join(" ", args) + " failed:\n" + r.transcript());
    }
    return r;
  }

  /** {@code GET} of an API path (e.g. {@code /servers/1}), as JSON. */
  JsonElement get(String path) throws IOException, InterruptedException {
    String base = emulator.apiEndpoint().toString();
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(base.replaceAll("/$", "") + path))
            .header("Authorization", "Bearer " + emulator.token())
            .GET()
            .build();
    HttpResponse<String> r =
        HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new AssertionError("GET " + path + " answered " + r.statusCode() + ": " + r.body());
    }
    return JsonParser.parseString(r.body());
  }

  static List<String> words(String s) {
    return new ArrayList<>(List.of(s.split(" ")));
  }

  @Override
  public void close() {
    emulator.close();
  }
}
