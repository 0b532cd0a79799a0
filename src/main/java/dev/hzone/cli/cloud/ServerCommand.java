package dev.hzone.cli.cloud;

import dev.hzone.api.cloud.ChangeServerDnsPtrOptions;
import dev.hzone.api.cloud.ListServersOptions;
import dev.hzone.api.cloud.Server;
import dev.hzone.api.cloud.UpdateServerOptions;
import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.Verb;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code hzone server ...}: servers, with the hcloud CLI's verbs: the shared ones, {@code create},
 * the actions ({@link ServerActions}), {@code set-rdns} with its forward check, {@code metrics} and
 * {@code ip}.
 */
public final class ServerCommand {
  private static final List<String> STATUSES =
      List.of(
          "running",
          "initializing",
          "starting",
          "stopping",
          "off",
          "deleting",
          "migrating",
          "rebuilding",
          "unknown");

  static final CloudResource<Server> KIND =
      CloudResource.<Server>builder("server", "server")
          .jsonKey("server")
          .id(Server::id)
          .name(Server::name)
          .get((c, id) -> c.servers().get(id))
          .byName((c, n) -> c.servers().list(ListServersOptions.ALL.withName(n)))
          .list(
              (c, r) -> {
                ListServersOptions o =
                    r.selector()
                        .map(ListServersOptions.ALL::withLabelSelector)
                        .orElse(ListServersOptions.ALL);
                List<String> status =
                    Args.values(r.options(), "status").stream()
                        .map(s -> Args.choice(s, "--status", STATUSES))
                        .toList();
                return c.servers()
                    .list(status.isEmpty() ? o : o.withStatus(status.toArray(String[]::new)));
              })
          .labels(
              Server::labels,
              (c, id, l) -> c.servers().update(id, UpdateServerOptions.of().withLabels(l)))
          .delete((c, id) -> Optional.of(c.servers().delete(id)))
          .protection(
              (c, s, levels, on) ->
                  c.servers()
                      .changeProtection(
                          s.id(),
                          levels.contains("delete") ? on : s.protection().delete(),
                          levels.contains("rebuild") ? on : s.protection().rebuild()),
              "delete",
              "rebuild")
          .view(ServerView::new)
          .build();

  private ServerCommand() {}

  public static Command create() {
    List<Verb> verbs =
        new ArrayList<>(
            List.of(
                StandardVerbs.list(
                    KIND,
                    """
            hzone server list
            hzone server list --status running --selector env=prod -o columns=name,ipv4,type
            hzone -o json server list""",
                    () ->
                        Opts.of(
                            Opts.multi(
                                "status",
                                "STATUS",
                                "only servers in this status: " + String.join(", ", STATUSES)))),
                StandardVerbs.describe(
                    KIND, "hzone server describe web\nhzone server describe 42 -o json"),
                ServerCreate.verb(),
                StandardVerbs.update(
                    KIND,
                    "hzone server update web --name web-1",
                    () -> Opts.of(Opts.opt("name", "NAME", "the new name (a host name)")),
                    (inv, cl) -> UpdateServerOptions.of().withName(cl.getOptionValue("name")),
                    (c, s, u) -> c.servers().update(s.id(), u)),
                StandardVerbs.delete(
                    KIND, "hzone server delete web\nhzone server delete web-1 web-2"),
                LabelVerbs.addLabel(KIND),
                LabelVerbs.removeLabel(KIND),
                LabelVerbs.enableProtection(KIND),
                LabelVerbs.disableProtection(KIND)));
    verbs.addAll(ServerActions.verbs());
    verbs.add(
        ReverseDns.verb(
            KIND,
            ServerCommand::addresses,
            (c, s, ip, host) ->
                c.servers()
                    .changeDnsPtr(
                        s.id(),
                        host.map(ChangeServerDnsPtrOptions.of(ip)::withDnsPtr)
                            .orElse(ChangeServerDnsPtrOptions.of(ip)))));
    verbs.add(MetricsVerb.server());
    return CloudGroup.of("server", "Manage servers", verbs);
  }

  /** The server's public addresses: its IPv4, then the {@code ::1} host of its IPv6 network. */
  static List<String> addresses(Server s) {
    List<String> out = new ArrayList<>();
    s.publicNet().ipv4().ifPresent(ip -> out.add(ip.ip()));
    s.publicNet().ipv6().ifPresent(ip -> out.add(ReverseDns.ipv6Host(ip.ip())));
    return out;
  }
}
