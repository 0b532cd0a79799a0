package dev.hzone.cli.cloud;

import dev.hzone.api.ActionListOptions;
import dev.hzone.api.HcloudClient;
import dev.hzone.api.cloud.Action;
import dev.hzone.api.cloud.ActionStatus;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.ClientFactory;
import dev.hzone.cli.framework.Column;
import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.DescribeWriter;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.Humanize;
import dev.hzone.cli.framework.Printer;
import dev.hzone.cli.framework.TableLayout;
import dev.hzone.cli.framework.Verb;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * {@code hzone action list|describe|wait}: the API's asynchronous tasks. The API lists actions only
 * by id or by resource type (listing all of a project's actions was removed in 2025), so {@code
 * list} takes ids or {@code --resource}; {@code wait} waits for actions started with {@code
 * --no-wait}.
 */
public final class ActionCommand {
  /** The resource types whose actions can be listed, and how. */
  private static final Map<String, BiFunction<HcloudClient, ActionListOptions, List<Action>>>
      BY_RESOURCE = byResource();

  static final CloudResource<Action> KIND =
      CloudResource.<Action>builder("action", "action")
          .jsonKey("action")
          .id(Action::id)
          .name(a -> null)
          .get((c, id) -> c.actions().get(id))
          .list((c, r) -> list(c, r.options()))
          .view(View::new)
          .build();

  private ActionCommand() {}

  private static Map<String, BiFunction<HcloudClient, ActionListOptions, List<Action>>>
      byResource() {
    Map<String, BiFunction<HcloudClient, ActionListOptions, List<Action>>> m =
        new LinkedHashMap<>();
    m.put("server", (c, o) -> c.servers().listActions(o));
    m.put("volume", (c, o) -> c.volumes().listActions(o));
    m.put("image", (c, o) -> c.images().listActions(o));
    m.put("network", (c, o) -> c.networks().listActions(o));
    m.put("firewall", (c, o) -> c.firewalls().listActions(o));
    m.put("floating-ip", (c, o) -> c.floatingIps().listActions(o));
    m.put("primary-ip", (c, o) -> c.primaryIps().listActions(o));
    m.put("load-balancer", (c, o) -> c.loadBalancers().listActions(o));
    m.put("certificate", (c, o) -> c.certificates().listActions(o));
    m.put("zone", (c, o) -> c.zones().listActions(o));
    return Map.copyOf(m);
  }

  public static Command create() {
    return CloudGroup.of(
        "action",
        "Show and wait for actions (the API's asynchronous tasks)",
        List.of(
            new Verb(
                "list",
                "List actions by id, or those of a resource type",
                "[ID...]",
                """
            hzone action list 31 32
            hzone action list --resource server --status running""",
                () ->
                    Opts.list(
                        Opts.of(
                            Opts.opt(
                                "resource",
                                "TYPE",
                                "actions of this resource type: "
                                    + String.join(
                                        ", ", BY_RESOURCE.keySet().stream().sorted().toList())),
                            Opts.multi(
                                "status", "running|success|error", "only actions in this status"))),
                (inv, cl) -> {
                  if (Printer.selector(cl).isPresent()) {
                    throw CliException.usage(
                        "actions have no labels, so --selector does not apply");
                  }
                  Printer p = Printer.of(inv, cl);
                  StandardVerbs.checkSort(cl, new View(p.clock()).table());
                  List<Action> actions = new ArrayList<>(list(ClientFactory.client(inv), cl));
                  if (!cl.hasOption("sort")) {
                    actions.sort(Comparator.comparingLong(Action::id));
                  }
                  p.list(actions, new View(p.clock()));
                  return ExitCodes.OK;
                }),
            StandardVerbs.describe(KIND, "hzone action describe 31"),
            new Verb(
                "wait",
                "Wait until actions are done (after --no-wait)",
                "ID...",
                "hzone action wait 31 32",
                () -> Opts.output(new org.apache.commons.cli.Options()),
                (inv, cl) -> {
                  List<Long> ids = ids(Args.positional(cl, 1, -1, "action wait", "ID..."));
                  HcloudClient client = ClientFactory.client(inv);
                  List<Action> actions = client.actions().get(ids);
                  if (actions.size() < ids.size()) {
                    throw CliException.failed("the API does not know every action of " + ids);
                  }
                  List<Action> done =
                      Writes.await(
                          inv,
                          client,
                          actions,
                          String.join(
                              ", ", actions.stream().map(Action::command).distinct().toList()));
                  Printer p = Printer.of(inv, cl);
                  if (p.machine()) {
                    p.list(done, new View(p.clock()));
                  } else {
                    inv.out()
                        .println(
                            "Action"
                                + (ids.size() == 1 ? " " : "s ")
                                + String.join(", ", ids.stream().map(String::valueOf).toList())
                                + " done");
                  }
                  return ExitCodes.OK;
                })));
  }

  private static List<Action> list(HcloudClient c, org.apache.commons.cli.CommandLine cl) {
    List<Long> ids = ids(cl.getArgList());
    List<ActionStatus> status =
        Args.values(cl, "status").stream()
            .map(s -> Args.apiEnum(s, "--status", ActionStatus.class))
            .toList();
    boolean byResource = cl.hasOption("resource");
    if (ids.isEmpty() == !byResource) {
      throw CliException.usage(
          "name the actions by id, or give --resource TYPE (the API lists actions no other way)");
    }
    List<Action> out;
    if (byResource) {
      String type =
          Args.choice(
              cl.getOptionValue("resource"),
              "--resource",
              BY_RESOURCE.keySet().stream().sorted().toList());
      ActionListOptions o = ActionListOptions.ALL;
      o = status.isEmpty() ? o : o.withStatus(status.toArray(ActionStatus[]::new));
      out = BY_RESOURCE.get(type).apply(c, o);
    } else {
      out = new ArrayList<>(c.actions().get(ids));
      out.removeIf(a -> !status.isEmpty() && !status.contains(a.status()));
    }
    return out;
  }

  private static List<Long> ids(List<String> args) {
    return args.stream().map(a -> Args.number(a, "action id", 1, Long.MAX_VALUE)).toList();
  }

  static final class View extends CloudView<Action> {
    View(Clock clock) {
      super(clock);
    }

    @Override
    protected TableLayout<Action> layout() {
      return TableLayout.<Action>builder()
          .column(Column.ofLong("id", Action::id))
          .column(Column.of("command", Action::command))
          .column(Column.of("status", a -> a.status().apiValue()))
          .column(Column.ofLong("progress", Action::progress))
          .column(
              new Column<>(
                  "started",
                  a -> Humanize.datetime(a.started(), clock.getZone()),
                  Comparator.comparing(Action::started)))
          .column(
              Column.of(
                  "finished",
                  a -> a.finished().map(t -> Humanize.datetime(t, clock.getZone())).orElse("-")))
          .column(
              Column.of(
                  "resources",
                  a ->
                      String.join(
                          ", ", a.resources().stream().map(r -> r.type() + " " + r.id()).toList())))
          .column(
              Column.of(
                  "error",
                  a -> a.error().map(e -> e.message() + " (" + e.code() + ")").orElse("-")))
          .defaults("id", "command", "status", "progress", "started", "resources")
          .build();
    }

    @Override
    public void describe(Action a, DescribeWriter d) {
      d.field("ID", Long.toString(a.id()))
          .field("Command", a.command())
          .field("Status", a.status().apiValue())
          .field("Progress", a.progress() + "%")
          .field("Started", when(a.started()))
          .field("Finished", when(a.finished()));
      a.error()
          .ifPresent(
              e ->
                  d.section("Error", s -> s.field("Code", e.code()).field("Message", e.message())));
      d.list(
          "Resources",
          a.resources().stream().map(r -> r.type() + " " + r.id()).toList(),
          "No resources");
    }
  }
}
