package dev.hzone.cli.cloud;

import dev.hzone.api.cloud.Datacenter;
import dev.hzone.api.cloud.ListDatacentersOptions;
import dev.hzone.cli.framework.Column;
import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.DescribeWriter;
import dev.hzone.cli.framework.TableLayout;
import java.time.Clock;
import java.util.List;

/**
 * {@code hzone datacenter list|describe}. The API deprecated datacenters (removal after 2026-10-01)
 * in favour of locations; the command stays while the API answers.
 */
public final class DatacenterCommand {
  // The command is these deprecated endpoints on purpose (see above), so their warning says nothing
  // new here.
  @SuppressWarnings("deprecation")
  static final CloudResource<Datacenter> KIND =
      CloudResource.<Datacenter>builder("datacenter", "datacenter")
          .jsonKey("datacenter")
          .id(Datacenter::id)
          .name(Datacenter::name)
          .get((c, id) -> c.datacenters().get(id))
          .byName((c, n) -> c.datacenters().list(ListDatacentersOptions.ALL.withName(n)))
          .list((c, r) -> c.datacenters().list(ListDatacentersOptions.ALL))
          .view(View::new)
          .build();

  private DatacenterCommand() {}

  public static Command create() {
    return CloudGroup.of(
        "datacenter",
        "Show datacenters (deprecated by the API: use locations)",
        List.of(
            StandardVerbs.list(KIND, "hzone datacenter list"),
            StandardVerbs.describe(KIND, "hzone datacenter describe fsn1-dc14")));
  }

  static final class View extends CloudView<Datacenter> {
    View(Clock clock) {
      super(clock);
    }

    @Override
    protected TableLayout<Datacenter> layout() {
      return TableLayout.<Datacenter>builder()
          .column(Column.ofLong("id", Datacenter::id))
          .column(Column.of("name", Datacenter::name))
          .column(Column.of("description", Datacenter::description))
          .column(Column.of("location", d -> d.location().name()))
          .defaults("id", "name", "description", "location")
          .build();
    }

    @Override
    public void describe(Datacenter dc, DescribeWriter d) {
      d.field("ID", Long.toString(dc.id()))
          .field("Name", dc.name())
          .field("Description", dc.description());
      location(d, "Location", dc.location());
      d.section(
          "Server Types",
          s -> {
            s.field("Supported", ids(dc.serverTypes().supported()));
            s.field("Available", ids(dc.serverTypes().available()));
            s.field("Available for migration", ids(dc.serverTypes().availableForMigration()));
          });
    }

    private static String ids(List<Long> ids) {
      return ids.isEmpty() ? "-" : String.join(", ", ids.stream().map(String::valueOf).toList());
    }
  }
}
