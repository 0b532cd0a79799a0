package dev.hzone.emulator.cloud;

import dev.hzone.emulator.state.CertificateEntry;
import dev.hzone.emulator.state.CloudKinds;
import dev.hzone.emulator.state.LoadBalancerEntry;
import dev.hzone.emulator.state.LoadBalancerEntry.HealthCheck;
import dev.hzone.emulator.state.LoadBalancerEntry.HealthCheckHttp;
import dev.hzone.emulator.state.LoadBalancerEntry.Http;
import dev.hzone.emulator.state.LoadBalancerEntry.Service;
import dev.hzone.emulator.state.LoadBalancerEntry.Target;
import dev.hzone.emulator.state.ServerEntry;
import dev.hzone.emulator.state.StateView;
import dev.hzone.emulator.web.ApiError;
import dev.hzone.emulator.web.Body;
import dev.hzone.emulator.web.LabelSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Services and targets of a load balancer from request bodies, with the API's defaults: listen port
 * 80 for {@code http} and 443 for {@code https}, destination port 80 (the listen port for {@code
 * tcp}), a health check of the service's kind on the destination port every 15 s with a 10 s
 * timeout and 3 retries, HTTP checks of {@code /} accepting {@code 2??} and {@code 3??},
 * sticky-session cookie {@code HCLBSTICKY} for 300 s (defaults as hcloud-go and the CLI document
 * them).
 */
final class LoadBalancerInputs {
  private LoadBalancerInputs() {}

  private static String protocol(String field, String value, List<String> allowed) {
    if (!allowed.contains(value)) {
      throw ApiError.invalidInput(field, "must be one of " + String.join(", ", allowed));
    }
    return value;
  }

  private static int port(Body b, String field, int dflt) {
    if (!b.hasValue(field)) {
      return dflt;
    }
    long p = b.requireLong(field);
    if (p < 1 || p > 65_535) {
      throw ApiError.invalidInput(field, "must be a port from 1 to 65535");
    }
    return (int) p;
  }

  private static int positive(Body b, String field, int dflt) {
    if (!b.hasValue(field)) {
      return dflt;
    }
    long v = b.requireLong(field);
    if (v < 1 || v > 86_400) {
      throw ApiError.invalidInput(field, "must be between 1 and 86400");
    }
    return (int) v;
  }

  /** A new service from {@code b}. */
  static Service newService(Body b, StateView v) {
    String protocol =
        protocol("protocol", b.requireString("protocol"), List.of("tcp", "http", "https"));
    int listenDefault = protocol.equals("https") ? 443 : 80;
    if (protocol.equals("tcp") && !b.hasValue("listen_port")) {
      throw ApiError.invalidInput("listen_port", "is required for tcp services");
    }
    int listen = port(b, "listen_port", listenDefault);
    if (protocol.equals("tcp") && !b.hasValue("destination_port")) {
      throw ApiError.invalidInput("destination_port", "is required for tcp services");
    }
    int destination = port(b, "destination_port", protocol.equals("tcp") ? listen : 80);
    HealthCheck hcDefault =
        new HealthCheck(
            protocol.equals("tcp") ? "tcp" : "http",
            destination,
            15,
            10,
            3,
            protocol.equals("tcp") ? Optional.empty() : Optional.of(defaultCheckHttp()));
    Service base =
        new Service(
            protocol,
            listen,
            destination,
            b.optBoolean("proxyprotocol").orElse(false),
            hcDefault,
            protocol.equals("tcp") ? Optional.empty() : Optional.of(defaultHttp()));
    return apply(base, b, v, false);
  }

  private static HealthCheckHttp defaultCheckHttp() {
    return new HealthCheckHttp(Optional.empty(), "/", "", List.of("2??", "3??"), false);
  }

  private static Http defaultHttp() {
    return new Http("HCLBSTICKY", 300, 60, List.of(), false, false);
  }

  /**
   * {@code s} with what {@code b} gives changed (all of it for a new service, only what is there
   * for updates).
   */
  static Service apply(Service s, Body b, StateView v, boolean update) {
    String protocol = s.protocol();
    if (update && b.hasValue("protocol")) {
      protocol = protocol("protocol", b.requireString("protocol"), List.of("tcp", "http", "https"));
    }
    int destination = port(b, "destination_port", s.destinationPort());
    boolean proxy = b.optBoolean("proxyprotocol").orElse(s.proxyprotocol());
    HealthCheck hc = s.healthCheck();
    Optional<Body> hb = b.optObject("health_check");
    if (hb.isPresent()) {
      Body h = hb.get();
      String hp =
          h.hasValue("protocol")
              ? protocol(
                  "health_check.protocol", h.requireString("protocol"), List.of("tcp", "http"))
              : hc.protocol();
      Optional<HealthCheckHttp> http =
          hp.equals("http")
              ? Optional.of(checkHttp(hc.http().orElse(defaultCheckHttp()), h.optObject("http")))
              : Optional.empty();
      hc =
          new HealthCheck(
              hp,
              port(h, "port", hc.port()),
              positive(h, "interval", hc.interval()),
              positive(h, "timeout", hc.timeout()),
              positive(h, "retries", hc.retries()),
              http);
    }
    Optional<Http> http =
        protocol.equals("tcp")
            ? Optional.empty()
            : Optional.of(http(s.http().orElse(defaultHttp()), b.optObject("http"), protocol, v));
    if (protocol.equals("https") && http.get().certificates().isEmpty()) {
      throw ApiError.invalidInput(
          "http.certificates", "an https service needs at least one certificate");
    }
    return new Service(protocol, s.listenPort(), destination, proxy, hc, http);
  }

  private static HealthCheckHttp checkHttp(HealthCheckHttp h, Optional<Body> ob) {
    if (ob.isEmpty()) {
      return h;
    }
    Body b = ob.get();
    Optional<String> domain = b.has("domain") ? b.optString("domain") : h.domain();
    List<String> codes =
        b.optArray("status_codes").isPresent() ? b.idsOrNames("status_codes") : h.statusCodes();
    return new HealthCheckHttp(
        domain,
        b.optString("path").orElse(h.path()),
        b.optString("response").orElse(h.response()),
        codes,
        b.optBoolean("tls").orElse(h.tls()));
  }

  private static Http http(Http h, Optional<Body> ob, String protocol, StateView v) {
    if (ob.isEmpty()) {
      return h;
    }
    Body b = ob.get();
    List<Long> certs = h.certificates();
    if (b.optArray("certificates").isPresent()) {
      certs = new ArrayList<>();
      for (String ref : b.idsOrNames("certificates")) {
        long id;
        try {
          id = Long.parseLong(ref);
        } catch (NumberFormatException e) {
          throw ApiError.invalidInput("http.certificates", "'" + ref + "' is not a certificate ID");
        }
        Optional<CertificateEntry> c = v.find(CloudKinds.CERTIFICATES, id);
        if (c.isEmpty()) {
          throw ApiError.invalidInput("http.certificates", "certificate " + id + " not found");
        }
        certs.add(id);
      }
      if (!protocol.equals("https") && !certs.isEmpty()) {
        throw ApiError.invalidInput("http.certificates", "only https services take certificates");
      }
    }
    int lifetime =
        b.hasValue("cookie_lifetime")
            ? positive(b, "cookie_lifetime", h.cookieLifetime())
            : h.cookieLifetime();
    return new Http(
        b.optString("cookie_name").orElse(h.cookieName()),
        lifetime,
        positive(b, "timeout_idle", h.timeoutIdle()),
        certs,
        b.optBoolean("redirect_http").orElse(h.redirectHttp()),
        b.optBoolean("sticky_sessions").orElse(h.stickySessions()));
  }

  /**
   * A target from {@code b} ({@code type} and {@code server.id}, {@code label_selector.selector} or
   * {@code ip.ip}).
   */
  static Target target(Body b, StateView v) {
    String type =
        protocol("type", b.requireString("type"), List.of("server", "label_selector", "ip"));
    boolean usePrivate = b.optBoolean("use_private_ip").orElse(false);
    switch (type) {
      case "server":
        {
          Body s =
              b.optObject("server")
                  .orElseThrow(() -> ApiError.invalidInput("server", "is required"));
          ServerEntry server = ServersHandler.find(v, s.requireLong("id"));
          return new Target(
              type, Optional.of(server.id()), Optional.empty(), Optional.empty(), usePrivate);
        }
      case "label_selector":
        {
          Body s =
              b.optObject("label_selector")
                  .orElseThrow(() -> ApiError.invalidInput("label_selector", "is required"));
          String selector = s.requireString("selector");
          LabelSelector.parse(selector);
          return new Target(
              type, Optional.empty(), Optional.of(selector), Optional.empty(), usePrivate);
        }
      default:
        {
          Body s = b.optObject("ip").orElseThrow(() -> ApiError.invalidInput("ip", "is required"));
          String text = s.requireString("ip");
          String ip =
              IpPool.canonical(text)
                  .orElseThrow(
                      () -> ApiError.invalidInput("ip.ip", "'" + text + "' is not an IP address"));
          return new Target(type, Optional.empty(), Optional.empty(), Optional.of(ip), false);
        }
    }
  }

  /**
   * Whether two targets name the same thing (the API refuses one twice: {@code
   * target_already_defined}).
   */
  static boolean same(Target a, Target b) {
    return a.type().equals(b.type())
        && a.server().equals(b.server())
        && a.selector().equals(b.selector())
        && a.ip().equals(b.ip());
  }

  /**
   * Checks that {@code lb} can take {@code t}; the codes are those openapi.json lists for
   * add_target.
   */
  static void checkTarget(LoadBalancerEntry lb, Target t, StateView v) {
    for (Target o : lb.targets()) {
      if (same(o, t)) {
        throw ResourceRoutes.unprocessable(
            "target_already_defined", "the load balancer already has this target");
      }
    }
    if (t.usePrivateIp() && lb.networks().isEmpty()) {
      throw ResourceRoutes.unprocessable(
          "load_balancer_not_attached_to_network",
          "use_private_ip needs the load balancer attached to a network");
    }
    if (t.type().equals("server")
        && !t.usePrivateIp()
        && ServerAddresses.primaryIp(v, t.server().get(), "ipv4").isEmpty()) {
      throw ResourceRoutes.unprocessable(
          "resolve_cloud_public_targets_error",
          "server " + t.server().get() + " has no public IPv4 address");
    }
    if (!lb.publicInterface() && t.type().equals("ip")) {
      throw ResourceRoutes.unprocessable(
          "load_balancer_public_interface_disabled",
          "the load balancer's public interface is disabled");
    }
    if (lb.targets().size() + 1 > LoadBalancerTypes.byId(lb.type()).maxTargets()) {
      throw ApiError.invalidInput(
          "type",
          "the load balancer type allows at most "
              + LoadBalancerTypes.byId(lb.type()).maxTargets()
              + " targets");
    }
  }

  /** Checks that {@code lb} can take the new service {@code s}. */
  static void checkNewService(LoadBalancerEntry lb, Service s) {
    for (Service o : lb.services()) {
      if (o.listenPort() == s.listenPort()) {
        throw new ApiError(
            412,
            "source_port_already_used",
            "listen port " + s.listenPort() + " is already used",
            null);
      }
    }
    if (lb.services().size() + 1 > LoadBalancerTypes.byId(lb.type()).maxServices()) {
      throw ApiError.invalidInput(
          "listen_port",
          "the load balancer type allows at most "
              + LoadBalancerTypes.byId(lb.type()).maxServices()
              + " services");
    }
  }
}
