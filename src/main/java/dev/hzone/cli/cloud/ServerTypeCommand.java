package dev.hzone.cli.cloud;

import dev.hzone.api.cloud.ListServerTypesOptions;
import dev.hzone.api.cloud.ServerType;
import dev.hzone.cli.framework.Column;
import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.DescribeWriter;
import dev.hzone.cli.framework.Humanize;
import dev.hzone.cli.framework.TableLayout;
import java.time.Clock;
import java.util.List;

/** {@code hzone server-type list|describe}: sizes of servers, with their prices and locations. */
public final class ServerTypeCommand {
  static final CloudResource<ServerType> KIND =
      CloudResource.<ServerType>builder("server-type", "server type")
          .jsonKey("server_type")
          .id(ServerType::id)
          .name(ServerType::name)
          .get((c, id) -> c.serverTypes().get(id))
          .byName((c, n) -> c.serverTypes().list(ListServerTypesOptions.ALL.withName(n)))
          .list((c, r) -> c.serverTypes().list(ListServerTypesOptions.ALL))
          .view(View::new)
          .build();

  private ServerTypeCommand() {}

  public static Command create() {
    return CloudGroup.of(
        "server-type",
        "Show server types",
        List.of(
            StandardVerbs.list(
                KIND, "hzone server-type list\nhzone server-type list --sort memory:desc"),
            StandardVerbs.describe(KIND, "hzone server-type describe cpx22")));
  }

  static final class View extends CloudView<ServerType> {
    View(Clock clock) {
      super(clock);
    }

    @Override
    protected TableLayout<ServerType> layout() {
      return TableLayout.<ServerType>builder()
          .column(Column.ofLong("id", ServerType::id))
          .column(Column.of("name", ServerType::name))
          .column(Column.of("description", ServerType::description))
          .column(
              new Column<>(
                  "cores",
                  t -> number(t.cores()),
                  java.util.Comparator.comparingDouble(ServerType::cores)))
          .column(Column.of("cpu_type", t -> t.cpuType().apiValue()))
          .column(Column.of("architecture", t -> t.architecture().apiValue()))
          .column(
              new Column<>(
                  "memory",
                  t -> number(t.memory()) + " GB",
                  java.util.Comparator.comparingDouble(ServerType::memory)))
          .column(
              new Column<>(
                  "disk",
                  t -> number(t.disk()) + " GB",
                  java.util.Comparator.comparingDouble(ServerType::disk)))
          .column(Column.of("storage_type", t -> t.storageType().apiValue()))
          .column(Column.of("category", t -> t.category().orElse("-")))
          .column(
              Column.of(
                  "locations",
                  t ->
                      String.join(
                          ", ",
                          t.locations().stream()
                              .filter(ServerType.Location::available)
                              .map(ServerType.Location::name)
                              .toList())))
          .defaults(
              "id", "name", "cores", "cpu_type", "architecture", "memory", "disk", "storage_type")
          .build();
    }

    @Override
    public void describe(ServerType t, DescribeWriter d) {
      d.field("ID", Long.toString(t.id()))
          .field("Name", t.name())
          .field("Description", t.description())
          .field("Category", t.category().orElse("-"))
          .field("Cores", number(t.cores()))
          .field("CPU Type", t.cpuType().apiValue())
          .field("Architecture", t.architecture().apiValue())
          .field("Memory", number(t.memory()) + " GB")
          .field("Disk", number(t.disk()) + " GB")
          .field("Storage Type", t.storageType().apiValue());
      d.section(
          "Locations",
          s -> {
            if (t.locations().isEmpty()) {
              s.text("No locations");
            }
            for (ServerType.Location l : t.locations()) {
              s.item(
                  i -> {
                    i.field("Location", l.name())
                        .field("Available", Humanize.yesNo(l.available()))
                        .field("Recommended", Humanize.yesNo(l.recommended()));
                    l.deprecation()
                        .ifPresent(
                            dep ->
                                i.field("Deprecation announced", when(dep.announced()))
                                    .field("Unavailable after", when(dep.unavailableAfter())));
                  });
            }
          });
      prices(d, t.prices());
    }
  }
}
