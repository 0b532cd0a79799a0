package dev.hzone.cli.cloud;

import dev.hzone.api.cloud.LoadBalancer;
import dev.hzone.api.cloud.Service;
import dev.hzone.cli.framework.Column;
import dev.hzone.cli.framework.DescribeWriter;
import dev.hzone.cli.framework.Humanize;
import dev.hzone.cli.framework.TableLayout;
import java.time.Clock;
import java.util.List;

/** How load balancers are shown, with their services and targets. */
final class LoadBalancerView extends CloudView<LoadBalancer> {
  LoadBalancerView(Clock clock) {
    super(clock);
  }

  @Override
  protected TableLayout<LoadBalancer> layout() {
    return TableLayout.<LoadBalancer>builder()
        .column(Column.ofLong("id", LoadBalancer::id))
        .column(Column.of("name", LoadBalancer::name))
        .column(Column.of("health", LoadBalancerView::health))
        .column(Column.of("ipv4", lb -> lb.publicNet().ipv4().ip().orElse("-")))
        .column(Column.of("ipv6", lb -> lb.publicNet().ipv6().ip().orElse("-")))
        .column(Column.of("type", lb -> lb.loadBalancerType().name()))
        .column(Column.of("location", lb -> lb.location().name()))
        .column(Column.of("network_zone", lb -> lb.location().networkZone()))
        .column(Column.of("algorithm", lb -> lb.algorithm().type().apiValue()))
        .column(Column.ofLong("services", lb -> lb.services().size()))
        .column(Column.ofLong("targets", lb -> lb.targets().size()))
        .column(Column.of("protection", lb -> lb.protection().delete() ? "delete" : "-"))
        .column(labels(LoadBalancer::labels))
        .column(age(LoadBalancer::created))
        .column(created(LoadBalancer::created))
        .defaults("id", "name", "health", "ipv4", "ipv6", "type", "location", "network_zone", "age")
        .build();
  }

  /**
   * {@code healthy} when every target is healthy on every service, {@code unhealthy} when none,
   * else mixed.
   */
  static String health(LoadBalancer lb) {
    List<String> states =
        lb.targets().stream()
            .flatMap(t -> t.healthStatus().stream())
            .map(h -> h.status().apiValue())
            .distinct()
            .toList();
    if (states.isEmpty()) {
      return "unknown";
    }
    return states.size() == 1 ? states.get(0) : "mixed";
  }

  @Override
  public void describe(LoadBalancer lb, DescribeWriter d) {
    d.field("ID", Long.toString(lb.id()))
        .field("Name", lb.name())
        .field("Created", when(lb.created()))
        .field("Algorithm", lb.algorithm().type().apiValue());
    d.section(
        "Public Net",
        n ->
            n.field("Enabled", Humanize.yesNo(lb.publicNet().enabled()))
                .field("IPv4", lb.publicNet().ipv4().ip().orElse("-"))
                .field("IPv4 DNS PTR", lb.publicNet().ipv4().dnsPtr().orElse("-"))
                .field("IPv6", lb.publicNet().ipv6().ip().orElse("-"))
                .field("IPv6 DNS PTR", lb.publicNet().ipv6().dnsPtr().orElse("-")));
    d.list(
        "Private Net",
        lb.privateNet().stream().map(p -> "network " + p.network() + ": " + p.ip()).toList(),
        "No private networks");
    d.section(
        "Load Balancer Type",
        t ->
            t.field(
                    "Name",
                    lb.loadBalancerType().name() + " (ID " + lb.loadBalancerType().id() + ")")
                .field("Description", lb.loadBalancerType().description())
                .field("Max Services", Long.toString(lb.loadBalancerType().maxServices()))
                .field("Max Connections", Long.toString(lb.loadBalancerType().maxConnections()))
                .field("Max Targets", Long.toString(lb.loadBalancerType().maxTargets())));
    d.section(
        "Services",
        s -> {
          if (lb.services().isEmpty()) {
            s.text("No services");
          }
          lb.services().forEach(svc -> s.item(i -> service(i, svc)));
        });
    d.section(
        "Targets",
        s -> {
          if (lb.targets().isEmpty()) {
            s.text("No targets");
          }
          for (LoadBalancer.Target t : lb.targets()) {
            s.item(
                i -> {
                  i.field("Type", t.type().apiValue());
                  t.server().ifPresent(srv -> i.field("Server", "ID " + srv.id()));
                  t.labelSelector().ifPresent(l -> i.field("Label Selector", l.selector()));
                  t.ip().ifPresent(ip -> i.field("IP", ip.ip()));
                  i.field("Use Private IP", Humanize.yesNo(t.usePrivateIp().orElse(false)));
                  i.field(
                      "Health",
                      t.healthStatus().isEmpty()
                          ? "-"
                          : String.join(
                              ", ",
                              t.healthStatus().stream()
                                  .map(h -> h.listenPort() + ": " + h.status().apiValue())
                                  .toList()));
                });
          }
        });
    location(d, "Location", lb.location());
    d.section(
        "Traffic",
        t ->
            t.field("Outgoing", lb.outgoingTraffic().map(Humanize::bytes).orElse("-"))
                .field("Ingoing", lb.ingoingTraffic().map(Humanize::bytes).orElse("-"))
                .field("Included", Humanize.bytes(lb.includedTraffic())));
    d.section("Protection", p -> p.field("Delete", Humanize.yesNo(lb.protection().delete())));
    d.labels(lb.labels());
  }

  private static void service(DescribeWriter i, Service svc) {
    i.field("Protocol", svc.protocol().apiValue())
        .field("Listen Port", Long.toString(svc.listenPort()))
        .field("Destination Port", Long.toString(svc.destinationPort()))
        .field("Proxy Protocol", Humanize.yesNo(svc.proxyprotocol()));
    svc.http()
        .ifPresent(
            h ->
                i.section(
                    "HTTP",
                    x ->
                        x.field("Sticky Sessions", Humanize.yesNo(h.stickySessions()))
                            .field("Cookie", h.cookieName() + " (" + h.cookieLifetime() + " s)")
                            .field("Idle Timeout", h.timeoutIdle() + " s")
                            .field(
                                "Certificates",
                                h.certificates().isEmpty()
                                    ? "-"
                                    : String.join(
                                        ", ",
                                        h.certificates().stream().map(String::valueOf).toList()))
                            .field(
                                "Redirect HTTP", Humanize.yesNo(h.redirectHttp().orElse(false)))));
    Service.HealthCheck hc = svc.healthCheck();
    i.section(
        "Health Check",
        x -> {
          x.field("Protocol", hc.protocol().apiValue())
              .field("Port", Long.toString(hc.port()))
              .field("Interval", hc.interval() + " s")
              .field("Timeout", hc.timeout() + " s")
              .field("Retries", Long.toString(hc.retries()));
          hc.http()
              .ifPresent(
                  h ->
                      x.field(
                          "HTTP",
                          h.domain().map(dom -> dom + " ").orElse("")
                              + h.path()
                              + (h.statusCodes().isEmpty()
                                  ? ""
                                  : " " + String.join(",", h.statusCodes()))));
        });
  }
}
