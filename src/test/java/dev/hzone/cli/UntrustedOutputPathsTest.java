package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 (8, 9): file names that come from the API are checked before anything is written, and
 * {@code zone export --out} neither overwrites without {@code --force} nor writes through a link.
 */
class UntrustedOutputPathsTest {
  @TempDir Path dir;

  /**
   * A proxy (here a fake API) that rewrites a zone's name to {@code ../../evil}: nothing is
   * written.
   */
  @Test
  void pullWritesNothingForAZoneNamedOutOfTheDirectory() throws Exception {
    String zoneJson;
    try (EmulatorFixture api = new EmulatorFixture(dir)) {
      api.ok("zone", "create", "example.com");
      zoneJson = api.ok("-o", "json", "zone", "list").out();
    }
    JsonArray zones = JsonParser.parseString(zoneJson).getAsJsonArray();
    zones.get(0).getAsJsonObject().addProperty("name", "../../evil");
    JsonObject body = new JsonObject();
    body.add("zones", zones);
    body.add(
        "meta",
        JsonParser.parseString(
            "{\"pagination\": {\"page\": 1, \"per_page\": 50, \"previous_page\":"
                + " null, \"next_page\": null, \"last_page\": 1, \"total_entries\": 1}}"));
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
              return new MockResponse()
                  .setHeader("Content-Type", "application/json")
                  .setBody(body.toString());
            }
          });
      server.start();
      Path work = Files.createDirectories(dir.resolve("work/a/b"));
      CliRun r =
          CliRun.run(
              work,
              Map.of(
                  "HCLOUD_TOKEN", "t".repeat(64), "HCLOUD_ENDPOINT", server.url("/v1").toString()),
              "pull",
              "zones");
      assertEquals(1, r.code(), r.transcript());
      assertTrue(
          r.err().contains("not a DNS name hzone can name a file after; nothing was written"),
          r.transcript());
      try (Stream<Path> s = Files.walk(dir.resolve("work"))) {
        assertFalse(
            s.anyMatch(p -> p.getFileName().toString().endsWith(".zone")), "no file written");
      }
    }
  }

  @Test
  void exportOutNeedsForceAndReplacesALinkInsteadOfWritingThroughIt() throws Exception {
    try (EmulatorFixture api = new EmulatorFixture(dir)) {
      api.ok("zone", "create", "example.com");
      Path victim = Files.writeString(dir.resolve("victim.txt"), "precious\n");
      Files.createSymbolicLink(dir.resolve("out.zone"), victim);
      CliRun refused = api.hzone("zone", "export", "example.com", "--out", "out.zone");
      assertEquals(1, refused.code(), refused.transcript());
      assertTrue(refused.err().contains("out.zone exists; pass --force"), refused.transcript());
      assertEquals("precious\n", Files.readString(victim));

      api.ok("zone", "export", "example.com", "--out", "out.zone", "--force");
      assertEquals("precious\n", Files.readString(victim));
      assertFalse(Files.isSymbolicLink(dir.resolve("out.zone")));
      assertTrue(Files.readString(dir.resolve("out.zone")).contains("SOA"));

      api.ok("zone", "export", "example.com", "--out", "new.zone");
      assertTrue(Files.readString(dir.resolve("new.zone")).contains("SOA"));
    }
  }
}
