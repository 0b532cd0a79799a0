package dev.hzone.cli.cloud;

import dev.hzone.api.HcloudClient;
import dev.hzone.api.cloud.AppliedToServer;
import dev.hzone.api.cloud.ApplyFirewallToResourcesOptions;
import dev.hzone.api.cloud.ApplyTo;
import dev.hzone.api.cloud.CreateFirewallOptions;
import dev.hzone.api.cloud.CreateFirewallResult;
import dev.hzone.api.cloud.Firewall;
import dev.hzone.api.cloud.FirewallResourceType;
import dev.hzone.api.cloud.LabelSelector;
import dev.hzone.api.cloud.ListFirewallsOptions;
import dev.hzone.api.cloud.RemoveFirewallFromResourcesOptions;
import dev.hzone.api.cloud.Rule;
import dev.hzone.api.cloud.SetFirewallRulesOptions;
import dev.hzone.api.cloud.UpdateFirewallOptions;
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
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code hzone firewall ...}: firewalls, their rules, and the servers they apply to. */
public final class FirewallCommand {
  static final CloudResource<Firewall> KIND =
      CloudResource.<Firewall>builder("firewall", "firewall")
          .jsonKey("firewall")
          .id(Firewall::id)
          .name(Firewall::name)
          .get((c, id) -> c.firewalls().get(id))
          .byName((c, n) -> c.firewalls().list(ListFirewallsOptions.ALL.withName(n)))
          .list(
              (c, r) ->
                  c.firewalls()
                      .list(
                          r.selector()
                              .map(ListFirewallsOptions.ALL::withLabelSelector)
                              .orElse(ListFirewallsOptions.ALL)))
          .labels(
              Firewall::labels,
              (c, id, l) -> c.firewalls().update(id, UpdateFirewallOptions.of().withLabels(l)))
          .delete(
              (c, id) -> {
                c.firewalls().delete(id);
                return Optional.empty();
              })
          .view(FirewallView::new)
          .build();

  private FirewallCommand() {}

  public static Command create() {
    return CloudGroup.of(
        "firewall",
        "Manage firewalls",
        List.of(
            StandardVerbs.list(KIND, "hzone firewall list"),
            StandardVerbs.describe(KIND, "hzone firewall describe base"),
            new Verb(
                "create",
                "Create a firewall, optionally with rules from a JSON file",
                "",
                """
            hzone firewall create --name base
            hzone firewall create --name base --rules-file rules.json --label env=prod""",
                () ->
                    Opts.write(
                        Opts.of(
                            Opts.req("name", "NAME", "the firewall's name"),
                            Opts.opt(
                                "rules-file",
                                "FILE",
                                "its rules: a JSON array in the API's form ('-' for stdin)"),
                            Opts.label())),
                FirewallCommand::create),
            StandardVerbs.update(
                KIND,
                "hzone firewall update base --name base-v2",
                () -> Opts.of(Opts.opt("name", "NAME", "the new name")),
                (inv, cl) -> UpdateFirewallOptions.of().withName(cl.getOptionValue("name")),
                (c, f, u) -> c.firewalls().update(f.id(), u)),
            StandardVerbs.delete(KIND, "hzone firewall delete base"),
            LabelVerbs.addLabel(KIND),
            LabelVerbs.removeLabel(KIND),
            ActionVerb.on(KIND, "add-rule")
                .summary("Add a rule to a firewall")
                .examples(
                    "hzone firewall add-rule base --direction in --protocol tcp --port 22 --source-ips 0.0.0.0/0,::/0\n"
                        + "hzone firewall add-rule base --direction out --protocol icmp --destination-ips 0.0.0.0/0")
                .options(FirewallRules::ruleOptions)
                .input(a -> FirewallRules.fromOptions(a.cl()))
                .call(
                    (c, f, rule) -> {
                      List<Rule> rules = new ArrayList<>(FirewallRules.current(f));
                      if (rules.stream().anyMatch(r -> FirewallRules.same(r, rule))) {
                        throw CliException.failed(
                            "firewall " + f.name() + " has that rule already");
                      }
                      if (rules.size() >= FirewallRules.MAX_RULES) {
                        throw CliException.failed(
                            "firewall "
                                + f.name()
                                + " has "
                                + rules.size()
                                + " rules, the most it takes");
                      }
                      rules.add(rule);
                      return Outcome.of(
                          c.firewalls().setRules(f.id(), new SetFirewallRulesOptions(rules)));
                    })
                .done(
                    (f, rule) ->
                        "Rule " + FirewallRules.describe(rule) + " added to firewall " + f.name())
                .build(),
            ActionVerb.on(KIND, "delete-rule")
                .summary("Remove a rule from a firewall")
                .examples(
                    "hzone firewall delete-rule base --direction in --protocol tcp --port 22 --source-ips 0.0.0.0/0,::/0")
                .options(FirewallRules::ruleOptions)
                .input(a -> FirewallRules.fromOptions(a.cl()))
                .call(
                    (c, f, rule) -> {
                      List<Rule> rules = new ArrayList<>(FirewallRules.current(f));
                      if (!rules.removeIf(r -> FirewallRules.same(r, rule))) {
                        throw CliException.failed(
                            "firewall "
                                + f.name()
                                + " has no rule "
                                + FirewallRules.describe(rule)
                                + " (see 'hzone firewall describe "
                                + f.name()
                                + "')");
                      }
                      return Outcome.of(
                          c.firewalls().setRules(f.id(), new SetFirewallRulesOptions(rules)));
                    })
                .done(
                    (f, rule) ->
                        "Rule "
                            + FirewallRules.describe(rule)
                            + " removed from firewall "
                            + f.name())
                .build(),
            ActionVerb.on(KIND, "replace-rules")
                .summary("Replace all rules of a firewall with those of a JSON file")
                .examples(
                    "hzone firewall replace-rules base --rules-file rules.json\necho '[]' | hzone firewall replace-rules base --rules-file -")
                .options(
                    () ->
                        Opts.of(
                            Opts.req(
                                "rules-file",
                                "FILE",
                                "the rules: a JSON array in the API's form ('-' for stdin)")))
                .input(
                    a ->
                        FirewallRules.fromJson(
                            Args.file(a.inv(), "rules-file", a.cl().getOptionValue("rules-file")),
                            a.cl().getOptionValue("rules-file")))
                .call(
                    (c, f, rules) ->
                        Outcome.of(
                            c.firewalls().setRules(f.id(), new SetFirewallRulesOptions(rules))))
                .done(
                    (f, rules) ->
                        "Rules of firewall " + f.name() + " replaced (" + rules.size() + " rules)")
                .build(),
            ActionVerb.on(KIND, "apply-to-resource")
                .summary("Apply a firewall to a server, or to the servers a label selector matches")
                .examples(
                    "hzone firewall apply-to-resource base --type server --server web\n"
                        + "hzone firewall apply-to-resource base --type label_selector --label-selector env=prod")
                .options(FirewallCommand::targetOptions)
                .input(a -> target(a.cl()))
                .call(
                    (c, f, t) ->
                        Outcome.of(
                            c.firewalls()
                                .applyToResources(
                                    f.id(),
                                    new ApplyFirewallToResourcesOptions(List.of(resolve(c, t))))))
                .done((f, t) -> "Firewall " + f.name() + " applied to " + t.describe())
                .build(),
            ActionVerb.on(KIND, "remove-from-resource")
                .summary("Stop applying a firewall to a server or label selector")
                .examples("hzone firewall remove-from-resource base --type server --server web")
                .options(FirewallCommand::targetOptions)
                .input(a -> target(a.cl()))
                .call(
                    (c, f, t) ->
                        Outcome.of(
                            c.firewalls()
                                .removeFromResources(
                                    f.id(),
                                    new RemoveFirewallFromResourcesOptions(
                                        List.of(resolve(c, t))))))
                .done((f, t) -> "Firewall " + f.name() + " removed from " + t.describe())
                .build()));
  }

  /** Where a firewall applies: a server by name or id, or a label selector. */
  private record Target(FirewallResourceType type, String value) {
    String describe() {
      return type == FirewallResourceType.SERVER ? "server " + value : "servers matching " + value;
    }
  }

  private static Options targetOptions() {
    return Opts.of(
        Opts.req("type", "server|label_selector", "what to apply to"),
        Opts.opt("server", "SERVER", "the server (id or name), with --type server"),
        Option.builder("l")
            .longOpt("label-selector")
            .hasArg()
            .argName("SELECTOR")
            .desc("the label selector, with --type label_selector")
            .build());
  }

  private static Target target(CommandLine cl) {
    FirewallResourceType type = Args.apiEnum(cl, "type", FirewallResourceType.class).orElseThrow();
    if (type == FirewallResourceType.SERVER
        && (!cl.hasOption("server") || cl.hasOption("label-selector"))) {
      throw CliException.usage("--type server needs --server (and no --label-selector)");
    }
    if (type == FirewallResourceType.LABEL_SELECTOR
        && (!cl.hasOption("label-selector") || cl.hasOption("server"))) {
      throw CliException.usage("--type label_selector needs --label-selector (and no --server)");
    }
    return new Target(
        type,
        type == FirewallResourceType.SERVER
            ? cl.getOptionValue("server")
            : cl.getOptionValue("label-selector"));
  }

  private static ApplyTo resolve(HcloudClient c, Target t) {
    return t.type() == FirewallResourceType.SERVER
        ? ApplyTo.of(FirewallResourceType.SERVER)
            .withServer(new AppliedToServer(StandardVerbs.idOf(ServerCommand.KIND, c, t.value())))
        : ApplyTo.of(FirewallResourceType.LABEL_SELECTOR)
            .withLabelSelector(new LabelSelector(t.value()));
  }

  private static int create(Invocation inv, CommandLine cl) {
    Args.positional(cl, 0, 0, "firewall create", "");
    CreateFirewallOptions o = CreateFirewallOptions.of(cl.getOptionValue("name"));
    if (cl.hasOption("rules-file")) {
      String file = cl.getOptionValue("rules-file");
      o = o.withRules(FirewallRules.fromJson(Args.file(inv, "rules-file", file), file));
    }
    o = Args.labels(cl).map(o::withLabels).orElse(o);
    HcloudClient client = ClientFactory.client(inv);
    CreateFirewallResult r = client.firewalls().create(o);
    Firewall created =
        r.firewall()
            .orElseThrow(
                () -> CliException.failed("the API created a firewall but did not " + "return it"));
    StandardVerbs.finishCreate(inv, cl, KIND, client, created, Outcome.of(r.actions()));
    return ExitCodes.OK;
  }
}
