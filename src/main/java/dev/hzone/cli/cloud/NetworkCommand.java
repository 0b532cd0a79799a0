package dev.hzone.cli.cloud;

import dev.hzone.api.HcloudClient;
import dev.hzone.api.cloud.AddNetworkSubnetOptions;
import dev.hzone.api.cloud.CreateNetworkOptions;
import dev.hzone.api.cloud.ListNetworksOptions;
import dev.hzone.api.cloud.Network;
import dev.hzone.api.cloud.SubnetType;
import dev.hzone.api.cloud.UpdateNetworkOptions;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.ClientFactory;
import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.Verb;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;

/** {@code hzone network ...}: private networks, their subnets and routes. */
public final class NetworkCommand {
  static final List<String> NETWORK_ZONES =
      List.of("eu-central", "us-east", "us-west", "ap-southeast");

  static final CloudResource<Network> KIND =
      CloudResource.<Network>builder("network", "network")
          .jsonKey("network")
          .id(Network::id)
          .name(Network::name)
          .get((c, id) -> c.networks().get(id))
          .byName((c, n) -> c.networks().list(ListNetworksOptions.ALL.withName(n)))
          .list(
              (c, r) ->
                  c.networks()
                      .list(
                          r.selector()
                              .map(ListNetworksOptions.ALL::withLabelSelector)
                              .orElse(ListNetworksOptions.ALL)))
          .labels(
              Network::labels,
              (c, id, l) -> c.networks().update(id, UpdateNetworkOptions.of().withLabels(l)))
          .delete(
              (c, id) -> {
                c.networks().delete(id);
                return Optional.empty();
              })
          .protection((c, n, levels, on) -> c.networks().changeProtection(n.id(), on), "delete")
          .view(NetworkView::new)
          .build();

  private NetworkCommand() {}

  /** The checked options of {@code add-route} and {@code remove-route}. */
  private record RouteArgs(String destination, String gateway) {}

  public static Command create() {
    return CloudGroup.of(
        "network",
        "Manage private networks",
        List.of(
            StandardVerbs.list(KIND, "hzone network list"),
            StandardVerbs.describe(KIND, "hzone network describe internal"),
            new Verb(
                "create",
                "Create a network",
                "",
                """
            hzone network create --name internal --ip-range 10.0.0.0/16
            hzone network create --name internal --ip-range 10.0.0.0/16 --label env=prod --expose-routes-to-vswitch""",
                () ->
                    Opts.output(
                        Opts.of(
                            Opts.req("name", "NAME", "the network's name"),
                            Opts.req(
                                "ip-range", "CIDR", "its range, a private (RFC 1918) /8 to /24"),
                            Opts.flag(
                                "expose-routes-to-vswitch",
                                "make its routes known to a connected vSwitch"),
                            Opts.label())),
                NetworkCommand::create),
            StandardVerbs.update(
                KIND,
                "hzone network update internal --name backend\n"
                    + "hzone network update internal --expose-routes-to-vswitch false",
                () ->
                    Opts.of(
                        Opts.opt("name", "NAME", "the new name"),
                        Opts.opt(
                            "expose-routes-to-vswitch",
                            "true|false",
                            "whether a vSwitch learns the routes")),
                (inv, cl) -> {
                  UpdateNetworkOptions o =
                      cl.hasOption("name")
                          ? UpdateNetworkOptions.of().withName(cl.getOptionValue("name"))
                          : UpdateNetworkOptions.of();
                  return Args.bool(cl, "expose-routes-to-vswitch")
                      .map(o::withExposeRoutesToVswitch)
                      .orElse(o);
                },
                (c, n, u) -> c.networks().update(n.id(), u)),
            StandardVerbs.delete(KIND, "hzone network delete internal"),
            LabelVerbs.addLabel(KIND),
            LabelVerbs.removeLabel(KIND),
            LabelVerbs.enableProtection(KIND),
            LabelVerbs.disableProtection(KIND),
            ActionVerb.on(KIND, "add-subnet")
                .summary("Add a subnet to a network")
                .examples(
                    "hzone network add-subnet internal --type cloud --network-zone eu-central --ip-range 10.0.1.0/24\n"
                        + "hzone network add-subnet internal --type vswitch --network-zone eu-central --vswitch-id 4711")
                .options(
                    () ->
                        Opts.of(
                            Opts.req("type", "cloud|server|vswitch", "the kind of subnet"),
                            Opts.req(
                                "network-zone",
                                "ZONE",
                                "its network zone: " + String.join(", ", NETWORK_ZONES)),
                            Opts.opt("ip-range", "CIDR", "its range (default: the first free /24)"),
                            Opts.opt("vswitch-id", "ID", "the vSwitch (for --type vswitch)")))
                .input(a -> subnet(a.cl()))
                .call((c, n, s) -> Outcome.of(c.networks().addSubnet(n.id(), s)))
                .done(
                    (n, s) ->
                        "Subnet "
                            + s.ipRange().orElse("(first free /24)")
                            + " added to network "
                            + n.name())
                .build(),
            ActionVerb.on(KIND, "remove-subnet")
                .summary("Remove a subnet from a network")
                .examples("hzone network remove-subnet internal --ip-range 10.0.1.0/24")
                .options(() -> Opts.of(Opts.req("ip-range", "CIDR", "the subnet's range")))
                .input(a -> Args.cidr(a.cl().getOptionValue("ip-range"), "--ip-range"))
                .call((c, n, range) -> Outcome.of(c.networks().deleteSubnet(n.id(), range)))
                .done((n, range) -> "Subnet " + range + " removed from network " + n.name())
                .build(),
            ActionVerb.on(KIND, "add-route")
                .summary("Add a route to a network")
                .examples(
                    "hzone network add-route internal --destination 10.100.1.0/24 --gateway 10.0.1.1")
                .options(NetworkCommand::routeOptions)
                .input(a -> route(a.cl()))
                .call(
                    (c, n, r) ->
                        Outcome.of(c.networks().addRoute(n.id(), r.destination(), r.gateway())))
                .done(
                    (n, r) ->
                        "Route "
                            + r.destination()
                            + " via "
                            + r.gateway()
                            + " added to network "
                            + n.name())
                .build(),
            ActionVerb.on(KIND, "remove-route")
                .summary("Remove a route from a network")
                .examples(
                    "hzone network remove-route internal --destination 10.100.1.0/24 --gateway 10.0.1.1")
                .options(NetworkCommand::routeOptions)
                .input(a -> route(a.cl()))
                .call(
                    (c, n, r) ->
                        Outcome.of(c.networks().deleteRoute(n.id(), r.destination(), r.gateway())))
                .done(
                    (n, r) ->
                        "Route "
                            + r.destination()
                            + " via "
                            + r.gateway()
                            + " removed from network "
                            + n.name())
                .build(),
            ActionVerb.on(KIND, "change-ip-range")
                .summary("Grow a network's IP range")
                .examples("hzone network change-ip-range internal --ip-range 10.0.0.0/12")
                .options(
                    () ->
                        Opts.of(
                            Opts.req("ip-range", "CIDR", "the new range, containing the old one")))
                .input(a -> Args.cidr(a.cl().getOptionValue("ip-range"), "--ip-range"))
                .call((c, n, range) -> Outcome.of(c.networks().changeIpRange(n.id(), range)))
                .done((n, range) -> "IP range of network " + n.name() + " changed to " + range)
                .build(),
            exposeRoutes()));
  }

  private static org.apache.commons.cli.Options routeOptions() {
    return Opts.of(
        Opts.req("destination", "CIDR", "the destination network or host"),
        Opts.req("gateway", "IP", "the gateway, an address in the network"));
  }

  private static RouteArgs route(CommandLine cl) {
    return new RouteArgs(
        Args.cidr(cl.getOptionValue("destination"), "--destination"),
        Args.ip(cl.getOptionValue("gateway"), "--gateway"));
  }

  private static AddNetworkSubnetOptions subnet(CommandLine cl) {
    SubnetType type = Args.apiEnum(cl, "type", SubnetType.class).orElseThrow();
    String zone = Args.choice(cl, "network-zone", NETWORK_ZONES).orElseThrow();
    AddNetworkSubnetOptions o = AddNetworkSubnetOptions.of(type, zone);
    if (cl.hasOption("ip-range")) {
      o = o.withIpRange(Args.cidr(cl.getOptionValue("ip-range"), "--ip-range"));
    }
    Optional<Long> vswitch = Args.number(cl, "vswitch-id", 1, Long.MAX_VALUE);
    if (type == SubnetType.VSWITCH && vswitch.isEmpty()) {
      throw CliException.usage("a vswitch subnet needs --vswitch-id");
    }
    if (type != SubnetType.VSWITCH && vswitch.isPresent()) {
      throw CliException.usage("--vswitch-id is for --type vswitch only");
    }
    return vswitch.map(o::withVswitchId).orElse(o);
  }

  /** {@code hzone network expose-routes-to-vswitch NETWORK [--disable]}. */
  private static Verb exposeRoutes() {
    return new Verb(
        "expose-routes-to-vswitch",
        "Make a network's routes known to its vSwitch (or stop, --disable)",
        "NETWORK",
        "hzone network expose-routes-to-vswitch internal\nhzone network expose-routes-to-vswitch internal --disable",
        () -> Opts.output(Opts.of(Opts.flag("disable", "stop exposing the routes"))),
        (inv, cl) -> {
          String arg =
              Args.positional(cl, 1, 1, "network expose-routes-to-vswitch", "NETWORK").get(0);
          boolean on = !cl.hasOption("disable");
          HcloudClient client = ClientFactory.client(inv);
          Network n = KIND.require(client, arg);
          Network updated =
              client
                  .networks()
                  .update(n.id(), UpdateNetworkOptions.of().withExposeRoutesToVswitch(on));
          StandardVerbs.printChanged(
              inv,
              cl,
              KIND,
              updated,
              "Routes of network "
                  + n.name()
                  + (on ? " exposed to its vSwitch" : " no longer exposed to its vSwitch"));
          return ExitCodes.OK;
        });
  }

  private static int create(Invocation inv, CommandLine cl) {
    Args.positional(cl, 0, 0, "network create", "");
    CreateNetworkOptions o =
        CreateNetworkOptions.of(
            cl.getOptionValue("name"), Args.cidr(cl.getOptionValue("ip-range"), "--ip-range"));
    o = Args.labels(cl).map(o::withLabels).orElse(o);
    o = cl.hasOption("expose-routes-to-vswitch") ? o.withExposeRoutesToVswitch(true) : o;
    HcloudClient client = ClientFactory.client(inv);
    StandardVerbs.finishCreate(inv, cl, KIND, client, client.networks().create(o), Outcome.none());
    return ExitCodes.OK;
  }
}
