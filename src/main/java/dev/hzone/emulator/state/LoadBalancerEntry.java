package dev.hzone.emulator.state;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A load balancer with its services, targets and networks.
 *
 * @param id load balancer ID
 * @param name unique name
 * @param type load balancer type ID
 * @param location location ID from the catalogue
 * @param ipv4 its public IPv4
 * @param ipv6 its public IPv6
 * @param publicInterface whether the public interface is enabled
 * @param dnsPtr reverse DNS names by address (only its two addresses)
 * @param algorithm {@code round_robin} or {@code least_connections}
 * @param services its services, by listen port
 * @param targets its targets, in the order added
 * @param networks the private networks it is attached to
 * @param deleteProtected the API's {@code protection.delete}
 * @param labels user labels
 * @param created creation time
 */
public record LoadBalancerEntry(
    long id,
    String name,
    long type,
    long location,
    String ipv4,
    String ipv6,
    boolean publicInterface,
    Map<String, String> dnsPtr,
    String algorithm,
    List<Service> services,
    List<Target> targets,
    List<PrivateNet> networks,
    boolean deleteProtected,
    Map<String, String> labels,
    Instant created) {

  /**
   * A service: a port it listens on and where it sends the traffic.
   *
   * @param protocol {@code tcp}, {@code http} or {@code https}
   * @param listenPort the port it listens on
   * @param destinationPort the port of the targets
   * @param proxyprotocol whether the PROXY protocol is used
   * @param healthCheck how targets are checked
   * @param http HTTP settings ({@code http} and {@code https} only)
   */
  public record Service(
      String protocol,
      int listenPort,
      int destinationPort,
      boolean proxyprotocol,
      HealthCheck healthCheck,
      Optional<Http> http) {
    public Service {
      Objects.requireNonNull(protocol, "protocol");
      Objects.requireNonNull(healthCheck, "healthCheck");
      Objects.requireNonNull(http, "http");
    }
  }

  /**
   * A service's health check.
   *
   * @param protocol {@code tcp} or {@code http}
   * @param port the port checked
   * @param interval seconds between checks
   * @param timeout seconds before a check fails
   * @param retries failed checks before a target is unhealthy
   * @param http HTTP settings ({@code http} checks only)
   */
  public record HealthCheck(
      String protocol,
      int port,
      int interval,
      int timeout,
      int retries,
      Optional<HealthCheckHttp> http) {
    public HealthCheck {
      Objects.requireNonNull(protocol, "protocol");
      Objects.requireNonNull(http, "http");
    }
  }

  /**
   * An HTTP health check.
   *
   * @param domain the Host header, if any
   * @param path the path requested
   * @param response the body expected (empty: any)
   * @param statusCodes the status codes accepted, e.g. {@code 2??}
   * @param tls whether HTTPS is used
   */
  public record HealthCheckHttp(
      Optional<String> domain,
      String path,
      String response,
      List<String> statusCodes,
      boolean tls) {
    public HealthCheckHttp {
      Objects.requireNonNull(domain, "domain");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(response, "response");
      statusCodes = List.copyOf(statusCodes);
    }
  }

  /**
   * The HTTP settings of an {@code http} or {@code https} service.
   *
   * @param cookieName the sticky-session cookie
   * @param cookieLifetime its lifetime in seconds
   * @param timeoutIdle idle timeout in seconds
   * @param certificates certificate IDs ({@code https} only)
   * @param redirectHttp whether port 80 redirects to HTTPS
   * @param stickySessions whether sessions stick to a target
   */
  public record Http(
      String cookieName,
      int cookieLifetime,
      int timeoutIdle,
      List<Long> certificates,
      boolean redirectHttp,
      boolean stickySessions) {
    public Http {
      Objects.requireNonNull(cookieName, "cookieName");
      certificates = List.copyOf(certificates);
    }
  }

  /**
   * A target: a server, the servers a label selector matches, or an IP.
   *
   * @param type {@code server}, {@code label_selector} or {@code ip}
   * @param server the server ID ({@code server})
   * @param selector the label selector ({@code label_selector})
   * @param ip the address ({@code ip})
   * @param usePrivateIp whether traffic goes to the private network address
   */
  public record Target(
      String type,
      Optional<Long> server,
      Optional<String> selector,
      Optional<String> ip,
      boolean usePrivateIp) {
    public Target {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(server, "server");
      Objects.requireNonNull(selector, "selector");
      Objects.requireNonNull(ip, "ip");
    }
  }

  /**
   * An attachment to a private network.
   *
   * @param network network ID
   * @param ip its address in the network
   */
  public record PrivateNet(long network, String ip) {
    public PrivateNet {
      Objects.requireNonNull(ip, "ip");
    }
  }

  public LoadBalancerEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(ipv4, "ipv4");
    Objects.requireNonNull(ipv6, "ipv6");
    dnsPtr = Map.copyOf(dnsPtr);
    Objects.requireNonNull(algorithm, "algorithm");
    services = List.copyOf(services);
    targets = List.copyOf(targets);
    networks = List.copyOf(networks);
    labels = Map.copyOf(labels);
    Objects.requireNonNull(created, "created");
  }

  /** A copy with some members changed; {@link Builder} keeps the rest. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Changes a few members of a load balancer. */
  public static final class Builder {
    private String name;
    private long type;
    private boolean publicInterface;
    private Map<String, String> dnsPtr;
    private String algorithm;
    private List<Service> services;
    private List<Target> targets;
    private List<PrivateNet> networks;
    private boolean deleteProtected;
    private Map<String, String> labels;
    private final LoadBalancerEntry base;

    private Builder(LoadBalancerEntry b) {
      base = b;
      name = b.name;
      type = b.type;
      publicInterface = b.publicInterface;
      dnsPtr = b.dnsPtr;
      algorithm = b.algorithm;
      services = b.services;
      targets = b.targets;
      networks = b.networks;
      deleteProtected = b.deleteProtected;
      labels = b.labels;
    }

    public Builder name(String v) {
      name = v;
      return this;
    }

    public Builder type(long v) {
      type = v;
      return this;
    }

    public Builder publicInterface(boolean v) {
      publicInterface = v;
      return this;
    }

    public Builder dnsPtr(Map<String, String> v) {
      dnsPtr = v;
      return this;
    }

    public Builder algorithm(String v) {
      algorithm = v;
      return this;
    }

    public Builder services(List<Service> v) {
      services = v;
      return this;
    }

    public Builder targets(List<Target> v) {
      targets = v;
      return this;
    }

    public Builder networks(List<PrivateNet> v) {
      networks = v;
      return this;
    }

    public Builder deleteProtected(boolean v) {
      deleteProtected = v;
      return this;
    }

    public Builder labels(Map<String, String> v) {
      labels = v;
      return this;
    }

    public LoadBalancerEntry build() {
      return new LoadBalancerEntry(
          base.id,
          name,
          type,
          base.location,
          base.ipv4,
          base.ipv6,
          publicInterface,
          dnsPtr,
          algorithm,
          services,
          targets,
          networks,
          deleteProtected,
          labels,
          base.created);
    }
  }
}
