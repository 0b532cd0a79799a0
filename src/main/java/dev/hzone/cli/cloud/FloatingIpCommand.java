package dev.hzone.cli.cloud;

import dev.hzone.api.HcloudClient;
import dev.hzone.api.cloud.AssignFloatingIpOptions;
import dev.hzone.api.cloud.ChangeFloatingIpDnsPtrOptions;
import dev.hzone.api.cloud.CreateFloatingIpOptions;
import dev.hzone.api.cloud.CreateFloatingIpResult;
import dev.hzone.api.cloud.DnsPtr;
import dev.hzone.api.cloud.FloatingIp;
import dev.hzone.api.cloud.IdOrName;
import dev.hzone.api.cloud.IpType;
import dev.hzone.api.cloud.ListFloatingIpsOptions;
import dev.hzone.api.cloud.UpdateFloatingIpOptions;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.ClientFactory;
import dev.hzone.cli.framework.Column;
import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.DescribeWriter;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.Humanize;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.TableLayout;
import dev.hzone.cli.framework.Verb;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;

/** {@code hzone floating-ip ...}: addresses that move between servers of one network zone. */
public final class FloatingIpCommand {
  static final CloudResource<FloatingIp> KIND =
      CloudResource.<FloatingIp>builder("floating-ip", "floating IP")
          .jsonKey("floating_ip")
          .id(FloatingIp::id)
          .name(FloatingIp::name)
          .get((c, id) -> c.floatingIps().get(id))
          .byName((c, n) -> c.floatingIps().list(ListFloatingIpsOptions.ALL.withName(n)))
          .list(
              (c, r) ->
                  c.floatingIps()
                      .list(
                          r.selector()
                              .map(ListFloatingIpsOptions.ALL::withLabelSelector)
                              .orElse(ListFloatingIpsOptions.ALL)))
          .labels(
              FloatingIp::labels,
              (c, id, l) -> c.floatingIps().update(id, UpdateFloatingIpOptions.of().withLabels(l)))
          .delete(
              (c, id) -> {
                c.floatingIps().delete(id);
                return Optional.empty();
              })
          .protection(
              (c, ip, levels, on) -> c.floatingIps().changeProtection(ip.id(), on), "delete")
          .view(View::new)
          .build();

  private FloatingIpCommand() {}

  public static Command create() {
    return CloudGroup.of(
        "floating-ip",
        "Manage floating IPs",
        List.of(
            StandardVerbs.list(KIND, "hzone floating-ip list"),
            StandardVerbs.describe(KIND, "hzone floating-ip describe vip"),
            new Verb(
                "create",
                "Create a floating IP, in a home location or assigned to a server",
                "",
                """
            hzone floating-ip create --type ipv4 --home-location fsn1 --name vip
            hzone floating-ip create --type ipv6 --server web --description 'web v6'""",
                () ->
                    Opts.write(
                        Opts.of(
                            Opts.req("type", "ipv4|ipv6", "the address family"),
                            Opts.opt("name", "NAME", "a name"),
                            Opts.opt("description", "TEXT", "a description"),
                            Opts.opt(
                                "home-location",
                                "LOCATION",
                                "its home location (needed without --server)"),
                            Opts.opt("server", "SERVER", "assign it to this server at once"),
                            Opts.label())),
                FloatingIpCommand::create),
            StandardVerbs.update(
                KIND,
                "hzone floating-ip update vip --description 'web front'",
                () ->
                    Opts.of(
                        Opts.opt("name", "NAME", "the new name"),
                        Opts.opt("description", "TEXT", "the new description")),
                (inv, cl) -> {
                  UpdateFloatingIpOptions o = UpdateFloatingIpOptions.of();
                  o = cl.hasOption("name") ? o.withName(cl.getOptionValue("name")) : o;
                  return cl.hasOption("description")
                      ? o.withDescription(cl.getOptionValue("description"))
                      : o;
                },
                (c, ip, u) -> c.floatingIps().update(ip.id(), u)),
            StandardVerbs.delete(KIND, "hzone floating-ip delete vip"),
            LabelVerbs.addLabel(KIND),
            LabelVerbs.removeLabel(KIND),
            LabelVerbs.enableProtection(KIND),
            LabelVerbs.disableProtection(KIND),
            ActionVerb.on(KIND, "assign")
                .summary("Assign a floating IP to a server")
                .args("SERVER", 1, 1)
                .examples("hzone floating-ip assign vip web")
                .call(
                    (c, ip, a) ->
                        Outcome.of(
                            c.floatingIps()
                                .assign(
                                    ip.id(),
                                    new AssignFloatingIpOptions(
                                        StandardVerbs.idOf(
                                            ServerCommand.KIND, c, a.args().get(0))))))
                .done(
                    (ip, a) ->
                        "Floating IP " + KIND.label(ip) + " assigned to server " + a.args().get(0))
                .build(),
            ActionVerb.on(KIND, "unassign")
                .summary("Unassign a floating IP from its server")
                .examples("hzone floating-ip unassign vip")
                .call(
                    (c, ip, a) -> {
                      if (ip.server().isEmpty()) {
                        throw CliException.failed(
                            "floating IP " + KIND.label(ip) + " is not assigned");
                      }
                      return Outcome.of(c.floatingIps().unassign(ip.id()));
                    })
                .done((ip, a) -> "Floating IP " + KIND.label(ip) + " unassigned")
                .build(),
            ReverseDns.verb(
                KIND,
                ip -> List.of(ip.type() == IpType.IPV6 ? ReverseDns.ipv6Host(ip.ip()) : ip.ip()),
                (c, ip, addr, host) ->
                    c.floatingIps()
                        .changeDnsPtr(
                            ip.id(),
                            host.map(ChangeFloatingIpDnsPtrOptions.of(addr)::withDnsPtr)
                                .orElse(ChangeFloatingIpDnsPtrOptions.of(addr))))));
  }

  private static int create(Invocation inv, CommandLine cl) {
    Args.positional(cl, 0, 0, "floating-ip create", "");
    CreateFloatingIpOptions o =
        CreateFloatingIpOptions.of(Args.apiEnum(cl, "type", IpType.class).orElseThrow());
    if (cl.hasOption("home-location") == cl.hasOption("server")) {
      throw CliException.usage("give exactly one of --home-location or --server");
    }
    o = cl.hasOption("name") ? o.withName(cl.getOptionValue("name")) : o;
    o = cl.hasOption("description") ? o.withDescription(cl.getOptionValue("description")) : o;
    o = Args.labels(cl).map(o::withLabels).orElse(o);
    HcloudClient client = ClientFactory.client(inv);
    if (cl.hasOption("home-location")) {
      o = o.withHomeLocation(IdOrName.name(cl.getOptionValue("home-location")));
    } else {
      o = o.withServer(StandardVerbs.idOf(ServerCommand.KIND, client, cl.getOptionValue("server")));
    }
    CreateFloatingIpResult r = client.floatingIps().create(o);
    StandardVerbs.finishCreate(inv, cl, KIND, client, r.floatingIp(), Outcome.of(r.action()));
    return ExitCodes.OK;
  }

  static String dns(List<DnsPtr> ptrs) {
    return ptrs.isEmpty()
        ? "-"
        : String.join(", ", ptrs.stream().map(p -> p.ip() + " " + p.dnsPtr()).toList());
  }

  static final class View extends CloudView<FloatingIp> {
    View(Clock clock) {
      super(clock);
    }

    @Override
    protected TableLayout<FloatingIp> layout() {
      return TableLayout.<FloatingIp>builder()
          .column(Column.ofLong("id", FloatingIp::id))
          .column(Column.of("type", f -> f.type().apiValue()))
          .column(Column.of("name", FloatingIp::name))
          .column(optional("description", FloatingIp::description))
          .column(Column.of("ip", FloatingIp::ip))
          .column(Column.of("home", f -> f.homeLocation().name()))
          .column(Column.of("server", f -> f.server().map(String::valueOf).orElse("-")))
          .column(Column.of("dns", f -> dns(f.dnsPtr())))
          .column(Column.of("blocked", f -> Humanize.yesNo(f.blocked())))
          .column(Column.of("protection", f -> f.protection().delete() ? "delete" : "-"))
          .column(labels(FloatingIp::labels))
          .column(age(FloatingIp::created))
          .column(created(FloatingIp::created))
          .defaults("id", "type", "name", "description", "ip", "home", "server", "dns", "age")
          .build();
    }

    @Override
    public void describe(FloatingIp f, DescribeWriter d) {
      d.field("ID", Long.toString(f.id()))
          .field("Type", f.type().apiValue())
          .field("Name", f.name())
          .field("Description", f.description().orElse("-"))
          .field("Created", when(f.created()))
          .field("IP", f.ip())
          .field("Blocked", Humanize.yesNo(f.blocked()))
          .field("Server", f.server().map(String::valueOf).orElse("not assigned"));
      location(d, "Home Location", f.homeLocation());
      d.list(
          "DNS",
          f.dnsPtr().stream().map(p -> p.ip() + ": " + p.dnsPtr()).toList(),
          "No reverse DNS entries");
      d.section("Protection", s -> s.field("Delete", Humanize.yesNo(f.protection().delete())));
      d.labels(f.labels());
    }
  }
}
