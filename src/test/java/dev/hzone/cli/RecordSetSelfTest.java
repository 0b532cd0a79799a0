package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hzone record set-self}: the address comes from the metadata service (a local stand-in),
 * the record is written in the emulator and read back; a second run with the same address changes
 * nothing.
 */
class RecordSetSelfTest {
  @TempDir Path dir;

  private static MockWebServer metadata(Map<String, String> answers) throws Exception {
    MockWebServer s = new MockWebServer();
    s.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest r) {
            String key = r.getPath().substring(r.getPath().lastIndexOf('/') + 1);
            String body = answers.get(key);
            return body == null
                ? new MockResponse().setResponseCode(404)
                : new MockResponse().setBody(body + "\n");
          }
        });
    s.start();
    return s;
  }

  @Test
  void pointsAnARecordAtThisServersIpv4AndFollowsItsChanges() throws Exception {
    Map<String, String> answers = new ConcurrentHashMap<>(Map.of("public-ipv4", "203.0.113.9"));
    MockWebServer md = metadata(answers);
    try (EmulatorFixture emu = new EmulatorFixture(dir)) {
      String url = md.url("/hetzner/v1/metadata").toString();
      emu.ok("zone", "create", "example.com");
      assertEquals(
          "Set www A in zone example.com to 203.0.113.9 (this server's public address)\n",
          emu.ok("record", "set-self", "example.com", "www", "--metadata-endpoint", url).out());
      assertEquals(
          "www A in zone example.com already points at 203.0.113.9\n",
          emu.ok("record", "set-self", "example.com", "www", "--metadata-endpoint", url).out());
      answers.put("public-ipv4", "203.0.113.10");
      emu.ok(
          "record",
          "set-self",
          "example.com",
          "www.example.com.",
          "--metadata-endpoint",
          url,
          "--ttl",
          "300");
      JsonObject rrset =
          JsonParser.parseString(
                  emu.ok("record", "describe", "example.com", "www", "A", "-o", "json").out())
              .getAsJsonObject();
      assertEquals(1, rrset.getAsJsonArray("records").size(), rrset.toString());
      assertEquals(
          "203.0.113.10",
          rrset.getAsJsonArray("records").get(0).getAsJsonObject().get("value").getAsString());
      assertEquals(300, rrset.get("ttl").getAsInt());
    } finally {
      md.shutdown();
    }
  }

  @Test
  void aaaaUsesTheIpv6NetworkOfTheServerTheMetadataServiceNames() throws Exception {
    Map<String, String> answers = new ConcurrentHashMap<>();
    MockWebServer md = metadata(answers);
    try (EmulatorFixture emu = new EmulatorFixture(dir)) {
      emu.ok("zone", "create", "example.com");
      JsonObject server =
          JsonParser.parseString(
                  emu.ok(
                          "server",
                          "create",
                          "--name",
                          "web",
                          "--type",
                          "cpx22",
                          "--image",
                          "ubuntu-24.04",
                          "-o",
                          "json")
                      .out())
              .getAsJsonObject()
              .getAsJsonObject("server");
      answers.put("instance-id", server.get("id").getAsString());
      String network =
          server.getAsJsonObject("public_net").getAsJsonObject("ipv6").get("ip").getAsString();
      String expected = network.replace("/64", "") + "1";
      CliRun r =
          emu.ok(
              "record",
              "set-self",
              "example.com",
              "web",
              "--type",
              "AAAA",
              "--metadata-endpoint",
              md.url("/hetzner/v1/metadata").toString());
      assertEquals(
          "Set web AAAA in zone example.com to " + expected + " (this server's public address)\n",
          r.out());
      assertTrue(emu.ok("record", "list", "example.com").out().contains(expected));
    } finally {
      md.shutdown();
    }
  }
}
