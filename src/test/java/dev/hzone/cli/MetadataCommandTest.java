package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.metadata.MetadataCommand;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hzone metadata} against a local metadata service answering as the API description's
 * examples do.
 */
class MetadataCommandTest {
  static final Map<String, String> SERVICE =
      Map.of(
          "/hetzner/v1/metadata",
              """
          availability-zone: hel1-dc2
          hostname: my-server
          instance-id: 42
          public-ipv4: 1.2.3.4
          region: eu-central
          """,
          "/hetzner/v1/metadata/hostname", "my-server",
          "/hetzner/v1/metadata/instance-id", "42",
          "/hetzner/v1/metadata/public-ipv4", "1.2.3.4",
          "/hetzner/v1/metadata/availability-zone", "hel1-dc2",
          "/hetzner/v1/metadata/region", "eu-central",
          "/hetzner/v1/metadata/private-networks",
              """
          - ip: 10.0.0.2
            alias_ips: [10.0.0.3, 10.0.0.4]
            interface_num: 1
            mac_address: 86:00:00:2a:7d:e0
            network_id: 1234
            network_name: nw-test1
            network: 10.0.0.0/8
            subnet: 10.0.0.0/24
            gateway: 10.0.0.1
          """);

  @TempDir Path dir;
  final MockWebServer service = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    service.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest r) {
            String body = SERVICE.get(r.getPath());
            return body == null
                ? new MockResponse().setResponseCode(404)
                : new MockResponse().setBody(body);
          }
        });
    service.start();
  }

  @AfterEach
  void stop() throws Exception {
    service.shutdown();
  }

  private Map<String, String> env() {
    return Map.of(MetadataCommand.ENDPOINT_ENV, service.url("/hetzner/v1/metadata").toString());
  }

  @Test
  void oneKeyPrintsItsBareValueForScripts() throws Exception {
    CliRun r = CliRun.run(dir, env(), "metadata", "public-ipv4");
    assertEquals(0, r.code(), r.transcript());
    assertEquals("1.2.3.4\n", r.out());
    RecordedRequest req = service.takeRequest(1, TimeUnit.SECONDS);
    assertEquals("/hetzner/v1/metadata/public-ipv4", req.getPath());
    assertTrue(req.getHeader("User-Agent").startsWith("hzone/"), req.getHeader("User-Agent"));
    assertEquals("42\n", CliRun.run(dir, env(), "metadata", "instance-id").out());
    assertEquals("hel1-dc2\n", CliRun.run(dir, env(), "metadata", "availability-zone").out());
    assertEquals("eu-central\n", CliRun.run(dir, env(), "metadata", "region").out());
    assertEquals("my-server\n", CliRun.run(dir, env(), "metadata", "hostname").out());
  }

  @Test
  void theSummaryForPeopleAndAsJson() {
    CliRun r = CliRun.run(dir, env(), "metadata");
    assertEquals(0, r.code(), r.transcript());
    assertTrue(
        r.out()
            .matches("(?s)Hostname: +my-server\nInstance ID: +42\nPublic IPv4: +1\\.2\\.3\\.4\n.*"),
        r.out());
    CliRun json = CliRun.run(dir, env(), "metadata", "-o", "json");
    assertEquals(
        JsonParser.parseString(
            """
        {"hostname": "my-server", "instance-id": 42, "public-ipv4": "1.2.3.4", "availability-zone": "hel1-dc2",
         "region": "eu-central"}"""),
        JsonParser.parseString(json.out()));
  }

  @Test
  void privateNetworksAsATableAndAsJson() {
    CliRun r = CliRun.run(dir, env(), "metadata", "private-networks");
    assertEquals(0, r.code(), r.transcript());
    assertTrue(r.out().contains("nw-test1") && r.out().contains("10.0.0.3, 10.0.0.4"), r.out());
    CliRun json = CliRun.run(dir, env(), "metadata", "private-networks", "-o", "json");
    assertEquals(
        1234,
        JsonParser.parseString(json.out())
            .getAsJsonArray()
            .get(0)
            .getAsJsonObject()
            .get("network_id")
            .getAsLong());
  }

  @Test
  void theOptionWinsOverTheEnvironment() {
    CliRun r =
        CliRun.run(
            dir,
            Map.of(MetadataCommand.ENDPOINT_ENV, "http://127.0.0.1:9/nowhere"),
            "metadata",
            "hostname",
            "--metadata-endpoint",
            service.url("/hetzner/v1/metadata").toString());
    assertEquals("my-server\n", r.out(), r.transcript());
  }

  @Test
  void anUnreachableServiceSaysWhereItIsReachable() throws Exception {
    MockWebServer gone = new MockWebServer();
    gone.start();
    String url = gone.url("/hetzner/v1/metadata").toString();
    gone.shutdown();
    CliRun r = CliRun.run(dir, Map.of(MetadataCommand.ENDPOINT_ENV, url), "metadata", "hostname");
    assertEquals(ExitCodes.UNAVAILABLE, r.code(), r.transcript());
    assertTrue(
        r.err().contains("the metadata service at " + url + "/hostname cannot be reached"),
        r.err());
  }
}
