package dev.hzone.cli.cloud;

import dev.hzone.api.HcloudClient;
import dev.hzone.api.cloud.CreatePlacementGroupOptions;
import dev.hzone.api.cloud.CreatePlacementGroupResult;
import dev.hzone.api.cloud.ListPlacementGroupsOptions;
import dev.hzone.api.cloud.PlacementGroup;
import dev.hzone.api.cloud.PlacementGroupType;
import dev.hzone.api.cloud.UpdatePlacementGroupOptions;
import dev.hzone.cli.framework.ClientFactory;
import dev.hzone.cli.framework.Column;
import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.DescribeWriter;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.TableLayout;
import dev.hzone.cli.framework.Verb;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;

/**
 * {@code hzone placement-group ...}: groups whose servers run on different hosts. Servers join and
 * leave with {@code hzone server add-to-placement-group} and {@code remove-from-placement-group}.
 */
public final class PlacementGroupCommand {
  static final CloudResource<PlacementGroup> KIND =
      CloudResource.<PlacementGroup>builder("placement-group", "placement group")
          .jsonKey("placement_group")
          .id(PlacementGroup::id)
          .name(PlacementGroup::name)
          .get((c, id) -> c.placementGroups().get(id))
          .byName((c, n) -> c.placementGroups().list(ListPlacementGroupsOptions.ALL.withName(n)))
          .list(
              (c, r) ->
                  c.placementGroups()
                      .list(
                          r.selector()
                              .map(ListPlacementGroupsOptions.ALL::withLabelSelector)
                              .orElse(ListPlacementGroupsOptions.ALL)))
          .labels(
              PlacementGroup::labels,
              (c, id, l) ->
                  c.placementGroups().update(id, UpdatePlacementGroupOptions.of().withLabels(l)))
          .delete(
              (c, id) -> {
                c.placementGroups().delete(id);
                return Optional.empty();
              })
          .view(View::new)
          .build();

  private PlacementGroupCommand() {}

  public static Command create() {
    return CloudGroup.of(
        "placement-group",
        "Manage placement groups",
        List.of(
            StandardVerbs.list(KIND, "hzone placement-group list"),
            StandardVerbs.describe(KIND, "hzone placement-group describe web"),
            new Verb(
                "create",
                "Create a placement group",
                "",
                "hzone placement-group create --name web\nhzone placement-group create --name db --type spread --label env=prod",
                () ->
                    Opts.write(
                        Opts.of(
                            Opts.req("name", "NAME", "the group's name"),
                            Opts.opt(
                                "type",
                                "spread",
                                "how servers are placed (the API has 'spread' only; the default)"),
                            Opts.label())),
                PlacementGroupCommand::create),
            StandardVerbs.update(
                KIND,
                "hzone placement-group update web --name web-spread",
                () -> Opts.of(Opts.opt("name", "NAME", "the new name")),
                (inv, cl) -> UpdatePlacementGroupOptions.of().withName(cl.getOptionValue("name")),
                (c, g, u) -> c.placementGroups().update(g.id(), u)),
            StandardVerbs.delete(KIND, "hzone placement-group delete web"),
            LabelVerbs.addLabel(KIND),
            LabelVerbs.removeLabel(KIND)));
  }

  private static int create(Invocation inv, CommandLine cl) {
    Args.positional(cl, 0, 0, "placement-group create", "");
    Args.choice(cl, "type", List.of("spread"));
    CreatePlacementGroupOptions o =
        CreatePlacementGroupOptions.of(cl.getOptionValue("name"), PlacementGroupType.SPREAD);
    o = Args.labels(cl).map(o::withLabels).orElse(o);
    HcloudClient client = ClientFactory.client(inv);
    CreatePlacementGroupResult r = client.placementGroups().create(o);
    StandardVerbs.finishCreate(inv, cl, KIND, client, r.placementGroup(), Outcome.of(r.action()));
    return ExitCodes.OK;
  }

  static final class View extends CloudView<PlacementGroup> {
    View(Clock clock) {
      super(clock);
    }

    @Override
    protected TableLayout<PlacementGroup> layout() {
      return TableLayout.<PlacementGroup>builder()
          .column(Column.ofLong("id", PlacementGroup::id))
          .column(Column.of("name", PlacementGroup::name))
          .column(Column.of("type", g -> g.type().apiValue()))
          .column(Column.ofLong("servers", g -> g.servers().size()))
          .column(labels(PlacementGroup::labels))
          .column(age(PlacementGroup::created))
          .column(created(PlacementGroup::created))
          .defaults("id", "name", "servers", "type", "age")
          .build();
    }

    @Override
    public void describe(PlacementGroup g, DescribeWriter d) {
      d.field("ID", Long.toString(g.id()))
          .field("Name", g.name())
          .field("Created", when(g.created()))
          .field("Type", g.type().apiValue());
      d.labels(g.labels());
      d.list("Servers", g.servers().stream().map(id -> "Server ID: " + id).toList(), "No servers");
    }
  }
}
