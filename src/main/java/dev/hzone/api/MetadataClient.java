package dev.hzone.api;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * A client for the metadata service every Hetzner Cloud server can ask about itself, without a token, at
 * {@value #DEFAULT_ENDPOINT}. Each method is one {@code GET} of one {@link MetadataKey}; an answer other than
 * 200 raises {@link MetadataException}, and so does no answer within the time-out (off a Hetzner server the
 * link-local address usually does not answer at all).
 *
 * <pre>{@code
 * MetadataClient metadata = MetadataClient.builder().build();
 * String ip = metadata.publicIpv4();
 * }</pre>
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#server-metadata">Server metadata</a>
 */
public final class MetadataClient {
  /** The service's link-local address, the same on every server. */
  public static final String DEFAULT_ENDPOINT = "http://169.254.169.254/hetzner/v1/metadata";

  private final HttpUrl base;
  private final OkHttpClient http;
  private final String userAgent;

  private MetadataClient(Builder b) {
    this.base = b.base;
    this.userAgent = b.userAgent;
    this.http = (b.http == null ? new OkHttpClient() : b.http).newBuilder()
        .connectTimeout(b.timeout).readTimeout(b.timeout).callTimeout(b.timeout.multipliedBy(2))
        .retryOnConnectionFailure(false).build();
  }

  /** A builder with the defaults: the link-local endpoint, 3 s time-out. */
  public static Builder builder() {
    return new Builder();
  }

  /** The base URL the keys are read below. */
  public String endpoint() {
    return base.toString();
  }

  /** The server's name. */
  public String hostname() {
    return text(MetadataKey.HOSTNAME);
  }

  /** The server's id. */
  public long instanceId() {
    String s = text(MetadataKey.INSTANCE_ID);
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new MetadataException("the metadata service's instance-id is not a number: '" + s + "'", false, e);
    }
  }

  /** The server's primary public IPv4 address. */
  public String publicIpv4() {
    return text(MetadataKey.PUBLIC_IPV4);
  }

  /** The availability zone, e.g. {@code hel1-dc2}. */
  public String availabilityZone() {
    return text(MetadataKey.AVAILABILITY_ZONE);
  }

  /** The network zone, e.g. {@code eu-central}. */
  public String region() {
    return text(MetadataKey.REGION);
  }

  /** The private networks the server is attached to (empty when none). */
  public List<PrivateNetwork> privateNetworks() {
    String yaml = text(MetadataKey.PRIVATE_NETWORKS);
    List<PrivateNetwork> out = new ArrayList<>();
    try {
      for (Map<String, Object> m : MetadataYaml.sequenceOfMappings(yaml)) {
        out.add(new PrivateNetwork(string(m, "ip"), list(m, "alias_ips"), number(m, "interface_num"),
            string(m, "mac_address"), number(m, "network_id"), string(m, "network_name"), string(m, "network"),
            string(m, "subnet"), string(m, "gateway")));
      }
    } catch (IllegalArgumentException e) {
      throw new MetadataException("the metadata service's private-networks is not the documented list: "
          + e.getMessage(), false, e);
    }
    return out;
  }

  /** The body of one key, trimmed, as the service sends it (YAML for {@code private-networks}). */
  public String text(MetadataKey key) {
    HttpUrl url = base.newBuilder().addPathSegment(key.path()).build();
    Request req = new Request.Builder().url(url).header("User-Agent", userAgent).get().build();
    try (Response r = http.newCall(req).execute()) {
      ResponseBody body = r.body();
      String text = body == null ? "" : body.string();
      if (r.code() != 200) {
        throw new MetadataException("the metadata service answered HTTP " + r.code() + " for " + key.path()
            + " at " + url, false, null);
      }
      return text.trim();
    } catch (IOException e) {
      throw new MetadataException("the metadata service at " + base + " does not answer (" + e.getMessage()
          + "); it is only reachable from a Hetzner Cloud server", true, e);
    }
  }

  /** True when the service answers with a non-empty hostname, as hcloud-go decides it. */
  public boolean isHetznerServer() {
    try {
      return !hostname().isEmpty();
    } catch (MetadataException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return "MetadataClient[" + base + "]";
  }

  private static String string(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (v instanceof String s) {
      return s;
    }
    throw new IllegalArgumentException("an item has no '" + key + "'");
  }

  private static long number(Map<String, Object> m, String key) {
    String s = string(m, key);
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + key + "' is not a number: " + s);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> list(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (v == null) {
      return List.of();
    }
    if (v instanceof List<?> l) {
      return (List<String>) l;
    }
    return List.of((String) v);
  }

  /** Configures a {@link MetadataClient}. */
  public static final class Builder {
    private HttpUrl base = HttpUrl.get(DEFAULT_ENDPOINT);
    private Duration timeout = Duration.ofSeconds(3);
    private String userAgent = "hzone";
    private OkHttpClient http;

    private Builder() {}

    /** The base URL (default {@value MetadataClient#DEFAULT_ENDPOINT}); tests point it at a local server. */
    public Builder endpoint(String url) {
      String u = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
      HttpUrl parsed = HttpUrl.parse(u);
      if (parsed == null) {
        throw new IllegalArgumentException("metadata endpoint '" + url + "' is not an http or https URL");
      }
      this.base = parsed;
      return this;
    }

    /** Connect and read time-out (default 3 s). */
    public Builder timeout(Duration t) {
      this.timeout = Objects.requireNonNull(t, "timeout");
      return this;
    }

    /** The {@code User-Agent} (default {@code hzone}). */
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
