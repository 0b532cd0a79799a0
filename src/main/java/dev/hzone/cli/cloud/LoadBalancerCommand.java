package dev.hzone.cli.cloud;

import dev.hzone.api.HcloudClient;
import dev.hzone.api.cloud.AddLoadBalancerTargetOptions;
import dev.hzone.api.cloud.Algorithm;
import dev.hzone.api.cloud.AlgorithmType;
import dev.hzone.api.cloud.AttachLoadBalancerToNetworkOptions;
import dev.hzone.api.cloud.ChangeLoadBalancerAlgorithmOptions;
import dev.hzone.api.cloud.ChangeLoadBalancerDnsPtrOptions;
import dev.hzone.api.cloud.CreateLoadBalancerOptions;
import dev.hzone.api.cloud.CreateLoadBalancerResult;
import dev.hzone.api.cloud.Ip;
import dev.hzone.api.cloud.LabelSelector;
import dev.hzone.api.cloud.ListLoadBalancersOptions;
import dev.hzone.api.cloud.LoadBalancer;
import dev.hzone.api.cloud.RemoveLoadBalancerTargetOptions;
import dev.hzone.api.cloud.TargetServer;
import dev.hzone.api.cloud.TargetType;
import dev.hzone.api.cloud.UpdateLoadBalancerOptions;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.ClientFactory;
import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.Verb;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;

/**
 * {@code hzone load-balancer ...}: load balancers, their services, targets, networks and reverse
 * DNS.
 */
public final class LoadBalancerCommand {
  static final CloudResource<LoadBalancer> KIND =
      CloudResource.<LoadBalancer>builder("load-balancer", "load balancer")
          .jsonKey("load_balancer")
          .id(LoadBalancer::id)
          .name(LoadBalancer::name)
          .get((c, id) -> c.loadBalancers().get(id))
          .byName((c, n) -> c.loadBalancers().list(ListLoadBalancersOptions.ALL.withName(n)))
          .list(
              (c, r) ->
                  c.loadBalancers()
                      .list(
                          r.selector()
                              .map(ListLoadBalancersOptions.ALL::withLabelSelector)
                              .orElse(ListLoadBalancersOptions.ALL)))
          .labels(
              LoadBalancer::labels,
              (c, id, l) ->
                  c.loadBalancers().update(id, UpdateLoadBalancerOptions.of().withLabels(l)))
          .delete(
              (c, id) -> {
                c.loadBalancers().delete(id);
                return Optional.empty();
              })
          .protection(
              (c, lb, levels, on) -> c.loadBalancers().changeProtection(lb.id(), on), "delete")
          .view(LoadBalancerView::new)
          .build();

  private LoadBalancerCommand() {}

  /** A target as the options give it: exactly one of a server, a label selector or an IP. */
  private record TargetArgs(
      Optional<String> server, Optional<String> selector, Optional<String> ip, boolean privateIp) {
    String describe() {
      return server
          .map(s -> "server " + s)
          .or(() -> selector.map(s -> "label selector " + s))
          .orElseGet(() -> "IP " + ip.orElseThrow());
    }
  }

  public static Command create() {
    List<Verb> verbs =
        new ArrayList<>(
            List.of(
                StandardVerbs.list(KIND, "hzone load-balancer list"),
                StandardVerbs.describe(KIND, "hzone load-balancer describe web"),
                new Verb(
                    "create",
                    "Create a load balancer",
                    "",
                    """
            hzone load-balancer create --name web --type lb11 --location fsn1
            hzone load-balancer create --name web --type lb11 --network-zone eu-central --algorithm-type least_connections""",
                    () ->
                        Opts.write(
                            Opts.of(
                                Opts.req("name", "NAME", "the load balancer's name"),
                                Opts.req("type", "TYPE", "its type (id or name, e.g. lb11)"),
                                Opts.opt(
                                    "location",
                                    "LOCATION",
                                    "where it runs (give this or --network-zone)"),
                                Opts.opt(
                                    "network-zone",
                                    "ZONE",
                                    "the network zone it runs in: "
                                        + String.join(", ", NetworkCommand.NETWORK_ZONES)),
                                Opts.opt(
                                    "algorithm-type",
                                    "round_robin|least_connections",
                                    "how targets are chosen (default round_robin)"),
                                Opts.opt(
                                    "network", "NETWORK", "attach it to this network (id or name)"),
                                Opts.flag(
                                    "disable-public-interface",
                                    "no public addresses (needs --network)"),
                                Opts.label())),
                    LoadBalancerCommand::create),
                StandardVerbs.update(
                    KIND,
                    "hzone load-balancer update web --name web-front",
                    () -> Opts.of(Opts.opt("name", "NAME", "the new name")),
                    (inv, cl) -> UpdateLoadBalancerOptions.of().withName(cl.getOptionValue("name")),
                    (c, lb, u) -> c.loadBalancers().update(lb.id(), u)),
                StandardVerbs.delete(KIND, "hzone load-balancer delete web"),
                LabelVerbs.addLabel(KIND),
                LabelVerbs.removeLabel(KIND),
                LabelVerbs.enableProtection(KIND),
                LabelVerbs.disableProtection(KIND)));
    verbs.addAll(LoadBalancerServices.verbs());
    verbs.addAll(
        List.of(
            ActionVerb.on(KIND, "add-target")
                .summary("Add a target: a server, the servers a label selector matches, or an IP")
                .examples(
                    "hzone load-balancer add-target web --server web-1\n"
                        + "hzone load-balancer add-target web --label-selector role=web --use-private-ip\n"
                        + "hzone load-balancer add-target web --ip 203.0.113.9")
                .options(
                    () ->
                        Opts.of(
                            Opts.opt("server", "SERVER", "a server (id or name)"),
                            Opts.opt(
                                "label-selector", "SELECTOR", "the servers whose labels match"),
                            Opts.opt(
                                "ip",
                                "IP",
                                "an IP address (of a dedicated server in a vSwitch subnet)"),
                            Opts.flag(
                                "use-private-ip",
                                "reach the targets through the load balancer's network")))
                .input(a -> target(a.cl()))
                .call(
                    (c, lb, t) -> Outcome.of(c.loadBalancers().addTarget(lb.id(), addTarget(c, t))))
                .done((lb, t) -> "Target " + t.describe() + " added to load balancer " + lb.name())
                .build(),
            ActionVerb.on(KIND, "remove-target")
                .summary("Remove a target from a load balancer")
                .examples("hzone load-balancer remove-target web --server web-1")
                .options(
                    () ->
                        Opts.of(
                            Opts.opt("server", "SERVER", "a server (id or name)"),
                            Opts.opt("label-selector", "SELECTOR", "a label selector target"),
                            Opts.opt("ip", "IP", "an IP target")))
                .input(a -> target(a.cl()))
                .call(
                    (c, lb, t) ->
                        Outcome.of(c.loadBalancers().removeTarget(lb.id(), removeTarget(c, t))))
                .done(
                    (lb, t) ->
                        "Target " + t.describe() + " removed from load balancer " + lb.name())
                .build(),
            ActionVerb.on(KIND, "change-algorithm")
                .summary("Change how a load balancer chooses targets")
                .examples(
                    "hzone load-balancer change-algorithm web --algorithm-type least_connections")
                .options(
                    () ->
                        Opts.of(
                            Opts.req(
                                "algorithm-type",
                                "round_robin|least_connections",
                                "the algorithm")))
                .input(
                    a -> Args.apiEnum(a.cl(), "algorithm-type", AlgorithmType.class).orElseThrow())
                .call(
                    (c, lb, t) ->
                        Outcome.of(
                            c.loadBalancers()
                                .changeAlgorithm(
                                    lb.id(), new ChangeLoadBalancerAlgorithmOptions(t))))
                .done(
                    (lb, t) ->
                        "Algorithm of load balancer " + lb.name() + " changed to " + t.apiValue())
                .build(),
            ActionVerb.on(KIND, "change-type")
                .summary("Change a load balancer's type")
                .args("LOADBALANCERTYPE", 1, 1)
                .examples("hzone load-balancer change-type web lb21")
                .call(
                    (c, lb, a) ->
                        Outcome.of(c.loadBalancers().changeType(lb.id(), a.args().get(0))))
                .done(
                    (lb, a) -> "Load balancer " + lb.name() + " changed to type " + a.args().get(0))
                .build(),
            ActionVerb.on(KIND, "attach-to-network")
                .summary("Attach a load balancer to a private network")
                .examples(
                    "hzone load-balancer attach-to-network web --network internal --ip 10.0.1.10")
                .options(
                    () ->
                        Opts.of(
                            Opts.req("network", "NETWORK", "the network (id or name)"),
                            Opts.opt(
                                "ip",
                                "IP",
                                "its address in the network (default: the API picks one)"),
                            Opts.opt("ip-range", "CIDR", "pick the address from this subnet")))
                .input(
                    a -> {
                      Optional.ofNullable(a.cl().getOptionValue("ip"))
                          .ifPresent(ip -> Args.ip(ip, "--ip"));
                      Optional.ofNullable(a.cl().getOptionValue("ip-range"))
                          .ifPresent(r -> Args.cidr(r, "--ip-range"));
                      return a;
                    })
                .call(
                    (c, lb, a) -> {
                      AttachLoadBalancerToNetworkOptions o =
                          AttachLoadBalancerToNetworkOptions.of(
                              StandardVerbs.idOf(
                                  NetworkCommand.KIND, c, a.cl().getOptionValue("network")));
                      o = a.cl().hasOption("ip") ? o.withIp(a.cl().getOptionValue("ip")) : o;
                      o =
                          a.cl().hasOption("ip-range")
                              ? o.withIpRange(a.cl().getOptionValue("ip-range"))
                              : o;
                      return Outcome.of(c.loadBalancers().attachToNetwork(lb.id(), o));
                    })
                .done(
                    (lb, a) ->
                        "Load balancer "
                            + lb.name()
                            + " attached to network "
                            + a.cl().getOptionValue("network"))
                .build(),
            ActionVerb.on(KIND, "detach-from-network")
                .summary("Detach a load balancer from a private network")
                .examples("hzone load-balancer detach-from-network web --network internal")
                .options(() -> Opts.of(Opts.req("network", "NETWORK", "the network (id or name)")))
                .call(
                    (c, lb, a) ->
                        Outcome.of(
                            c.loadBalancers()
                                .detachFromNetwork(
                                    lb.id(),
                                    StandardVerbs.idOf(
                                        NetworkCommand.KIND, c, a.cl().getOptionValue("network")))))
                .done(
                    (lb, a) ->
                        "Load balancer "
                            + lb.name()
                            + " detached from network "
                            + a.cl().getOptionValue("network"))
                .build(),
            ActionVerb.on(KIND, "enable-public-interface")
                .summary("Give a load balancer its public addresses back")
                .examples("hzone load-balancer enable-public-interface web")
                .call((c, lb, a) -> Outcome.of(c.loadBalancers().enablePublicInterface(lb.id())))
                .done((lb, a) -> "Public interface of load balancer " + lb.name() + " enabled")
                .build(),
            ActionVerb.on(KIND, "disable-public-interface")
                .summary("Take a load balancer off the internet (private network only)")
                .examples("hzone load-balancer disable-public-interface web")
                .call((c, lb, a) -> Outcome.of(c.loadBalancers().disablePublicInterface(lb.id())))
                .done((lb, a) -> "Public interface of load balancer " + lb.name() + " disabled")
                .build(),
            ReverseDns.verb(
                KIND,
                LoadBalancerCommand::addresses,
                (c, lb, ip, host) ->
                    c.loadBalancers()
                        .changeDnsPtr(
                            lb.id(),
                            host.map(ChangeLoadBalancerDnsPtrOptions.of(ip)::withDnsPtr)
                                .orElse(ChangeLoadBalancerDnsPtrOptions.of(ip)))),
            MetricsVerb.loadBalancer()));
    return CloudGroup.of("load-balancer", "Manage load balancers", verbs);
  }

  static List<String> addresses(LoadBalancer lb) {
    List<String> out = new ArrayList<>();
    lb.publicNet().ipv4().ip().ifPresent(out::add);
    lb.publicNet().ipv6().ip().ifPresent(out::add);
    return out;
  }

  private static TargetArgs target(CommandLine cl) {
    Optional<String> server = Optional.ofNullable(cl.getOptionValue("server"));
    Optional<String> selector = Optional.ofNullable(cl.getOptionValue("label-selector"));
    Optional<String> ip = Optional.ofNullable(cl.getOptionValue("ip")).map(x -> Args.ip(x, "--ip"));
    if (server.isPresent()
        ? selector.isPresent() || ip.isPresent()
        : selector.isPresent() == ip.isPresent()) {
      throw CliException.usage("give exactly one of --server, --label-selector or --ip");
    }
    if (ip.isPresent() && cl.hasOption("use-private-ip")) {
      throw CliException.usage("--use-private-ip is for server and label selector targets");
    }
    return new TargetArgs(server, selector, ip, cl.hasOption("use-private-ip"));
  }

  private static AddLoadBalancerTargetOptions addTarget(HcloudClient c, TargetArgs t) {
    AddLoadBalancerTargetOptions o;
    if (t.server().isPresent()) {
      o =
          AddLoadBalancerTargetOptions.of(TargetType.SERVER)
              .withServer(
                  TargetServer.of(StandardVerbs.idOf(ServerCommand.KIND, c, t.server().get())));
    } else if (t.selector().isPresent()) {
      o =
          AddLoadBalancerTargetOptions.of(TargetType.LABEL_SELECTOR)
              .withLabelSelector(new LabelSelector(t.selector().get()));
    } else {
      return AddLoadBalancerTargetOptions.of(TargetType.IP).withIp(new Ip(t.ip().orElseThrow()));
    }
    return t.privateIp() ? o.withUsePrivateIp(true) : o;
  }

  private static RemoveLoadBalancerTargetOptions removeTarget(HcloudClient c, TargetArgs t) {
    if (t.server().isPresent()) {
      return RemoveLoadBalancerTargetOptions.of(TargetType.SERVER)
          .withServer(TargetServer.of(StandardVerbs.idOf(ServerCommand.KIND, c, t.server().get())));
    }
    if (t.selector().isPresent()) {
      return RemoveLoadBalancerTargetOptions.of(TargetType.LABEL_SELECTOR)
          .withLabelSelector(new LabelSelector(t.selector().get()));
    }
    return RemoveLoadBalancerTargetOptions.of(TargetType.IP).withIp(new Ip(t.ip().orElseThrow()));
  }

  private static int create(Invocation inv, CommandLine cl) {
    Args.positional(cl, 0, 0, "load-balancer create", "");
    if (cl.hasOption("location") == cl.hasOption("network-zone")) {
      throw CliException.usage("give exactly one of --location or --network-zone");
    }
    if (cl.hasOption("disable-public-interface") && !cl.hasOption("network")) {
      throw CliException.usage(
          "--disable-public-interface needs --network: the load balancer must be reachable somehow");
    }
    CreateLoadBalancerOptions o =
        CreateLoadBalancerOptions.of(cl.getOptionValue("name"), cl.getOptionValue("type"));
    o = cl.hasOption("location") ? o.withLocation(cl.getOptionValue("location")) : o;
    o =
        Args.choice(cl, "network-zone", NetworkCommand.NETWORK_ZONES)
            .map(o::withNetworkZone)
            .orElse(o);
    Optional<AlgorithmType> algorithm = Args.apiEnum(cl, "algorithm-type", AlgorithmType.class);
    o = algorithm.map(t -> new Algorithm(t)).map(o::withAlgorithm).orElse(o);
    o = Args.labels(cl).map(o::withLabels).orElse(o);
    o = cl.hasOption("disable-public-interface") ? o.withPublicInterface(false) : o;
    HcloudClient client = ClientFactory.client(inv);
    if (cl.hasOption("network")) {
      o =
          o.withNetwork(
              StandardVerbs.idOf(NetworkCommand.KIND, client, cl.getOptionValue("network")));
    }
    CreateLoadBalancerResult r = client.loadBalancers().create(o);
    Outcome outcome =
        Outcome.of(r.action())
            .withHuman("IPv4", r.loadBalancer().publicNet().ipv4().ip())
            .withHuman("IPv6", r.loadBalancer().publicNet().ipv6().ip());
    StandardVerbs.finishCreate(inv, cl, KIND, client, r.loadBalancer(), outcome);
    return ExitCodes.OK;
  }
}
