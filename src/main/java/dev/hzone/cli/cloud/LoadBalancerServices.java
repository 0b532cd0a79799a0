package dev.hzone.cli.cloud;

import dev.hzone.api.HcloudClient;
import dev.hzone.api.cloud.AddLoadBalancerServiceOptions;
import dev.hzone.api.cloud.AddLoadBalancerServiceOptionsHttp;
import dev.hzone.api.cloud.HealthCheckProtocol;
import dev.hzone.api.cloud.Http;
import dev.hzone.api.cloud.LoadBalancer;
import dev.hzone.api.cloud.ServiceProtocol;
import dev.hzone.api.cloud.UpdateLoadBalancerServiceOptions;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.Verb;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/**
 * {@code hzone load-balancer add-service|update-service|delete-service}: the ports a load balancer
 * listens on, with their health checks and HTTP settings. A new service's health check defaults to
 * what the hcloud CLI sends: the service's protocol (tcp for https) on its destination port, every
 * 15 s, 10 s time-out, 3 retries.
 */
final class LoadBalancerServices {
  private static final CloudResource<LoadBalancer> K = LoadBalancerCommand.KIND;

  private LoadBalancerServices() {}

  static List<Verb> verbs() {
    return List.of(
        ActionVerb.on(K, "add-service")
            .summary("Add a service (a port it listens on) to a load balancer")
            .examples(
                """
                hzone load-balancer add-service web --protocol http
                hzone load-balancer add-service web --protocol https --http-certificates www --http-redirect-http
                hzone load-balancer add-service web --protocol tcp --listen-port 5432 --destination-port 5432""")
            .options(() -> serviceOptions(true))
            .input(a -> add(a.cl()))
            .call(
                (c, lb, in) ->
                    Outcome.of(
                        c.loadBalancers()
                            .addService(
                                lb.id(),
                                in.http().isEmpty()
                                    ? in.options()
                                    : in.options()
                                        .withHttp(
                                            withCertificates(
                                                c, in.http().get(), in.certificates())))))
            .done(
                (lb, in) ->
                    "Service "
                        + in.options().protocol().apiValue()
                        + " "
                        + in.options().listenPort()
                        + " -> "
                        + in.options().destinationPort()
                        + " added to load balancer "
                        + lb.name())
            .build(),
        ActionVerb.on(K, "update-service")
            .summary("Change a load balancer's service, chosen by its listen port")
            .examples(
                "hzone load-balancer update-service web --listen-port 443 --http-sticky-sessions true\n"
                    + "hzone load-balancer update-service web --listen-port 80 --health-check-http-path /healthz")
            .options(() -> serviceOptions(false))
            .input(a -> update(a.cl()))
            .call(
                (c, lb, in) ->
                    Outcome.of(
                        c.loadBalancers()
                            .updateService(
                                lb.id(),
                                in.http().isEmpty()
                                    ? in.options()
                                    : in.options()
                                        .withHttp(
                                            withCertificates(
                                                c, in.http().get(), in.certificates())))))
            .done(
                (lb, in) ->
                    "Service "
                        + in.options().listenPort()
                        + " of load balancer "
                        + lb.name()
                        + " updated")
            .build(),
        ActionVerb.on(K, "delete-service")
            .summary("Remove a service from a load balancer")
            .examples("hzone load-balancer delete-service web --listen-port 80")
            .options(() -> Opts.of(Opts.req("listen-port", "PORT", "the service's listen port")))
            .input(a -> Args.requiredNumber(a.cl(), "listen-port", 1, 65535))
            .call((c, lb, port) -> Outcome.of(c.loadBalancers().deleteService(lb.id(), port)))
            .done((lb, port) -> "Service " + port + " removed from load balancer " + lb.name())
            .build());
  }

  private static Options serviceOptions(boolean adding) {
    Options o =
        Opts.of(
            adding
                ? Opts.req("protocol", "tcp|http|https", "the service's protocol")
                : Opts.opt("protocol", "tcp|http|https", "the service's protocol"),
            adding
                ? Opts.opt(
                    "listen-port",
                    "PORT",
                    "the port it listens on (default 80 for http, 443 for https)")
                : Opts.req("listen-port", "PORT", "the listen port of the service to change"),
            Opts.opt(
                "destination-port",
                "PORT",
                "the port of the targets (default 80 for http and https)"),
            Opts.opt("proxy-protocol", "true|false", "speak the PROXY protocol to the targets"),
            Opts.opt("http-cookie-name", "NAME", "sticky sessions: the cookie's name"),
            Opts.opt(
                "http-cookie-lifetime",
                "DURATION",
                "sticky sessions: the cookie's lifetime (30s to 24h)"),
            Opts.opt("http-sticky-sessions", "true|false", "keep a client on one target"),
            Opts.multi("http-certificates", "CERTIFICATE", "a certificate (id or name) for https"),
            Opts.opt("http-redirect-http", "true|false", "redirect port 80 to this https service"),
            Opts.opt(
                "http-timeout-idle", "DURATION", "close idle HTTP connections after (30s to 5m)"),
            Opts.opt("health-check-protocol", "tcp|http", "the health check's protocol"),
            Opts.opt(
                "health-check-port",
                "PORT",
                "the health check's port (default: the destination port)"),
            Opts.opt(
                "health-check-interval",
                "DURATION",
                "time between checks (3s to 60s; default 15s)"),
            Opts.opt(
                "health-check-timeout", "DURATION", "a check's time-out (1s to 60s; default 10s)"),
            Opts.opt(
                "health-check-retries",
                "N",
                "failed checks before a target is unhealthy (1 to 5; default 3)"),
            Opts.opt("health-check-http-domain", "NAME", "HTTP check: the Host header"),
            Opts.opt("health-check-http-path", "PATH", "HTTP check: the path (default /)"),
            Opts.opt(
                "health-check-http-response", "TEXT", "HTTP check: text the answer must contain"),
            Opts.multi(
                "health-check-http-status-codes",
                "CODE",
                "HTTP check: accepted status codes, e.g. 2??"),
            Opts.opt(
                "health-check-http-tls",
                "true|false",
                "HTTP check: verify the target's certificate"));
    return o;
  }

  /** A checked service; certificates stay names until the call, where they are looked up. */
  private record ServiceInput<O>(
      O options, Optional<AddLoadBalancerServiceOptionsHttp> http, List<String> certificates) {}

  private static ServiceInput<AddLoadBalancerServiceOptions> add(CommandLine cl) {
    ServiceProtocol protocol = Args.apiEnum(cl, "protocol", ServiceProtocol.class).orElseThrow();
    boolean tcp = protocol == ServiceProtocol.TCP;
    if (tcp && (!cl.hasOption("listen-port") || !cl.hasOption("destination-port"))) {
      throw CliException.usage("a tcp service needs --listen-port and --destination-port");
    }
    long listen =
        Args.number(cl, "listen-port", 1, 65535)
            .orElse(protocol == ServiceProtocol.HTTPS ? 443L : 80L);
    long destination = Args.number(cl, "destination-port", 1, 65535).orElse(80L);
    HealthCheckProtocol hcProtocol =
        Args.apiEnum(cl, "health-check-protocol", HealthCheckProtocol.class)
            .orElse(
                protocol == ServiceProtocol.HTTP
                    ? HealthCheckProtocol.HTTP
                    : HealthCheckProtocol.TCP);
    boolean httpCheck = hcProtocol == HealthCheckProtocol.HTTP;
    AddLoadBalancerServiceOptions.HealthCheck hc =
        AddLoadBalancerServiceOptions.HealthCheck.of(
            hcProtocol,
            Args.number(cl, "health-check-port", 1, 65535).orElse(destination),
            Args.seconds(cl, "health-check-interval", 3, 60).orElse(15L),
            Args.seconds(cl, "health-check-timeout", 1, 60).orElse(10L),
            Args.number(cl, "health-check-retries", 1, 5).orElse(3L));
    Optional<Http> check = healthHttp(cl);
    if (check.isPresent() && !httpCheck) {
      throw CliException.usage(
          "the --health-check-http-* options need an http health check (--health-check-protocol http)");
    }
    if (httpCheck) {
      hc = hc.withHttp(check.orElse(Http.of().withPath("/")));
    }
    AddLoadBalancerServiceOptions o =
        AddLoadBalancerServiceOptions.of(
            protocol, listen, destination, Args.bool(cl, "proxy-protocol").orElse(false), hc);
    List<String> certs = Args.values(cl, "http-certificates");
    if (protocol == ServiceProtocol.HTTPS && certs.isEmpty()) {
      throw CliException.usage(
          "an https service needs --http-certificates (id or name of a certificate)");
    }
    return new ServiceInput<>(o, http(cl, !tcp), certs);
  }

  private static ServiceInput<UpdateLoadBalancerServiceOptions> update(CommandLine cl) {
    UpdateLoadBalancerServiceOptions o =
        UpdateLoadBalancerServiceOptions.of(Args.requiredNumber(cl, "listen-port", 1, 65535));
    Optional<ServiceProtocol> protocol = Args.apiEnum(cl, "protocol", ServiceProtocol.class);
    o = protocol.map(o::withProtocol).orElse(o);
    o = Args.number(cl, "destination-port", 1, 65535).map(o::withDestinationPort).orElse(o);
    o = Args.bool(cl, "proxy-protocol").map(o::withProxyprotocol).orElse(o);
    UpdateLoadBalancerServiceOptions.HealthCheck hc =
        UpdateLoadBalancerServiceOptions.HealthCheck.of();
    Optional<HealthCheckProtocol> hcProtocol =
        Args.apiEnum(cl, "health-check-protocol", HealthCheckProtocol.class);
    hc = hcProtocol.map(hc::withProtocol).orElse(hc);
    hc = Args.number(cl, "health-check-port", 1, 65535).map(hc::withPort).orElse(hc);
    hc = Args.seconds(cl, "health-check-interval", 3, 60).map(hc::withInterval).orElse(hc);
    hc = Args.seconds(cl, "health-check-timeout", 1, 60).map(hc::withTimeout).orElse(hc);
    hc = Args.number(cl, "health-check-retries", 1, 5).map(hc::withRetries).orElse(hc);
    hc = healthHttp(cl).map(hc::withHttp).orElse(hc);
    if (!hc.equals(UpdateLoadBalancerServiceOptions.HealthCheck.of())) {
      o = o.withHealthCheck(hc);
    }
    Optional<AddLoadBalancerServiceOptionsHttp> http = http(cl, true);
    List<String> certs = Args.values(cl, "http-certificates");
    if (o.equals(UpdateLoadBalancerServiceOptions.of(o.listenPort())) && http.isEmpty()) {
      throw CliException.usage(
          "nothing to update: give the settings to change besides --listen-port");
    }
    return new ServiceInput<>(o, http, certs);
  }

  /** The HTTP health check settings, when any is given (the path defaults to {@code /}). */
  private static Optional<Http> healthHttp(CommandLine cl) {
    Http h = Http.of();
    h =
        cl.hasOption("health-check-http-domain")
            ? h.withDomain(cl.getOptionValue("health-check-http-domain"))
            : h;
    h =
        cl.hasOption("health-check-http-path")
            ? h.withPath(cl.getOptionValue("health-check-http-path"))
            : h;
    h =
        cl.hasOption("health-check-http-response")
            ? h.withResponse(cl.getOptionValue("health-check-http-response"))
            : h;
    List<String> codes = Args.values(cl, "health-check-http-status-codes");
    h = codes.isEmpty() ? h : h.withStatusCodes(codes);
    h = Args.bool(cl, "health-check-http-tls").map(h::withTls).orElse(h);
    if (h.equals(Http.of())) {
      return Optional.empty();
    }
    return Optional.of(h.path().isPresent() ? h : h.withPath("/"));
  }

  /** The HTTP settings of an http or https service (certificates apart), when any is given. */
  private static Optional<AddLoadBalancerServiceOptionsHttp> http(CommandLine cl, boolean allowed) {
    AddLoadBalancerServiceOptionsHttp h = AddLoadBalancerServiceOptionsHttp.of();
    h =
        cl.hasOption("http-cookie-name")
            ? h.withCookieName(cl.getOptionValue("http-cookie-name"))
            : h;
    h = Args.seconds(cl, "http-cookie-lifetime", 30, 86400).map(h::withCookieLifetime).orElse(h);
    h = Args.seconds(cl, "http-timeout-idle", 30, 300).map(h::withTimeoutIdle).orElse(h);
    h = Args.bool(cl, "http-sticky-sessions").map(h::withStickySessions).orElse(h);
    h = Args.bool(cl, "http-redirect-http").map(h::withRedirectHttp).orElse(h);
    boolean certs = cl.hasOption("http-certificates");
    if (h.equals(AddLoadBalancerServiceOptionsHttp.of()) && !certs) {
      return Optional.empty();
    }
    if (!allowed) {
      throw CliException.usage("the --http-* options are for http and https services");
    }
    return Optional.of(h);
  }

  private static AddLoadBalancerServiceOptionsHttp withCertificates(
      HcloudClient c, AddLoadBalancerServiceOptionsHttp h, List<String> names) {
    return names.isEmpty()
        ? h
        : h.withCertificates(
            names.stream().map(x -> StandardVerbs.idOf(CertificateCommand.KIND, c, x)).toList());
  }
}
