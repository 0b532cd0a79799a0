package dev.hzone.cli.cloud;

import dev.hzone.api.cloud.Network;
import dev.hzone.cli.framework.Column;
import dev.hzone.cli.framework.DescribeWriter;
import dev.hzone.cli.framework.Humanize;
import dev.hzone.cli.framework.TableLayout;
import java.time.Clock;

/** How networks are shown. */
final class NetworkView extends CloudView<Network> {
  NetworkView(Clock clock) {
    super(clock);
  }

  @Override
  protected TableLayout<Network> layout() {
    return TableLayout.<Network>builder()
        .column(Column.ofLong("id", Network::id))
        .column(Column.of("name", Network::name))
        .column(Column.of("ip_range", Network::ipRange))
        .column(Column.ofLong("servers", n -> n.servers().size()))
        .column(Column.ofLong("load_balancers", n -> n.loadBalancers().size()))
        .column(
            Column.of(
                "subnets",
                n ->
                    n.subnets().isEmpty()
                        ? "-"
                        : String.join(
                            ", ", n.subnets().stream().map(s -> s.ipRange().orElse("?")).toList())))
        .column(Column.ofLong("routes", n -> n.routes().size()))
        .column(
            Column.of("expose_routes_to_vswitch", n -> Humanize.yesNo(n.exposeRoutesToVswitch())))
        .column(Column.of("protection", n -> n.protection().delete() ? "delete" : "-"))
        .column(labels(Network::labels))
        .column(age(Network::created))
        .column(created(Network::created))
        .defaults("id", "name", "ip_range", "servers", "age")
        .build();
  }

  @Override
  public void describe(Network n, DescribeWriter d) {
    d.field("ID", Long.toString(n.id()))
        .field("Name", n.name())
        .field("Created", when(n.created()))
        .field("IP Range", n.ipRange())
        .field("Expose Routes to vSwitch", Humanize.yesNo(n.exposeRoutesToVswitch()));
    d.section(
        "Subnets",
        s -> {
          if (n.subnets().isEmpty()) {
            s.text("No subnets");
          }
          for (Network.Subnet sub : n.subnets()) {
            s.item(
                i -> {
                  i.field("Type", sub.type().apiValue())
                      .field("Network Zone", sub.networkZone())
                      .field("IP Range", sub.ipRange().orElse("-"))
                      .field("Gateway", sub.gateway());
                  sub.vswitchId().ifPresent(v -> i.field("vSwitch ID", Long.toString(v)));
                });
          }
        });
    d.section(
        "Routes",
        s -> {
          if (n.routes().isEmpty()) {
            s.text("No routes");
          }
          n.routes()
              .forEach(
                  r ->
                      s.item(
                          i ->
                              i.field("Destination", r.destination())
                                  .field("Gateway", r.gateway())));
        });
    d.list("Servers", n.servers().stream().map(id -> "Server ID: " + id).toList(), "No servers");
    d.list(
        "Load Balancers",
        n.loadBalancers().stream().map(id -> "Load Balancer ID: " + id).toList(),
        "No load balancers");
    d.section("Protection", s -> s.field("Delete", Humanize.yesNo(n.protection().delete())));
    d.labels(n.labels());
  }
}
