package dev.hzone.cli.cloud;

import dev.hzone.api.cloud.Architecture;
import dev.hzone.api.cloud.Iso;
import dev.hzone.api.cloud.ListIsosOptions;
import dev.hzone.cli.framework.Column;
import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.DescribeWriter;
import dev.hzone.cli.framework.TableLayout;
import java.time.Clock;
import java.util.List;

/**
 * {@code hzone iso list|describe}: ISO images a server can boot from ({@code hzone server
 * attach-iso}).
 */
public final class IsoCommand {
  static final CloudResource<Iso> KIND =
      CloudResource.<Iso>builder("iso", "ISO")
          .jsonKey("iso")
          .id(Iso::id)
          .optionalName(Iso::name)
          .get((c, id) -> c.isos().get(id))
          .byName((c, n) -> c.isos().list(ListIsosOptions.ALL.withName(n)))
          .list(
              (c, r) -> {
                ListIsosOptions o = ListIsosOptions.ALL;
                if (r.options().hasOption("architecture")) {
                  o =
                      o.withArchitecture(
                              Args.choice(
                                  r.options().getOptionValue("architecture"),
                                  "--architecture",
                                  List.of("x86", "arm")))
                          .withIncludeArchitectureWildcard(true);
                }
                return c.isos().list(o);
              })
          .view(View::new)
          .build();

  private IsoCommand() {}

  public static Command create() {
    return CloudGroup.of(
        "iso",
        "Show ISO images",
        List.of(
            StandardVerbs.list(
                KIND,
                "hzone iso list\nhzone iso list --architecture arm",
                () ->
                    Opts.of(
                        Opts.opt(
                            "architecture",
                            "x86|arm",
                            "only ISOs for this architecture (and those for any)"))),
            StandardVerbs.describe(KIND, "hzone iso describe virtio-win-0.1.248.iso")));
  }

  static final class View extends CloudView<Iso> {
    View(Clock clock) {
      super(clock);
    }

    @Override
    protected TableLayout<Iso> layout() {
      return TableLayout.<Iso>builder()
          .column(Column.ofLong("id", Iso::id))
          .column(optional("name", Iso::name))
          .column(Column.of("description", Iso::description))
          .column(Column.of("type", i -> i.type().map(Iso.Type::apiValue).orElse("-")))
          .column(
              Column.of(
                  "architecture", i -> i.architecture().map(Architecture::apiValue).orElse("any")))
          .defaults("id", "name", "description", "type", "architecture")
          .build();
    }

    @Override
    public void describe(Iso i, DescribeWriter d) {
      d.field("ID", Long.toString(i.id()))
          .field("Name", i.name().orElse("-"))
          .field("Description", i.description())
          .field("Type", i.type().map(Iso.Type::apiValue).orElse("-"))
          .field("Architecture", i.architecture().map(Architecture::apiValue).orElse("any"));
      i.deprecation()
          .ifPresent(
              dep ->
                  d.section(
                      "Deprecation",
                      s ->
                          s.field("Announced", when(dep.announced()))
                              .field("Unavailable after", when(dep.unavailableAfter()))));
    }
  }
}
