package dev.hzone.cli.cloud;

import dev.hzone.api.cloud.Architecture;
import dev.hzone.api.cloud.Image;
import dev.hzone.api.cloud.ListImagesOptions;
import dev.hzone.api.cloud.UpdateImageOptions;
import dev.hzone.cli.framework.Column;
import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.DescribeWriter;
import dev.hzone.cli.framework.Humanize;
import dev.hzone.cli.framework.TableLayout;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;

/**
 * {@code hzone image ...}: system images, apps, snapshots and backups. Images are made by {@code
 * hzone server create-image} and by backups; here they are listed, described, renamed, turned from
 * backup into snapshot, protected and deleted.
 */
public final class ImageCommand {
  private static final List<String> TYPES = List.of("system", "app", "snapshot", "backup");
  private static final List<String> ARCHITECTURES = List.of("x86", "arm");

  static final CloudResource<Image> KIND =
      CloudResource.<Image>builder("image", "image")
          .jsonKey("image")
          .id(Image::id)
          .optionalName(Image::name)
          .get((c, id) -> c.images().get(id))
          .byName(ImageCommand::byName)
          .list((c, r) -> c.images().list(filters(r.options(), r.selector())))
          .labels(
              Image::labels,
              (c, id, l) -> c.images().update(id, UpdateImageOptions.of().withLabels(l)))
          .delete(
              (c, id) -> {
                c.images().delete(id);
                return Optional.empty();
              })
          .protection(
              (c, image, levels, on) -> c.images().changeProtection(image.id(), on), "delete")
          .view(View::new)
          .build();

  private ImageCommand() {}

  public static Command create() {
    return CloudGroup.of(
        "image",
        "Manage images (system images, snapshots, backups)",
        List.of(
            StandardVerbs.list(
                KIND,
                """
            hzone image list --type system --architecture arm
            hzone image list --type snapshot --selector env=prod""",
                () ->
                    Opts.of(
                        Opts.multi(
                            "type",
                            "TYPE",
                            "only images of this type: " + String.join(", ", TYPES)),
                        Opts.opt("architecture", "x86|arm", "only images for this architecture"),
                        Opts.flag("include-deprecated", "also list deprecated images"))),
            StandardVerbs.describe(
                KIND, "hzone image describe ubuntu-24.04\nhzone image describe 4711 -o json"),
            StandardVerbs.update(
                KIND,
                """
            hzone image update 4711 --description 'web before upgrade'
            hzone image update 4711 --type snapshot     # keep a backup as a snapshot""",
                () ->
                    Opts.of(
                        Opts.opt("description", "TEXT", "the new description"),
                        Opts.opt("type", "snapshot", "turn a backup into a snapshot")),
                (inv, cl) -> {
                  UpdateImageOptions o = UpdateImageOptions.of();
                  if (cl.hasOption("description")) {
                    o = o.withDescription(cl.getOptionValue("description"));
                  }
                  return Args.apiEnum(cl, "type", UpdateImageOptions.Type.class)
                      .map(o::withType)
                      .orElse(o);
                },
                (c, image, u) -> c.images().update(image.id(), u)),
            StandardVerbs.delete(KIND, "hzone image delete 4711"),
            LabelVerbs.addLabel(KIND),
            LabelVerbs.removeLabel(KIND),
            LabelVerbs.enableProtection(KIND),
            LabelVerbs.disableProtection(KIND)));
  }

  /**
   * The images of a name. System images have one per architecture under the same name; like the
   * hcloud CLI, the name then means the x86 one (give the id for the other).
   */
  private static List<Image> byName(dev.hzone.api.HcloudClient c, String name) {
    List<Image> all = c.images().list(ListImagesOptions.ALL.withName(name));
    List<Image> x86 = all.stream().filter(i -> i.architecture() == Architecture.X86).toList();
    return all.size() > 1 && x86.size() == 1 ? x86 : all;
  }

  private static ListImagesOptions filters(CommandLine cl, Optional<String> selector) {
    ListImagesOptions o =
        selector.map(ListImagesOptions.ALL::withLabelSelector).orElse(ListImagesOptions.ALL);
    List<String> types =
        Args.values(cl, "type").stream().map(t -> Args.choice(t, "--type", TYPES)).toList();
    if (!types.isEmpty()) {
      o = o.withType(types.toArray(String[]::new));
    }
    if (cl.hasOption("architecture")) {
      o =
          o.withArchitecture(
              Args.choice(cl.getOptionValue("architecture"), "--architecture", ARCHITECTURES));
    }
    if (cl.hasOption("include-deprecated")) {
      o = o.withIncludeDeprecated(true);
    }
    return o;
  }

  static final class View extends CloudView<Image> {
    View(Clock clock) {
      super(clock);
    }

    @Override
    protected TableLayout<Image> layout() {
      return TableLayout.<Image>builder()
          .column(Column.ofLong("id", Image::id))
          .column(Column.of("type", i -> i.type().apiValue()))
          .column(optional("name", Image::name))
          .column(Column.of("description", Image::description))
          .column(Column.of("architecture", i -> i.architecture().apiValue()))
          .column(
              new Column<>(
                  "image_size",
                  i -> i.imageSize().map(s -> number(s) + " GB").orElse("-"),
                  Comparator.comparingDouble(i -> i.imageSize().orElse(0d))))
          .column(
              new Column<>(
                  "disk_size",
                  i -> number(i.diskSize()) + " GB",
                  Comparator.comparingDouble(Image::diskSize)))
          .column(Column.of("status", i -> i.status().apiValue()))
          .column(Column.of("os_flavor", i -> i.osFlavor().apiValue()))
          .column(optional("os_version", Image::osVersion))
          .column(
              Column.of(
                  "created_from",
                  i -> i.createdFrom().map(f -> f.name() + " (" + f.id() + ")").orElse("-")))
          .column(Column.of("bound_to", i -> i.boundTo().map(String::valueOf).orElse("-")))
          .column(Column.of("rapid_deploy", i -> Humanize.yesNo(i.rapidDeploy().orElse(false))))
          .column(Column.of("protection", i -> i.protection().delete() ? "delete" : "-"))
          .column(
              Column.of(
                  "deprecated",
                  i -> i.deprecated().map(t -> Humanize.datetime(t, clock.getZone())).orElse("-")))
          .column(labels(Image::labels))
          .column(age(Image::created))
          .column(created(Image::created))
          .defaults(
              "id", "type", "name", "description", "architecture", "image_size", "disk_size", "age")
          .build();
    }

    @Override
    public void describe(Image i, DescribeWriter d) {
      d.field("ID", Long.toString(i.id()))
          .field("Type", i.type().apiValue())
          .field("Status", i.status().apiValue())
          .field("Name", i.name().orElse("-"))
          .field("Description", i.description())
          .field("Created", when(i.created()))
          .field("Image size", i.imageSize().map(s -> number(s) + " GB").orElse("-"))
          .field("Disk size", number(i.diskSize()) + " GB")
          .field("OS flavor", i.osFlavor().apiValue())
          .field("OS version", i.osVersion().orElse("-"))
          .field("Architecture", i.architecture().apiValue())
          .field("Rapid deploy", Humanize.yesNo(i.rapidDeploy().orElse(false)))
          .field("Deprecated", when(i.deprecated()));
      i.createdFrom()
          .ifPresent(f -> d.field("Created from", f.name() + " (server " + f.id() + ")"));
      i.boundTo().ifPresent(b -> d.field("Bound to", "server " + b));
      d.section("Protection", s -> s.field("Delete", Humanize.yesNo(i.protection().delete())));
      d.labels(i.labels());
    }
  }
}
