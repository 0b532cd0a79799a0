package dev.hzone.cli.cloud;

import dev.hzone.api.HcloudClient;
import dev.hzone.api.cloud.Action;
import dev.hzone.api.cloud.CreateServerOptions;
import dev.hzone.api.cloud.CreateServerResult;
import dev.hzone.api.cloud.Server;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.ClientFactory;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.Verb;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;

/**
 * {@code hzone server create}: the hcloud CLI's options. Every option is read and checked, and
 * every named resource (SSH keys stay names: the API takes them) found, before the one {@code POST
 * /servers}; then the creation and the start are waited for, and the addresses and root password
 * printed.
 */
final class ServerCreate {
  private ServerCreate() {}

  static Verb verb() {
    return new Verb(
        "create",
        "Create a server",
        "",
        """
        hzone server create --name web --type cpx22 --image ubuntu-24.04 --ssh-key laptop
        hzone server create --name db --type cpx32 --image debian-12 --location fsn1 --ssh-key laptop \\
            --volume data --network internal --firewall base --label env=prod --user-data-from-file cloud-init.yml
        hzone server create --name v6only --type cpx22 --image ubuntu-24.04 --without-ipv4""",
        () ->
            Opts.write(
                Opts.of(
                    Opts.req(
                        "name", "NAME", "the server's name (a host name, unique in the project)"),
                    Opts.req("type", "TYPE", "the server type (id or name, e.g. cpx22)"),
                    Opts.req("image", "IMAGE", "the image (id or name, e.g. ubuntu-24.04)"),
                    Opts.opt(
                        "location",
                        "LOCATION",
                        "where it runs (id or name, e.g. fsn1; default: the API chooses)"),
                    Opts.multi(
                        "ssh-key",
                        "KEY",
                        "an SSH key (id or name) for root; without one the API sets a root password"),
                    Opts.multi(
                        "user-data-from-file",
                        "FILE",
                        "cloud-init user data from FILE ('-' for stdin)"),
                    Opts.multi(
                        "volume", "VOLUME", "attach this volume (id or name, same location)"),
                    Opts.flag("automount", "mount the attached volumes"),
                    Opts.multi("network", "NETWORK", "attach to this network (id or name)"),
                    Opts.multi("firewall", "FIREWALL", "apply this firewall (id or name)"),
                    Opts.opt(
                        "placement-group",
                        "GROUP",
                        "put it into this placement group (id or name)"),
                    Opts.opt("primary-ipv4", "IP", "use this primary IPv4 (id, name or address)"),
                    Opts.opt("primary-ipv6", "IP", "use this primary IPv6 (id, name or address)"),
                    Opts.flag("without-ipv4", "no public IPv4"),
                    Opts.flag("without-ipv6", "no public IPv6"),
                    Opts.opt(
                        "start-after-create", "true|false", "start it once created (default true)"),
                    Opts.label())),
        ServerCreate::create);
  }

  private static int create(Invocation inv, CommandLine cl) {
    Args.positional(cl, 0, 0, "server create", "");
    String name = cl.getOptionValue("name");
    if (!name.matches(
        "[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*")) {
      throw CliException.usage(
          "--name '"
              + name
              + "' is not a valid host name (RFC 1123): letters, digits and '-', "
              + "labels separated by '.'");
    }
    if (cl.hasOption("without-ipv4") && cl.hasOption("primary-ipv4")
        || cl.hasOption("without-ipv6") && cl.hasOption("primary-ipv6")) {
      throw CliException.usage("--without-ipv4/6 and --primary-ipv4/6 contradict each other");
    }
    if (cl.hasOption("automount") && !cl.hasOption("volume")) {
      throw CliException.usage("--automount needs at least one --volume");
    }
    CreateServerOptions o =
        CreateServerOptions.of(name, cl.getOptionValue("type"), cl.getOptionValue("image"));
    o = cl.hasOption("location") ? o.withLocation(cl.getOptionValue("location")) : o;
    List<String> keys = Args.values(cl, "ssh-key");
    o = keys.isEmpty() ? o : o.withSshKeys(keys);
    if (cl.hasOption("user-data-from-file")) {
      StringBuilder data = new StringBuilder();
      for (String f : cl.getOptionValues("user-data-from-file")) {
        data.append(Args.file(inv, "user-data-from-file", f));
      }
      if (data.length() > 32 * 1024) {
        throw CliException.data(
            "--user-data-from-file: "
                + data.length()
                + " bytes of user data; the API takes 32 KiB");
      }
      o = o.withUserData(data.toString());
    }
    o = Args.labels(cl).map(o::withLabels).orElse(o);
    o = Args.bool(cl, "start-after-create").map(o::withStartAfterCreate).orElse(o);
    o = cl.hasOption("automount") ? o.withAutomount(true) : o;

    HcloudClient client = ClientFactory.client(inv);
    o = withReferences(client, cl, o);
    CreateServerResult r = client.servers().create(o);
    List<Action> actions = new ArrayList<>();
    actions.add(r.action());
    actions.addAll(r.nextActions());
    Server s = r.server();
    Outcome outcome =
        Outcome.of(actions)
            .withHuman("IPv4", ServerView.ipv4(s))
            .withHuman("IPv6", s.publicNet().ipv6().map(Server.PublicNet.Ipv6::ip))
            .with("root_password", "Root password", r.rootPassword());
    StandardVerbs.finishCreate(inv, cl, ServerCommand.KIND, client, s, outcome);
    return ExitCodes.OK;
  }

  /**
   * The ids of the resources named by name: volumes, networks, firewalls, placement group, primary
   * IPs.
   */
  private static CreateServerOptions withReferences(
      HcloudClient client, CommandLine cl, CreateServerOptions o) {
    List<Long> volumes =
        Args.values(cl, "volume").stream()
            .map(v -> StandardVerbs.idOf(VolumeCommand.KIND, client, v))
            .toList();
    List<Long> networks =
        Args.values(cl, "network").stream()
            .map(n -> StandardVerbs.idOf(NetworkCommand.KIND, client, n))
            .toList();
    List<CreateServerOptions.Firewall> firewalls =
        Args.values(cl, "firewall").stream()
            .map(
                f ->
                    new CreateServerOptions.Firewall(
                        StandardVerbs.idOf(FirewallCommand.KIND, client, f)))
            .toList();
    o = volumes.isEmpty() ? o : o.withVolumes(volumes);
    o = networks.isEmpty() ? o : o.withNetworks(networks);
    o = firewalls.isEmpty() ? o : o.withFirewalls(firewalls);
    if (cl.hasOption("placement-group")) {
      o =
          o.withPlacementGroup(
              StandardVerbs.idOf(
                  PlacementGroupCommand.KIND, client, cl.getOptionValue("placement-group")));
    }
    boolean v4 = cl.hasOption("without-ipv4") || cl.hasOption("primary-ipv4");
    boolean v6 = cl.hasOption("without-ipv6") || cl.hasOption("primary-ipv6");
    if (v4 || v6) {
      CreateServerOptions.PublicNet net =
          CreateServerOptions.PublicNet.of()
              .withEnableIpv4(!cl.hasOption("without-ipv4"))
              .withEnableIpv6(!cl.hasOption("without-ipv6"));
      Optional<String> p4 = Optional.ofNullable(cl.getOptionValue("primary-ipv4"));
      Optional<String> p6 = Optional.ofNullable(cl.getOptionValue("primary-ipv6"));
      if (p4.isPresent()) {
        net = net.withIpv4(StandardVerbs.idOf(PrimaryIpCommand.KIND, client, p4.get()));
      }
      if (p6.isPresent()) {
        net = net.withIpv6(StandardVerbs.idOf(PrimaryIpCommand.KIND, client, p6.get()));
      }
      o = o.withPublicNet(net);
    }
    return o;
  }
}
