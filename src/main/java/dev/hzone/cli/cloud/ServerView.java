package dev.hzone.cli.cloud;

import dev.hzone.api.cloud.Server;
import dev.hzone.cli.framework.Column;
import dev.hzone.cli.framework.DescribeWriter;
import dev.hzone.cli.framework.Humanize;
import dev.hzone.cli.framework.TableLayout;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How servers are shown: the hcloud CLI's columns, the API's server object, and a describe layout.
 */
final class ServerView extends CloudView<Server> {
  ServerView(Clock clock) {
    super(clock);
  }

  @Override
  protected TableLayout<Server> layout() {
    return TableLayout.<Server>builder()
        .column(Column.ofLong("id", Server::id))
        .column(Column.of("name", Server::name))
        .column(Column.of("status", s -> s.status().apiValue()))
        .column(Column.of("ipv4", s -> ipv4(s).orElse("-")))
        .column(
            Column.of("ipv6", s -> s.publicNet().ipv6().map(Server.PublicNet.Ipv6::ip).orElse("-")))
        .column(Column.of("private_net", ServerView::privateNet))
        .column(Column.of("type", s -> s.serverType().name()))
        .column(Column.of("location", s -> s.location().name()))
        .column(
            Column.of(
                "image",
                s -> s.image().map(i -> i.name().orElse(Long.toString(i.id()))).orElse("-")))
        .column(
            Column.of(
                "volumes",
                s ->
                    s.volumes().isEmpty()
                        ? "-"
                        : String.join(", ", s.volumes().stream().map(String::valueOf).toList())))
        .column(
            Column.of("placement_group", s -> s.placementGroup().map(g -> g.name()).orElse("-")))
        .column(Column.of("protection", ServerView::protection))
        .column(Column.of("backup_window", s -> s.backupWindow().orElse("-")))
        .column(Column.of("rescue_enabled", s -> Humanize.yesNo(s.rescueEnabled())))
        .column(Column.of("locked", s -> Humanize.yesNo(s.locked())))
        .column(
            new Column<>(
                "primary_disk_size",
                s -> number(s.primaryDiskSize()) + " GB",
                Comparator.comparingDouble(Server::primaryDiskSize)))
        .column(traffic("outgoing_traffic", Server::outgoingTraffic))
        .column(traffic("ingoing_traffic", Server::ingoingTraffic))
        .column(traffic("included_traffic", Server::includedTraffic))
        .column(labels(Server::labels))
        .column(age(Server::created))
        .column(created(Server::created))
        .defaults("id", "name", "status", "ipv4", "ipv6", "private_net", "location", "age")
        .build();
  }

  private static Column<Server> traffic(
      String name, java.util.function.Function<Server, Optional<Long>> f) {
    return new Column<>(
        name,
        s -> f.apply(s).map(Humanize::bytes).orElse("-"),
        Comparator.comparingLong(s -> f.apply(s).orElse(0L)));
  }

  static Optional<String> ipv4(Server s) {
    return s.publicNet().ipv4().map(Server.PublicNet.Ipv4::ip);
  }

  private static String privateNet(Server s) {
    List<String> out = new ArrayList<>();
    for (Server.PrivateNet n : s.privateNet()) {
      out.add(
          n.ip().orElse("?") + " (network " + n.network().map(String::valueOf).orElse("?") + ")");
    }
    return out.isEmpty() ? "-" : String.join(", ", out);
  }

  private static String protection(Server s) {
    List<String> p = new ArrayList<>();
    if (s.protection().delete()) {
      p.add("delete");
    }
    if (s.protection().rebuild()) {
      p.add("rebuild");
    }
    return p.isEmpty() ? "-" : String.join(", ", p);
  }

  @Override
  public void describe(Server s, DescribeWriter d) {
    d.field("ID", Long.toString(s.id()))
        .field("Name", s.name())
        .field("Status", s.status().apiValue())
        .field("Created", when(s.created()));
    d.section(
        "Server Type",
        t ->
            t.field("Name", s.serverType().name() + " (ID " + s.serverType().id() + ")")
                .field("Description", s.serverType().description())
                .field("Cores", number(s.serverType().cores()))
                .field("CPU Type", s.serverType().cpuType().apiValue())
                .field("Memory", number(s.serverType().memory()) + " GB")
                .field("Disk", number(s.primaryDiskSize()) + " GB")
                .field("Storage Type", s.serverType().storageType().apiValue()));
    d.section(
        "Public Net",
        n -> {
          n.section(
              "IPv4",
              v4 ->
                  s.publicNet()
                      .ipv4()
                      .ifPresentOrElse(
                          ip ->
                              v4.field("ID", ip.id().map(String::valueOf).orElse("-"))
                                  .field("IP", ip.ip())
                                  .field("Blocked", Humanize.yesNo(ip.blocked()))
                                  .field("DNS", ip.dnsPtr()),
                          () -> v4.text("No primary IPv4")));
          n.section(
              "IPv6",
              v6 ->
                  s.publicNet()
                      .ipv6()
                      .ifPresentOrElse(
                          ip -> {
                            v6.field("ID", ip.id().map(String::valueOf).orElse("-"))
                                .field("IP", ip.ip())
                                .field("Blocked", Humanize.yesNo(ip.blocked()));
                            ip.dnsPtr().forEach(p -> v6.field("DNS " + p.ip(), p.dnsPtr()));
                          },
                          () -> v6.text("No primary IPv6")));
          n.list(
              "Floating IPs",
              s.publicNet().floatingIps().stream().map(id -> "ID " + id).toList(),
              "No floating IPs");
          n.list(
              "Firewalls",
              s.publicNet().firewalls().stream()
                  .map(
                      f ->
                          "ID "
                              + f.id().map(String::valueOf).orElse("?")
                              + " ("
                              + f.status().map(st -> st.apiValue()).orElse("-")
                              + ")")
                  .toList(),
              "No firewalls");
        });
    d.section(
        "Private Net",
        n -> {
          if (s.privateNet().isEmpty()) {
            n.text("No private networks");
          }
          for (Server.PrivateNet p : s.privateNet()) {
            n.item(
                i ->
                    i.field("Network", p.network().map(String::valueOf).orElse("-"))
                        .field("IP", p.ip().orElse("-"))
                        .field(
                            "Alias IPs",
                            p.aliasIps().isEmpty() ? "-" : String.join(", ", p.aliasIps()))
                        .field("MAC Address", p.macAddress().orElse("-")));
          }
        });
    d.list("Volumes", s.volumes().stream().map(id -> "ID " + id).toList(), "No volumes");
    d.section(
        "Image",
        i ->
            s.image()
                .ifPresentOrElse(
                    img ->
                        i.field("ID", Long.toString(img.id()))
                            .field("Type", img.type().apiValue())
                            .field("Name", img.name().orElse("-"))
                            .field("Description", img.description())
                            .field("OS flavor", img.osFlavor().apiValue())
                            .field("OS version", img.osVersion().orElse("-")),
                    () -> i.text("No image")));
    location(d, "Location", s.location());
    d.section(
        "Traffic",
        t ->
            t.field("Outgoing", s.outgoingTraffic().map(Humanize::bytes).orElse("-"))
                .field("Ingoing", s.ingoingTraffic().map(Humanize::bytes).orElse("-"))
                .field("Included", s.includedTraffic().map(Humanize::bytes).orElse("-")));
    d.field("Backup Window", s.backupWindow().orElse("Backups disabled"))
        .field("Rescue System", s.rescueEnabled() ? "enabled" : "disabled")
        .field(
            "ISO",
            s.iso().map(i -> i.name().orElse(Long.toString(i.id()))).orElse("No ISO attached"))
        .field("Locked", Humanize.yesNo(s.locked()));
    d.section(
        "Protection",
        p ->
            p.field("Delete", Humanize.yesNo(s.protection().delete()))
                .field("Rebuild", Humanize.yesNo(s.protection().rebuild())));
    d.labels(s.labels());
    d.field(
        "Placement Group",
        s.placementGroup().map(g -> g.name() + " (ID " + g.id() + ")").orElse("-"));
  }
}
