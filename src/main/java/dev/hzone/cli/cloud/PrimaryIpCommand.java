package dev.hzone.cli.cloud;

import dev.hzone.api.HcloudClient;
import dev.hzone.api.cloud.AssignPrimaryIpOptions;
import dev.hzone.api.cloud.AssigneeType;
import dev.hzone.api.cloud.ChangePrimaryIpDnsPtrOptions;
import dev.hzone.api.cloud.CreatePrimaryIpOptions;
import dev.hzone.api.cloud.CreatePrimaryIpResult;
import dev.hzone.api.cloud.IdOrName;
import dev.hzone.api.cloud.IpType;
import dev.hzone.api.cloud.ListPrimaryIpsOptions;
import dev.hzone.api.cloud.PrimaryIp;
import dev.hzone.api.cloud.UpdatePrimaryIpOptions;
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

/**
 * {@code hzone primary-ip ...}: the public addresses of servers, which outlive a server when asked
 * to and move to another one while both are off.
 */
public final class PrimaryIpCommand {
  static final CloudResource<PrimaryIp> KIND =
      CloudResource.<PrimaryIp>builder("primary-ip", "primary IP")
          .jsonKey("primary_ip")
          .id(PrimaryIp::id)
          .name(PrimaryIp::name)
          .get((c, id) -> c.primaryIps().get(id))
          .byName(
              (c, n) -> {
                // An address names a primary IP as well as its name does.
                boolean address = n.matches("[0-9.]+") || n.contains(":");
                return c.primaryIps()
                    .list(
                        address
                            ? ListPrimaryIpsOptions.ALL.withIp(n)
                            : ListPrimaryIpsOptions.ALL.withName(n));
              })
          .list(
              (c, r) ->
                  c.primaryIps()
                      .list(
                          r.selector()
                              .map(ListPrimaryIpsOptions.ALL::withLabelSelector)
                              .orElse(ListPrimaryIpsOptions.ALL)))
          .labels(
              PrimaryIp::labels,
              (c, id, l) -> c.primaryIps().update(id, UpdatePrimaryIpOptions.of().withLabels(l)))
          .delete(
              (c, id) -> {
                c.primaryIps().delete(id);
                return Optional.empty();
              })
          .protection((c, ip, levels, on) -> c.primaryIps().changeProtection(ip.id(), on), "delete")
          .view(View::new)
          .build();

  private PrimaryIpCommand() {}

  public static Command create() {
    return CloudGroup.of(
        "primary-ip",
        "Manage primary IPs",
        List.of(
            StandardVerbs.list(KIND, "hzone primary-ip list"),
            StandardVerbs.describe(
                KIND, "hzone primary-ip describe web-v4\nhzone primary-ip describe 203.0.113.7"),
            new Verb(
                "create",
                "Create a primary IP, in a location or assigned to a server (which must be off)",
                "",
                """
            hzone primary-ip create --name web-v4 --type ipv4 --location fsn1
            hzone primary-ip create --name web-v6 --type ipv6 --assignee web --auto-delete""",
                () ->
                    Opts.write(
                        Opts.of(
                            Opts.req("name", "NAME", "the address's name"),
                            Opts.req("type", "ipv4|ipv6", "the address family"),
                            Opts.opt(
                                "location",
                                "LOCATION",
                                "where to create it (needed without --assignee)"),
                            Opts.opt(
                                "assignee",
                                "SERVER",
                                "assign it to this server at once (the server must be off)"),
                            Opts.flag("auto-delete", "delete it with the server it is assigned to"),
                            Opts.label())),
                PrimaryIpCommand::create),
            StandardVerbs.update(
                KIND,
                "hzone primary-ip update web-v4 --auto-delete false",
                () ->
                    Opts.of(
                        Opts.opt("name", "NAME", "the new name"),
                        Opts.opt(
                            "auto-delete",
                            "true|false",
                            "delete it with the server it is assigned to")),
                (inv, cl) -> {
                  UpdatePrimaryIpOptions o = UpdatePrimaryIpOptions.of();
                  o = cl.hasOption("name") ? o.withName(cl.getOptionValue("name")) : o;
                  return Args.bool(cl, "auto-delete").map(o::withAutoDelete).orElse(o);
                },
                (c, ip, u) -> c.primaryIps().update(ip.id(), u)),
            StandardVerbs.delete(KIND, "hzone primary-ip delete web-v4"),
            LabelVerbs.addLabel(KIND),
            LabelVerbs.removeLabel(KIND),
            LabelVerbs.enableProtection(KIND),
            LabelVerbs.disableProtection(KIND),
            ActionVerb.on(KIND, "assign")
                .summary("Assign a primary IP to a server (which must be off)")
                .examples("hzone primary-ip assign web-v4 --server web")
                .options(() -> Opts.of(Opts.req("server", "SERVER", "the server (id or name)")))
                .call(
                    (c, ip, a) ->
                        Outcome.of(
                            c.primaryIps()
                                .assign(
                                    ip.id(),
                                    new AssignPrimaryIpOptions(
                                        AssigneeType.SERVER,
                                        StandardVerbs.idOf(
                                            ServerCommand.KIND,
                                            c,
                                            a.cl().getOptionValue("server"))))))
                .done(
                    (ip, a) ->
                        "Primary IP "
                            + ip.name()
                            + " assigned to server "
                            + a.cl().getOptionValue("server"))
                .build(),
            ActionVerb.on(KIND, "unassign")
                .summary("Unassign a primary IP from its server (which must be off)")
                .examples("hzone primary-ip unassign web-v4")
                .call(
                    (c, ip, a) -> {
                      if (ip.assigneeId().isEmpty()) {
                        throw CliException.failed("primary IP " + ip.name() + " is not assigned");
                      }
                      return Outcome.of(c.primaryIps().unassign(ip.id()));
                    })
                .done((ip, a) -> "Primary IP " + ip.name() + " unassigned")
                .build(),
            ReverseDns.verb(
                KIND,
                ip -> List.of(ip.type() == IpType.IPV6 ? ReverseDns.ipv6Host(ip.ip()) : ip.ip()),
                (c, ip, addr, host) ->
                    c.primaryIps()
                        .changeDnsPtr(
                            ip.id(),
                            host.map(ChangePrimaryIpDnsPtrOptions.of(addr)::withDnsPtr)
                                .orElse(ChangePrimaryIpDnsPtrOptions.of(addr))))));
  }

  private static int create(Invocation inv, CommandLine cl) {
    Args.positional(cl, 0, 0, "primary-ip create", "");
    CreatePrimaryIpOptions o =
        CreatePrimaryIpOptions.of(
            cl.getOptionValue("name"), Args.apiEnum(cl, "type", IpType.class).orElseThrow());
    if (cl.hasOption("location") == cl.hasOption("assignee")) {
      throw CliException.usage("give exactly one of --location or --assignee");
    }
    o = cl.hasOption("auto-delete") ? o.withAutoDelete(true) : o;
    o = Args.labels(cl).map(o::withLabels).orElse(o);
    HcloudClient client = ClientFactory.client(inv);
    if (cl.hasOption("location")) {
      o = o.withLocation(IdOrName.name(cl.getOptionValue("location")));
    } else {
      o =
          o.withAssigneeType(AssigneeType.SERVER)
              .withAssigneeId(
                  StandardVerbs.idOf(ServerCommand.KIND, client, cl.getOptionValue("assignee")));
    }
    CreatePrimaryIpResult r = client.primaryIps().create(o);
    StandardVerbs.finishCreate(inv, cl, KIND, client, r.primaryIp(), Outcome.of(r.action()));
    return ExitCodes.OK;
  }

  static final class View extends CloudView<PrimaryIp> {
    View(Clock clock) {
      super(clock);
    }

    @Override
    protected TableLayout<PrimaryIp> layout() {
      return TableLayout.<PrimaryIp>builder()
          .column(Column.ofLong("id", PrimaryIp::id))
          .column(Column.of("type", p -> p.type().apiValue()))
          .column(Column.of("name", PrimaryIp::name))
          .column(Column.of("ip", PrimaryIp::ip))
          .column(Column.of("assignee", p -> p.assigneeId().map(id -> "Server " + id).orElse("-")))
          .column(Column.of("assignee_id", p -> p.assigneeId().map(String::valueOf).orElse("-")))
          .column(
              Column.of(
                  "assignee_type",
                  p -> p.assigneeId().isPresent() ? p.assigneeType().apiValue() : "-"))
          .column(Column.of("dns", p -> FloatingIpCommand.dns(p.dnsPtr())))
          .column(Column.of("auto_delete", p -> Humanize.yesNo(p.autoDelete())))
          .column(Column.of("blocked", p -> Humanize.yesNo(p.blocked())))
          .column(Column.of("location", p -> p.location().name()))
          .column(Column.of("protection", p -> p.protection().delete() ? "delete" : "-"))
          .column(labels(PrimaryIp::labels))
          .column(age(PrimaryIp::created))
          .column(created(PrimaryIp::created))
          .defaults("id", "type", "name", "ip", "assignee", "dns", "auto_delete", "age")
          .build();
    }

    @Override
    public void describe(PrimaryIp p, DescribeWriter d) {
      d.field("ID", Long.toString(p.id()))
          .field("Name", p.name())
          .field("Created", when(p.created()))
          .field("Type", p.type().apiValue())
          .field("IP", p.ip())
          .field("Blocked", Humanize.yesNo(p.blocked()))
          .field("Auto delete", Humanize.yesNo(p.autoDelete()))
          .field(
              "Assignee",
              p.assigneeId()
                  .map(id -> p.assigneeType().apiValue() + " " + id)
                  .orElse("not assigned"));
      location(d, "Location", p.location());
      d.list(
          "DNS",
          p.dnsPtr().stream().map(x -> x.ip() + ": " + x.dnsPtr()).toList(),
          "No reverse DNS entries");
      d.section("Protection", s -> s.field("Delete", Humanize.yesNo(p.protection().delete())));
      d.labels(p.labels());
    }
  }
}
