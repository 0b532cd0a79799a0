package dev.hzone.cli.cloud;

import dev.hzone.api.cloud.AttachServerToNetworkOptions;
import dev.hzone.api.cloud.ChangeServerAliasIpsOptions;
import dev.hzone.api.cloud.CreateServerImageOptions;
import dev.hzone.api.cloud.CreateServerImageResult;
import dev.hzone.api.cloud.EnableServerRescueOptions;
import dev.hzone.api.cloud.EnableServerRescueResult;
import dev.hzone.api.cloud.Image;
import dev.hzone.api.cloud.RebuildServerOptions;
import dev.hzone.api.cloud.RebuildServerResult;
import dev.hzone.api.cloud.RequestServerConsoleResult;
import dev.hzone.api.cloud.ResetServerPasswordResult;
import dev.hzone.api.cloud.Server;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.ClientFactory;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.Verb;
import java.util.List;
import java.util.Optional;

/** The server actions, named as the hcloud CLI names them. */
final class ServerActions {
  private static final CloudResource<Server> K = ServerCommand.KIND;

  private ServerActions() {}

  static List<Verb> verbs() {
    return List.of(
        simple("poweron", "Start a server", "started", (c, id) -> c.servers().poweron(id)),
        simple(
            "poweroff",
            "Cut a server's power (hard; prefer shutdown)",
            "stopped",
            (c, id) -> c.servers().poweroff(id)),
        simple(
            "shutdown",
            "Ask a server's OS to shut down (ACPI)",
            "asked to shut down",
            (c, id) -> c.servers().shutdown(id)),
        simple(
            "reboot",
            "Ask a server's OS to reboot (ACPI)",
            "rebooted",
            (c, id) -> c.servers().reboot(id)),
        simple(
            "reset",
            "Cut a server's power and start it again (hard)",
            "reset",
            (c, id) -> c.servers().reset(id)),
        ActionVerb.on(K, "rebuild")
            .summary("Rebuild a server from an image, erasing its disk")
            .examples("hzone server rebuild web --image ubuntu-24.04")
            .options(
                () ->
                    Opts.of(
                        Opts.req("image", "IMAGE", "the image (id or name)"),
                        Opts.opt("user-data-from-file", "FILE", "new cloud-init user data")))
            .input(
                a -> {
                  RebuildServerOptions o = RebuildServerOptions.of(a.cl().getOptionValue("image"));
                  return a.cl().hasOption("user-data-from-file")
                      ? o.withUserData(
                          Args.file(
                              a.inv(),
                              "user-data-from-file",
                              a.cl().getOptionValue("user-data-from-file")))
                      : o;
                })
            .call(
                (c, s, o) -> {
                  RebuildServerResult r = c.servers().rebuild(s.id(), o);
                  return Outcome.of(r.action())
                      .with("root_password", "Root password", r.rootPassword());
                })
            .done((s, o) -> "Server " + s.name() + " rebuilt from image " + o.image())
            .build(),
        ActionVerb.on(K, "enable-rescue")
            .summary("Boot a server into the rescue system at its next start")
            .examples(
                "hzone server enable-rescue web --ssh-key laptop\nhzone server enable-rescue web && hzone server reset web")
            .options(
                () ->
                    Opts.of(
                        Opts.opt("type", "linux64", "the rescue system (default linux64)"),
                        Opts.multi(
                            "ssh-key",
                            "KEY",
                            "an SSH key (id or name) for the rescue system's root")))
            .input(
                a -> {
                  Args.choice(a.cl(), "type", List.of("linux64"));
                  return Args.values(a.cl(), "ssh-key");
                })
            .call(
                (c, s, keys) -> {
                  EnableServerRescueOptions o =
                      EnableServerRescueOptions.of()
                          .withType(EnableServerRescueOptions.Type.LINUX64);
                  if (!keys.isEmpty()) {
                    o =
                        o.withSshKeys(
                            keys.stream()
                                .map(k -> StandardVerbs.idOf(SshKeyCommand.KIND, c, k))
                                .toList());
                  }
                  EnableServerRescueResult r = c.servers().enableRescue(s.id(), o);
                  return Outcome.of(r.action())
                      .with("root_password", "Root password", r.rootPassword());
                })
            .done(
                (s, keys) ->
                    "Rescue system of server "
                        + s.name()
                        + " enabled (it boots into it at its next start)")
            .build(),
        simple(
            "disable-rescue",
            "Boot a server from its disk again",
            "set to boot from its disk",
            (c, id) -> c.servers().disableRescue(id)),
        ActionVerb.on(K, "change-type")
            .summary("Change a server's type (the server must be off)")
            .args("SERVERTYPE", 1, 1)
            .examples(
                "hzone server change-type web cpx32\nhzone server change-type web cpx32 --keep-disk")
            .options(
                () ->
                    Opts.of(
                        Opts.flag(
                            "keep-disk",
                            "keep the disk size, so that the type can be lowered again")))
            .call(
                (c, s, a) ->
                    Outcome.of(
                        c.servers()
                            .changeType(s.id(), !a.cl().hasOption("keep-disk"), a.args().get(0))))
            .done((s, a) -> "Server " + s.name() + " changed to type " + a.args().get(0))
            .build(),
        ActionVerb.on(K, "attach-iso")
            .summary("Insert an ISO into a server's virtual drive")
            .args("ISO", 1, 1)
            .examples("hzone server attach-iso web virtio-win-0.1.248.iso")
            .call((c, s, a) -> Outcome.of(c.servers().attachIso(s.id(), a.args().get(0))))
            .done((s, a) -> "ISO " + a.args().get(0) + " attached to server " + s.name())
            .build(),
        simple(
            "detach-iso",
            "Eject the ISO from a server's virtual drive",
            "has no ISO attached any more",
            (c, id) -> c.servers().detachIso(id)),
        ActionVerb.on(K, "attach-to-network")
            .summary("Attach a server to a private network")
            .examples(
                "hzone server attach-to-network web --network internal\n"
                    + "hzone server attach-to-network web --network internal --ip 10.0.1.5 --alias-ips 10.0.1.6")
            .options(
                () ->
                    Opts.of(
                        Opts.req("network", "NETWORK", "the network (id or name)"),
                        Opts.opt(
                            "ip", "IP", "the server's address in it (default: the API picks one)"),
                        Opts.multi("alias-ips", "IP", "further addresses"),
                        Opts.opt("ip-range", "CIDR", "pick the address from this subnet")))
            .input(
                a -> {
                  Optional.ofNullable(a.cl().getOptionValue("ip"))
                      .ifPresent(ip -> Args.ip(ip, "--ip"));
                  Args.values(a.cl(), "alias-ips").forEach(ip -> Args.ip(ip, "--alias-ips"));
                  Optional.ofNullable(a.cl().getOptionValue("ip-range"))
                      .ifPresent(r -> Args.cidr(r, "--ip-range"));
                  return a;
                })
            .call(
                (c, s, a) -> {
                  AttachServerToNetworkOptions o =
                      AttachServerToNetworkOptions.of(
                          StandardVerbs.idOf(
                              NetworkCommand.KIND, c, a.cl().getOptionValue("network")));
                  o = a.cl().hasOption("ip") ? o.withIp(a.cl().getOptionValue("ip")) : o;
                  List<String> alias = Args.values(a.cl(), "alias-ips");
                  o = alias.isEmpty() ? o : o.withAliasIps(alias);
                  o =
                      a.cl().hasOption("ip-range")
                          ? o.withIpRange(a.cl().getOptionValue("ip-range"))
                          : o;
                  return Outcome.of(c.servers().attachToNetwork(s.id(), o));
                })
            .done(
                (s, a) ->
                    "Server "
                        + s.name()
                        + " attached to network "
                        + a.cl().getOptionValue("network"))
            .build(),
        ActionVerb.on(K, "detach-from-network")
            .summary("Detach a server from a private network")
            .examples("hzone server detach-from-network web --network internal")
            .options(() -> Opts.of(Opts.req("network", "NETWORK", "the network (id or name)")))
            .call(
                (c, s, a) ->
                    Outcome.of(
                        c.servers()
                            .detachFromNetwork(
                                s.id(),
                                StandardVerbs.idOf(
                                    NetworkCommand.KIND, c, a.cl().getOptionValue("network")))))
            .done(
                (s, a) ->
                    "Server "
                        + s.name()
                        + " detached from network "
                        + a.cl().getOptionValue("network"))
            .build(),
        ActionVerb.on(K, "change-alias-ips")
            .summary("Replace a server's alias IPs in a network")
            .examples(
                "hzone server change-alias-ips web --network internal --alias-ips 10.0.1.6,10.0.1.7\n"
                    + "hzone server change-alias-ips web --network internal --clear")
            .options(
                () ->
                    Opts.of(
                        Opts.req("network", "NETWORK", "the network (id or name)"),
                        Opts.multi("alias-ips", "IP", "the alias IPs it should have"),
                        Opts.flag("clear", "remove all alias IPs")))
            .input(
                a -> {
                  List<String> ips =
                      Args.values(a.cl(), "alias-ips").stream()
                          .map(ip -> Args.ip(ip, "--alias-ips"))
                          .toList();
                  if (ips.isEmpty() == !a.cl().hasOption("clear")) {
                    throw CliException.usage(
                        "give the alias IPs with --alias-ips, or --clear to remove them all");
                  }
                  return new AliasIps(a.cl().getOptionValue("network"), ips);
                })
            .call(
                (c, s, in) ->
                    Outcome.of(
                        c.servers()
                            .changeAliasIps(
                                s.id(),
                                new ChangeServerAliasIpsOptions(
                                    StandardVerbs.idOf(NetworkCommand.KIND, c, in.network()),
                                    in.ips()))))
            .done(
                (s, in) ->
                    "Alias IPs of server "
                        + s.name()
                        + " in network "
                        + in.network()
                        + " set to "
                        + (in.ips().isEmpty() ? "none" : String.join(", ", in.ips())))
            .build(),
        ActionVerb.on(K, "create-image")
            .summary("Make a snapshot (or backup) image of a server's disk")
            .examples(
                "hzone server create-image web --description 'before upgrade' --label keep=yes")
            .options(
                () ->
                    Opts.of(
                        Opts.opt("type", "snapshot|backup", "the image's type (default snapshot)"),
                        Opts.opt("description", "TEXT", "its description"),
                        Opts.label()))
            .input(
                a -> {
                  CreateServerImageOptions o = CreateServerImageOptions.of();
                  o =
                      Args.apiEnum(a.cl(), "type", CreateServerImageOptions.Type.class)
                          .map(o::withType)
                          .orElse(o);
                  o =
                      a.cl().hasOption("description")
                          ? o.withDescription(a.cl().getOptionValue("description"))
                          : o;
                  return Args.labels(a.cl()).map(o::withLabels).orElse(o);
                })
            .call(
                (c, s, o) -> {
                  CreateServerImageResult r = c.servers().createImage(s.id(), o);
                  return Outcome.of(r.action())
                      .with("image_id", "Image", r.image().map(Image::id).map(String::valueOf));
                })
            .done((s, o) -> "Image of server " + s.name() + " created")
            .build(),
        simple(
            "enable-backup",
            "Turn on daily backups (adds 20% to the server's price)",
            "backed up daily",
            (c, id) -> c.servers().enableBackup(id)),
        simple(
            "disable-backup",
            "Turn off backups and delete the server's backups",
            "no longer backed up",
            (c, id) -> c.servers().disableBackup(id)),
        ActionVerb.on(K, "reset-password")
            .summary("Reset root's password (needs the qemu guest agent)")
            .examples("hzone server reset-password web")
            .call(
                (c, s, a) -> {
                  ResetServerPasswordResult r = c.servers().resetPassword(s.id());
                  return Outcome.of(r.action())
                      .with("root_password", "Root password", r.rootPassword());
                })
            .done((s, a) -> "Root password of server " + s.name() + " reset")
            .build(),
        ActionVerb.on(K, "request-console")
            .summary("Get a VNC-over-websocket URL and password (valid for a minute)")
            .examples(
                "hzone server request-console web\nhzone server request-console web -o json | jq -r .wss_url")
            .call(
                (c, s, a) -> {
                  RequestServerConsoleResult r = c.servers().requestConsole(s.id());
                  return Outcome.of(r.action())
                      .with("wss_url", "Console URL", Optional.of(r.wssUrl()))
                      .with("password", "VNC password", Optional.of(r.password()));
                })
            .done((s, a) -> "Console of server " + s.name() + " ready")
            .build(),
        ActionVerb.on(K, "add-to-placement-group")
            .summary("Put a server into a placement group (it must be off)")
            .examples("hzone server add-to-placement-group web --placement-group web-spread")
            .options(() -> Opts.of(Opts.req("placement-group", "GROUP", "the group (id or name)")))
            .call(
                (c, s, a) ->
                    Outcome.of(
                        c.servers()
                            .addToPlacementGroup(
                                s.id(),
                                StandardVerbs.idOf(
                                    PlacementGroupCommand.KIND,
                                    c,
                                    a.cl().getOptionValue("placement-group")))))
            .done(
                (s, a) ->
                    "Server "
                        + s.name()
                        + " added to placement group "
                        + a.cl().getOptionValue("placement-group"))
            .build(),
        simple(
            "remove-from-placement-group",
            "Take a server out of its placement group",
            "removed from its placement group",
            (c, id) -> c.servers().removeFromPlacementGroup(id)),
        ip());
  }

  /** The checked input of {@code change-alias-ips}. */
  private record AliasIps(String network, List<String> ips) {}

  /** A verb that is one call without arguments: {@code hzone server poweron web}. */
  private static Verb simple(String name, String summary, String result, SimpleCall call) {
    return ActionVerb.on(K, name)
        .summary(summary)
        .examples("hzone server " + name + " web")
        .call((c, s, a) -> Outcome.of(call.run(c, s.id())))
        .done((s, a) -> "Server " + s.name() + " " + result)
        .build();
  }

  @FunctionalInterface
  private interface SimpleCall {
    dev.hzone.api.cloud.Action run(dev.hzone.api.HcloudClient client, long id);
  }

  /**
   * {@code hzone server ip SERVER [-6]}: the address alone, for scripts ({@code ssh root@$(hzone
   * server ip web)}).
   */
  private static Verb ip() {
    return new Verb(
        "ip",
        "Print a server's public IPv4 (or with -6 its IPv6 ::1)",
        "SERVER",
        "ssh root@$(hzone server ip web)\nhzone server ip web -6",
        () ->
            Opts.of(
                org.apache.commons.cli.Option.builder("6")
                    .longOpt("ipv6")
                    .desc("the IPv6 address")
                    .build()),
        (inv, cl) -> {
          String arg = Args.positional(cl, 1, 1, "server ip", "SERVER").get(0);
          Server s = K.require(ClientFactory.client(inv), arg);
          Optional<String> ip =
              cl.hasOption("ipv6")
                  ? s.publicNet().ipv6().map(v6 -> ReverseDns.ipv6Host(v6.ip()))
                  : ServerView.ipv4(s);
          inv.out()
              .println(
                  ip.orElseThrow(
                      () ->
                          CliException.failed(
                              "server "
                                  + s.name()
                                  + " has no public "
                                  + (cl.hasOption("ipv6") ? "IPv6" : "IPv4"))));
          return ExitCodes.OK;
        });
  }
}
