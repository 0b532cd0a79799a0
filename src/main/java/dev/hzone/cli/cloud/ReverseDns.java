package dev.hzone.cli.cloud;

import dev.hzone.api.HcloudClient;
import dev.hzone.api.cloud.Action;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.ClientFactory;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.Prompt;
import dev.hzone.cli.framework.Verb;
import dev.hzone.dns.Names;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.cli.CommandLine;

/**
 * {@code hzone server|floating-ip|primary-ip|load-balancer set-rdns RESOURCE --hostname NAME [--ip
 * IP]}: sets the reverse DNS entry (the API's {@code change_dns_ptr}) and first checks that the
 * forward record agrees ({@link ForwardRecord}); when the name is in one of the project's zones but
 * lacks the address, it offers to add it ({@code --add-forward} adds without asking, {@code
 * --no-forward-check} skips the check). A name that is a CNAME there is refused before anything is
 * sent, and a forward record added for a PTR that then fails is taken out again, so that a failed
 * run leaves the zone as it was.
 */
final class ReverseDns {
  private ReverseDns() {}

  /** Sends {@code change_dns_ptr}. */
  @FunctionalInterface
  interface PtrCall<T> {
    Action set(HcloudClient client, T resource, String ip, Optional<String> hostname);
  }

  /**
   * The verb for one kind.
   *
   * @param addresses the resource's addresses, the default first (an IPv6 network as its {@code
   *     ::1} host)
   */
  static <T> Verb verb(
      CloudResource<T> kind, Function<T, List<String>> addresses, PtrCall<T> call) {
    String path = kind.command() + " set-rdns";
    String usage = kind.placeholder();
    return new Verb(
        "set-rdns",
        "Set the reverse DNS entry (PTR) of a "
            + kind.noun()
            + "'s address, checking the forward record in the project's zones",
        usage,
        """
        hzone %1$s set-rdns NAME --hostname www.example.com
        hzone %1$s set-rdns NAME --hostname www.example.com --ip 2001:db8::1 --add-forward
        hzone %1$s set-rdns NAME --reset --ip 203.0.113.7"""
            .formatted(kind.command()),
        () ->
            Opts.write(
                Opts.of(
                    Opts.opt("hostname", "NAME", "the name the address should resolve back to"),
                    Opts.opt(
                        "ip",
                        "IP",
                        "which address (default: the "
                            + kind.noun()
                            + "'s IPv4, else its IPv6 ::1)"),
                    Opts.flag("reset", "restore the default reverse DNS entry instead"),
                    Opts.flag(
                        "add-forward",
                        "add the missing A/AAAA record to the project's zone without asking"),
                    Opts.flag("no-forward-check", "do not look at the forward record"))),
        (inv, cl) -> {
          Args.positional(cl, 1, 1, path, usage);
          if (cl.hasOption("reset") == cl.hasOption("hostname")) {
            throw CliException.usage(
                "give --hostname NAME, or --reset to restore the default entry");
          }
          Optional<String> hostname =
              Optional.ofNullable(cl.getOptionValue("hostname")).map(ReverseDns::hostname);
          Optional<String> givenIp =
              Optional.ofNullable(cl.getOptionValue("ip")).map(ip -> Args.ip(ip, "--ip"));
          HcloudClient client = ClientFactory.client(inv);
          T resource = kind.require(client, cl.getArgList().get(0));
          String ip =
              givenIp
                  .or(() -> addresses.apply(resource).stream().findFirst())
                  .orElseThrow(
                      () ->
                          CliException.failed(
                              kind.noun() + " " + kind.label(resource) + " has no public address"));
          Optional<ForwardRecord> added = Optional.empty();
          if (hostname.isPresent() && !cl.hasOption("no-forward-check")) {
            added =
                forward(
                    inv,
                    cl,
                    client,
                    kind.command() + " set-rdns " + cl.getArgList().get(0),
                    hostname.get(),
                    ip);
          }
          List<Action> done;
          try {
            Action a = call.set(client, resource, ip, hostname);
            done = Writes.await(inv, cl, client, List.of(a), "setting the reverse DNS of " + ip);
          } catch (RuntimeException e) {
            added.ifPresent(f -> undo(inv, client, f));
            throw e;
          }
          Writes.print(
              inv,
              cl,
              Outcome.of(done),
              hostname
                  .map(
                      h ->
                          "Reverse DNS of "
                              + kind.noun()
                              + " "
                              + kind.label(resource)
                              + " ("
                              + ip
                              + ") set to "
                              + h)
                  .orElse(
                      "Reverse DNS of "
                          + kind.noun()
                          + " "
                          + kind.label(resource)
                          + " ("
                          + ip
                          + ") reset"));
          return ExitCodes.OK;
        });
  }

  /**
   * The forward check, and the offer to add the record; returns the record when this run added it.
   *
   * @param rerun the command as typed up to its options ({@code server set-rdns web}), for the hint
   *     on a CNAME
   * @throws CliException (65) when the name is a CNAME in the project's zone, before anything is
   *     sent
   */
  private static Optional<ForwardRecord> forward(
      Invocation inv,
      CommandLine cl,
      HcloudClient client,
      String rerun,
      String hostname,
      String ip) {
    ForwardRecord f = ForwardRecord.check(client, hostname, ip);
    if (f.zone().isEmpty()) {
      inv.warn(
          "no zone of this project contains "
              + hostname
              + ", so its forward record was not checked: make sure "
              + "it resolves to "
              + ip
              + " where its zone is hosted");
      return Optional.empty();
    }
    String zone = f.zone().get().name();
    if (f.cname().isPresent()) {
      String target = f.cname().get();
      // No A/AAAA may stand beside a CNAME (the API answers 422), and a PTR should name the
      // canonical host.
      throw CliException.data(
          hostname
              + " is a CNAME to "
              + target
              + " in zone "
              + zone
              + ", so it cannot have "
              + "an "
              + f.key().type()
              + " record of its own"
              + (cl.hasOption("add-forward") ? " and none was added" : "")
              + "; nothing was changed. Name the canonical host instead: 'hzone "
              + rerun
              + " --hostname "
              + target
              + " --ip "
              + ip
              + "' (with --add-forward if "
              + target
              + " lacks "
              + ip
              + "), or set this name anyway "
              + "with --no-forward-check");
    }
    if (f.agrees()) {
      inv.info("Forward record " + f.describe() + " in zone " + zone + " agrees");
      return Optional.empty();
    }
    inv.info(hostname + " has no " + f.key().type() + " record for " + ip + " in zone " + zone);
    if (cl.hasOption("add-forward")
        || Prompt.ask(inv, "Add " + f.describe() + " to zone " + zone + "? [y/N] ")
            .filter(Prompt::isYes)
            .isPresent()) {
      Writes.await(
          inv, client, List.of(f.add(client)), "adding " + f.describe() + " to zone " + zone);
      inv.info("Forward record " + f.describe() + " added to zone " + zone);
      return Optional.of(f);
    }
    inv.warn(
        "the reverse entry will not match a forward record; add it with 'hzone record add "
            + zone
            + " "
            + f.key().name()
            + " "
            + f.key().type()
            + " "
            + ip
            + "' or rerun with --add-forward");
    return Optional.empty();
  }

  /**
   * Takes out the forward record this run added, after the PTR failed; says what happened either
   * way.
   */
  private static void undo(Invocation inv, HcloudClient client, ForwardRecord f) {
    String zone = f.zone().orElseThrow().name();
    try {
      Writes.await(
          inv,
          client,
          List.of(f.remove(client)),
          "removing " + f.describe() + " from zone " + zone);
      inv.warn(
          "the reverse DNS entry could not be set, so the forward record "
              + f.describe()
              + " added to zone "
              + zone
              + " was removed again");
    } catch (RuntimeException e) {
      inv.warn(
          "the reverse DNS entry could not be set, and the forward record "
              + f.describe()
              + " added to zone "
              + zone
              + " could not be removed again ("
              + e.getMessage()
              + "): remove it with 'hzone record remove "
              + zone
              + " "
              + f.key().name()
              + " "
              + f.key().type()
              + " "
              + f.ip()
              + "'");
    }
  }

  /** A host name as the API takes it: punycode, no final dot, at least two labels. */
  static String hostname(String text) {
    String n;
    try {
      n = Names.zoneName(text.trim());
    } catch (IllegalArgumentException e) {
      throw CliException.usage("--hostname '" + text + "' is not a host name: " + e.getMessage());
    }
    if (!n.matches("([a-z0-9_]([-a-z0-9_]{0,61}[a-z0-9])?\\.)+[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?")
        || n.length() > 253) {
      throw CliException.usage(
          "--hostname '" + text + "' is not a fully qualified host name such as www.example.com");
    }
    return n;
  }

  /** The {@code ::1} host of an IPv6 network as the API gives it ({@code 2001:db8:1:2::/64}). */
  static String ipv6Host(String network) {
    String addr = network.contains("/") ? network.substring(0, network.indexOf('/')) : network;
    return addr.endsWith("::") ? addr + "1" : addr;
  }
}
