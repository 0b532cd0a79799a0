package dev.hzone.api;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The server metadata service: what a Hetzner Cloud server can learn about itself, without a token,
 * from {@value #DEFAULT_ENDPOINT}. Only reachable from inside a server; {@link #isHetznerServer()}
 * tells whether it is. The endpoint can be changed for tests and emulators.
 *
 * <pre>{@code
 * try (MetadataClient metadata = MetadataClient.builder().build()) {
 *   if (metadata.isHetznerServer()) {
 *     System.out.println(metadata.hostname() + " in " + metadata.availabilityZone());
 *   }
 * }
 * }</pre>
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#description/server-metadata">Server
 *     metadata</a>
 */
public final class MetadataClient implements AutoCloseable {
  /** The metadata service as servers see it. */
  public static final String DEFAULT_ENDPOINT = "http://169.254.169.254/hetzner/v1/metadata";

  private final HttpUrl base;
  private final OkHttpClient http;
  private final String userAgent;

  private MetadataClient(Builder b) {
    this.base = b.endpoint;
    this.userAgent = b.userAgent;
    this.http =
        (b.http == null ? new OkHttpClient() : b.http)
            .newBuilder()
            .connectTimeout(b.timeout)
            .readTimeout(b.timeout)
            .callTimeout(b.timeout)
            .build();
  }

  /**
   * A builder with the default endpoint and a 2 s time-out (the service answers at once or not at
   * all).
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The summary: {@code availability-zone}, {@code hostname}, {@code instance-id}, {@code
   * public-ipv4}, {@code region}.
   */
  public Metadata summary() {
    Map<String, Object> m = MetadataYaml.map(get(""));
    return new Metadata(
        string(m, "hostname"),
        Long.parseLong(string(m, "instance-id")),
        Optional.ofNullable((String) m.get("public-ipv4")),
        string(m, "availability-zone"),
        string(m, "region"));
  }

  /** The server's name. */
  public String hostname() {
    return get("hostname").strip();
  }

  /** The server's id. */
  public long instanceId() {
    String text = get("instance-id").strip();
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new ApiException(
          200,
          "",
          "the metadata service sent instance-id '" + text + "', not a number",
          List.of(),
          List.of(),
          Optional.empty());
    }
  }

  /** The primary public IPv4 address. */
  public String publicIpv4() {
    return get("public-ipv4").strip();
  }

  /** The availability zone, e.g. {@code hel1-dc2}. */
  public String availabilityZone() {
    return get("availability-zone").strip();
  }

  /** The network zone, e.g. {@code eu-central}. */
  public String region() {
    return get("region").strip();
  }

  /** The private networks the server is attached to. */
  public List<PrivateNetwork> privateNetworks() {
    return MetadataYaml.list(get("private-networks")).stream()
        .map(MetadataClient::network)
        .toList();
  }

  /**
   * True when the metadata service answers with a hostname: this code runs on a Hetzner Cloud
   * server.
   */
  public boolean isHetznerServer() {
    try {
      return !hostname().isEmpty();
    } catch (ApiException | ApiTransportException e) {
      return false;
    }
  }

  @SuppressWarnings("unchecked")
  private static PrivateNetwork network(Map<String, Object> m) {
    Object alias = m.getOrDefault("alias_ips", List.of());
    return new PrivateNetwork(
        string(m, "ip"),
        alias instanceof List<?> l ? (List<String>) l : List.of(),
        Integer.parseInt(string(m, "interface_num")),
        string(m, "mac_address"),
        Long.parseLong(string(m, "network_id")),
        string(m, "network_name"),
        string(m, "network"),
        string(m, "subnet"),
        string(m, "gateway"));
  }

  private static String string(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (!(v instanceof String s)) {
      throw new ApiException(
          200,
          "",
          "the metadata service's answer has no '" + key + "'",
          List.of(),
          List.of(),
          Optional.empty());
    }
    return s;
  }

  private String get(String path) {
    HttpUrl url = path.isEmpty() ? base : base.newBuilder().addPathSegment(path).build();
    Request request = new Request.Builder().url(url).header("User-Agent", userAgent).build();
    try (Response r = http.newCall(request).execute();
        ResponseBody body = r.body()) {
      if (r.code() != 200) {
        throw new ApiException(
            r.code(),
            "",
            "the metadata service answered HTTP " + r.code() + " for /" + path,
            List.of(),
            List.of(),
            Optional.empty());
      }
      return body == null ? "" : body.string();
    } catch (IOException e) {
      throw new ApiTransportException(
          "the metadata service at " + url + " cannot be reached: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    http.connectionPool().evictAll();
  }

  /**
   * The summary of {@link #summary()}.
   *
   * @param hostname the server's name
   * @param instanceId the server's id
   * @param publicIpv4 the primary public IPv4, if it has one
   * @param availabilityZone e.g. {@code hel1-dc2}
   * @param region the network zone, e.g. {@code eu-central}
   */
  public record Metadata(
      String hostname,
      long instanceId,
      Optional<String> publicIpv4,
      String availabilityZone,
      String region) {}

  /**
   * A private network the server is attached to.
   *
   * @param ip the server's address in it
   * @param aliasIps further addresses of the server in it
   * @param interfaceNum the interface number
   * @param macAddress the interface's MAC address
   * @param networkId the network's id
   * @param networkName the network's name
   * @param network the network's range
   * @param subnet the subnet's range
   * @param gateway the gateway
   */
  public record PrivateNetwork(
      String ip,
      List<String> aliasIps,
      int interfaceNum,
      String macAddress,
      long networkId,
      String networkName,
      String network,
      String subnet,
      String gateway) {
    public PrivateNetwork {
      aliasIps = List.copyOf(aliasIps);
    }
  }

  /** Configures a {@link MetadataClient}. */
  public static final class Builder {
    private HttpUrl endpoint = HttpUrl.get(DEFAULT_ENDPOINT);
    private Duration timeout = Duration.ofSeconds(2);
    private String userAgent = "hzone";
    private OkHttpClient http;

    private Builder() {}

    /** Another endpoint (an emulator, a test server). */
    public Builder endpoint(String url) {
      HttpUrl parsed = HttpUrl.parse(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
      if (parsed == null) {
        throw new IllegalArgumentException("endpoint '" + url + "' is not an http or https URL");
      }
      this.endpoint = parsed;
      return this;
    }

    /** Time-out of each request (default 2 s). */
    public Builder timeout(Duration t) {
      this.timeout = Objects.requireNonNull(t, "timeout");
      return this;
    }

    /** The {@code User-Agent}. */
    public Builder userAgent(String ua) {
      this.userAgent = Objects.requireNonNull(ua, "userAgent");
      return this;
    }

    /** An OkHttp client to derive from. */
    public Builder httpClient(OkHttpClient base) {
      this.http = Objects.requireNonNull(base, "httpClient");
      return this;
    }

    public MetadataClient build() {
      return new MetadataClient(this);
    }
  }
}
