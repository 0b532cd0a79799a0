package dev.hzone.cli.cloud;

import static dev.hzone.cli.cloud.CloudFixtures.action;
import static dev.hzone.cli.cloud.CloudFixtures.one;
import static dev.hzone.cli.cloud.CloudFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.cli.cloud.MockCloud.Exchange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every verb of every Cloud API resource against a scripted API: the exact requests (method, path
 * and query, JSON body, in order, nothing else) and a line of what it prints. Resource names are
 * looked up with {@code ?name=} as the hcloud CLI does; actions come back finished, so nothing
 * waits.
 */
class CloudRequestsTest {
  @TempDir Path dir;

  static final String SERVER = CloudFixtures.server(42, "web");
  static final String NETWORK = CloudFixtures.network(5, "internal");

  /**
   * One command, the requests it must make with their answers, and text its stdout must contain.
   */
  record Case(List<String> args, List<Exchange> script, String out) {
    @Override
    public String toString() {
      return String.join(" ", args);
    }
  }

  static Case c(String args, String out, Exchange... script) {
    return new Case(split(args), List.of(script), out);
  }

  /** Splits like a shell for these tests: words, with '...' quoting. */
  static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (char ch : s.toCharArray()) {
      if (ch == '\'') {
        quoted = !quoted;
        any = true;
      } else if (ch == ' ' && !quoted) {
        if (any) {
          out.add(cur.toString());
        }
        cur.setLength(0);
        any = false;
      } else {
        cur.append(ch);
        any = true;
      }
    }
    if (any) {
      out.add(cur.toString());
    }
    return out;
  }

  static Exchange get(String path, String response) {
    return new Exchange("GET", "/v1" + path, "", 200, response);
  }

  /** The lookup of a resource by name, answered with {@code item}. */
  static Exchange lookup(String plural, String name, String item) {
    return get("/" + plural + "?name=" + name + "&page=1&per_page=50", page(plural, item));
  }

  static Exchange list(String plural, String query, String... items) {
    return get(
        "/" + plural + "?" + query + (query.isEmpty() ? "" : "&") + "page=1&per_page=50",
        page(plural, items));
  }

  static Exchange post(String path, String body, String response) {
    return new Exchange("POST", "/v1" + path, body, 201, response);
  }

  static Exchange put(String path, String body, String response) {
    return new Exchange("PUT", "/v1" + path, body, 200, response);
  }

  static Exchange delete(String path) {
    return new Exchange("DELETE", "/v1" + path, "", 204, "");
  }

  /** {@code POST /v1/<path>} answered with a finished action. */
  static Exchange act(String path, String body) {
    String command = path.substring(path.lastIndexOf('/') + 1);
    return post(path, body, one("action", action(31, command)));
  }

  static Stream<Arguments> cases() {
    List<Case> all = new ArrayList<>();
    all.addAll(ServerCases.all());
    all.addAll(StorageAndIpCases.all());
    all.addAll(NetworkCases.all());
    all.addAll(CatalogueCases.all());
    return all.stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "hzone {0}")
  @MethodSource("cases")
  void sendsExactlyTheApiRequests(Case k) throws Exception {
    Files.writeString(
        dir.resolve("rules.json"),
        """
        [{"direction": "in", "protocol": "tcp", "port": "443", "source_ips": ["0.0.0.0/0"]}]""");
    Files.writeString(dir.resolve("user-data.yml"), "#cloud-config\npackages: [nginx]\n");
    Files.writeString(
        dir.resolve("www.crt"), "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
    Files.writeString(
        dir.resolve("www.key"), "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n");
    try (MockCloud api = new MockCloud(k.script())) {
      CloudRun r = CloudRun.run(dir, api.env(), "", k.args().toArray(String[]::new));
      assertEquals(0, r.code(), r.transcript());
      api.verify(k.script(), r.transcript());
      assertTrue(r.out().contains(k.out()), "stdout lacks '" + k.out() + "'\n" + r.transcript());
    }
  }

  static List<String> words(String... w) {
    return Arrays.asList(w);
  }
}
