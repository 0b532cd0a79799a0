package dev.hzone.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The metadata client against the examples of the API description ("Server Metadata"), served
 * locally.
 */
class MetadataClientTest {
  final MockWebServer server = new MockWebServer();
  MetadataClient metadata;

  @BeforeEach
  void start() throws Exception {
    server.start();
    metadata =
        MetadataClient.builder()
            .endpoint(server.url("/hetzner/v1/metadata").toString())
            .timeout(java.time.Duration.ofMillis(500))
            .build();
  }

  @AfterEach
  void stop() throws Exception {
    metadata.close();
    server.shutdown();
  }

  /** The YAML block following {@code **Example: <title>**} in the API description. */
  static String example(String title) {
    String description =
        OpenApi.document().getAsJsonObject("info").get("description").getAsString();
    Matcher m =
        Pattern.compile(
                "\\*\\*Example: " + Pattern.quote(title) + "\\*\\*.*?```yaml\\n(.*?)```",
                Pattern.DOTALL)
            .matcher(description);
    assertTrue(m.find(), "no example " + title);
    return m.group(1);
  }

  void serve(String text) {
    server.enqueue(new MockResponse().setBody(text));
  }

  @Test
  void summaryAsTheSpecShowsIt() throws Exception {
    serve(example("Summary"));
    MetadataClient.Metadata m = metadata.summary();
    assertEquals(
        new MetadataClient.Metadata(
            "my-server", 42, Optional.of("1.2.3.4"), "hel1-dc2", "eu-central"),
        m);
    assertEquals("/hetzner/v1/metadata", server.takeRequest().getPath());
  }

  @Test
  void privateNetworksAsTheSpecShowsThem() throws Exception {
    serve(example("Private Networks"));
    List<MetadataClient.PrivateNetwork> nets = metadata.privateNetworks();
    assertEquals(2, nets.size());
    assertEquals(
        new MetadataClient.PrivateNetwork(
            "10.0.0.2",
            List.of("10.0.0.3", "10.0.0.4"),
            1,
            "86:00:00:2a:7d:e0",
            1234,
            "nw-test1",
            "10.0.0.0/8",
            "10.0.0.0/24",
            "10.0.0.1"),
        nets.get(0));
    assertEquals(List.of(), nets.get(1).aliasIps());
    assertEquals("/hetzner/v1/metadata/private-networks", server.takeRequest().getPath());
  }

  @Test
  void singleValues() throws Exception {
    serve("my-server\n");
    serve("42");
    serve("1.2.3.4");
    serve("hel1-dc2");
    serve("eu-central");
    assertEquals("my-server", metadata.hostname());
    assertEquals(42, metadata.instanceId());
    assertEquals("1.2.3.4", metadata.publicIpv4());
    assertEquals("hel1-dc2", metadata.availabilityZone());
    assertEquals("eu-central", metadata.region());
    for (String path :
        List.of("hostname", "instance-id", "public-ipv4", "availability-zone", "region")) {
      assertEquals("/hetzner/v1/metadata/" + path, server.takeRequest().getPath());
    }
  }

  @Test
  void outsideAHetznerServer() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(404));
    assertFalse(metadata.isHetznerServer());
    serve("my-server");
    assertTrue(metadata.isHetznerServer());
    server.shutdown();
    assertFalse(metadata.isHetznerServer());
    assertThrows(ApiTransportException.class, metadata::hostname);
  }

  @Test
  void refusesYamlItDoesNotRead() {
    serve("- ip: 10.0.0.2\nnested:\n  - x\n");
    ApiException e = assertThrows(ApiException.class, metadata::privateNetworks);
    assertTrue(e.getMessage().contains("nested"), e.getMessage());
  }
}
