package dev.hzone.cli.cloud;

import dev.hzone.api.cloud.ListLoadBalancerTypesOptions;
import dev.hzone.api.cloud.LoadBalancerType;
import dev.hzone.cli.framework.Column;
import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.DescribeWriter;
import dev.hzone.cli.framework.TableLayout;
import java.time.Clock;
import java.util.List;

/** {@code hzone load-balancer-type list|describe}: sizes of load balancers and their prices. */
public final class LoadBalancerTypeCommand {
  static final CloudResource<LoadBalancerType> KIND =
      CloudResource.<LoadBalancerType>builder("load-balancer-type", "load balancer type")
          .jsonKey("load_balancer_type")
          .id(LoadBalancerType::id)
          .name(LoadBalancerType::name)
          .get((c, id) -> c.loadBalancerTypes().get(id))
          .byName(
              (c, n) -> c.loadBalancerTypes().list(ListLoadBalancerTypesOptions.ALL.withName(n)))
          .list((c, r) -> c.loadBalancerTypes().list(ListLoadBalancerTypesOptions.ALL))
          .view(View::new)
          .build();

  private LoadBalancerTypeCommand() {}

  public static Command create() {
    return CloudGroup.of(
        "load-balancer-type",
        "Show load balancer types",
        List.of(
            StandardVerbs.list(KIND, "hzone load-balancer-type list"),
            StandardVerbs.describe(KIND, "hzone load-balancer-type describe lb11")));
  }

  static final class View extends CloudView<LoadBalancerType> {
    View(Clock clock) {
      super(clock);
    }

    @Override
    protected TableLayout<LoadBalancerType> layout() {
      return TableLayout.<LoadBalancerType>builder()
          .column(Column.ofLong("id", LoadBalancerType::id))
          .column(Column.of("name", LoadBalancerType::name))
          .column(Column.of("description", LoadBalancerType::description))
          .column(Column.ofLong("max_services", LoadBalancerType::maxServices))
          .column(Column.ofLong("max_connections", LoadBalancerType::maxConnections))
          .column(Column.ofLong("max_targets", LoadBalancerType::maxTargets))
          .column(
              Column.ofLong("max_assigned_certificates", LoadBalancerType::maxAssignedCertificates))
          .defaults("id", "name", "description", "max_services", "max_connections", "max_targets")
          .build();
    }

    @Override
    public void describe(LoadBalancerType t, DescribeWriter d) {
      d.field("ID", Long.toString(t.id()))
          .field("Name", t.name())
          .field("Description", t.description())
          .field("Max Services", Long.toString(t.maxServices()))
          .field("Max Connections", Long.toString(t.maxConnections()))
          .field("Max Targets", Long.toString(t.maxTargets()))
          .field("Max assigned Certificates", Long.toString(t.maxAssignedCertificates()));
      t.deprecation()
          .ifPresent(
              dep ->
                  d.section(
                      "Deprecation",
                      s ->
                          s.field("Announced", when(dep.announced()))
                              .field("Unavailable after", when(dep.unavailableAfter()))));
      prices(d, t.prices());
    }
  }
}
