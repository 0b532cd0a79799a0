package dev.hzone.cli.cloud;

import dev.hzone.api.HcloudClient;
import dev.hzone.api.cloud.CreateVolumeOptions;
import dev.hzone.api.cloud.CreateVolumeResult;
import dev.hzone.api.cloud.ListVolumesOptions;
import dev.hzone.api.cloud.UpdateVolumeOptions;
import dev.hzone.api.cloud.Volume;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.ClientFactory;
import dev.hzone.cli.framework.Column;
import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.DescribeWriter;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.Humanize;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.TableLayout;
import dev.hzone.cli.framework.Verb;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;

/** {@code hzone volume ...}: block storage, attached to one server at a time. */
public final class VolumeCommand {
  /** The API's volume sizes, in GB. */
  static final long MIN_SIZE = 10;

  static final long MAX_SIZE = 10240;

  static final CloudResource<Volume> KIND =
      CloudResource.<Volume>builder("volume", "volume")
          .jsonKey("volume")
          .id(Volume::id)
          .name(Volume::name)
          .get((c, id) -> c.volumes().get(id))
          .byName((c, n) -> c.volumes().list(ListVolumesOptions.ALL.withName(n)))
          .list(
              (c, r) ->
                  c.volumes()
                      .list(
                          r.selector()
                              .map(ListVolumesOptions.ALL::withLabelSelector)
                              .orElse(ListVolumesOptions.ALL)))
          .labels(
              Volume::labels,
              (c, id, l) -> c.volumes().update(id, UpdateVolumeOptions.of().withLabels(l)))
          .delete(
              (c, id) -> {
                c.volumes().delete(id);
                return Optional.empty();
              })
          .protection((c, v, levels, on) -> c.volumes().changeProtection(v.id(), on), "delete")
          .view(View::new)
          .build();

  private VolumeCommand() {}

  public static Command create() {
    return CloudGroup.of(
        "volume",
        "Manage volumes",
        List.of(
            StandardVerbs.list(
                KIND,
                "hzone volume list\nhzone volume list -o columns=name,size,server,linux_device"),
            StandardVerbs.describe(KIND, "hzone volume describe data"),
            new Verb(
                "create",
                "Create a volume, in a location or attached to a server",
                "",
                """
            hzone volume create --name data --size 50 --location fsn1
            hzone volume create --name data --size 50 --server web --automount --format ext4""",
                () ->
                    Opts.write(
                        Opts.of(
                            Opts.req("name", "NAME", "the volume's name"),
                            Opts.req(
                                "size", "GB", "its size, " + MIN_SIZE + " to " + MAX_SIZE + " GB"),
                            Opts.opt(
                                "location",
                                "LOCATION",
                                "where to create it (needed without --server)"),
                            Opts.opt(
                                "server",
                                "SERVER",
                                "attach it to this server (created in the server's location)"),
                            Opts.flag("automount", "mount it on the server (needs --server)"),
                            Opts.opt("format", "xfs|ext4", "create a file system on it"),
                            Opts.label())),
                VolumeCommand::create),
            StandardVerbs.update(
                KIND,
                "hzone volume update data --name backups",
                () -> Opts.of(Opts.opt("name", "NAME", "the new name")),
                (inv, cl) -> UpdateVolumeOptions.of().withName(cl.getOptionValue("name")),
                (c, v, u) -> c.volumes().update(v.id(), u)),
            StandardVerbs.delete(KIND, "hzone volume delete data"),
            LabelVerbs.addLabel(KIND),
            LabelVerbs.removeLabel(KIND),
            LabelVerbs.enableProtection(KIND),
            LabelVerbs.disableProtection(KIND),
            ActionVerb.on(KIND, "attach")
                .summary("Attach a volume to a server")
                .examples(
                    "hzone volume attach data --server web\nhzone volume attach data --server web --automount")
                .options(
                    () ->
                        Opts.of(
                            Opts.req("server", "SERVER", "the server (id or name)"),
                            Opts.flag("automount", "mount it on the server")))
                .call(
                    (c, v, a) ->
                        Outcome.of(
                            c.volumes()
                                .attach(
                                    v.id(),
                                    StandardVerbs.idOf(
                                        ServerCommand.KIND, c, a.cl().getOptionValue("server")),
                                    a.cl().hasOption("automount"))))
                .done(
                    (v, a) ->
                        "Volume "
                            + v.name()
                            + " attached to server "
                            + a.cl().getOptionValue("server"))
                .build(),
            ActionVerb.on(KIND, "detach")
                .summary("Detach a volume from its server")
                .examples("hzone volume detach data")
                .call(
                    (c, v, a) -> {
                      if (v.server().isEmpty()) {
                        throw CliException.failed(
                            "volume " + v.name() + " is not attached to a server");
                      }
                      return Outcome.of(c.volumes().detach(v.id()));
                    })
                .done((v, a) -> "Volume " + v.name() + " detached")
                .build(),
            ActionVerb.on(KIND, "resize")
                .summary("Make a volume larger (volumes never shrink)")
                .examples("hzone volume resize data --size 100")
                .options(
                    () ->
                        Opts.of(Opts.req("size", "GB", "the new size, up to " + MAX_SIZE + " GB")))
                .input(a -> Args.requiredNumber(a.cl(), "size", MIN_SIZE, MAX_SIZE))
                .call(
                    (c, v, size) -> {
                      if (size <= v.size()) {
                        throw CliException.usage(
                            "--size "
                                + size
                                + ": volume "
                                + v.name()
                                + " has "
                                + CloudView.number(v.size())
                                + " GB already, and volumes can only grow");
                      }
                      return Outcome.of(c.volumes().resize(v.id(), size));
                    })
                .done((v, size) -> "Volume " + v.name() + " resized to " + size + " GB")
                .build()));
  }

  private static int create(Invocation inv, CommandLine cl) {
    Args.positional(cl, 0, 0, "volume create", "");
    long size = Args.requiredNumber(cl, "size", MIN_SIZE, MAX_SIZE);
    if (cl.hasOption("location") == cl.hasOption("server")) {
      throw CliException.usage(
          "give exactly one of --location (a detached volume) or --server (attached to it)");
    }
    if (cl.hasOption("automount") && !cl.hasOption("server")) {
      throw CliException.usage(
          "--automount needs --server: only an attached volume can be mounted");
    }
    CreateVolumeOptions o = CreateVolumeOptions.of(size, cl.getOptionValue("name"));
    o = Args.choice(cl, "format", List.of("xfs", "ext4")).map(o::withFormat).orElse(o);
    o = Args.labels(cl).map(o::withLabels).orElse(o);
    if (cl.hasOption("automount")) {
      o = o.withAutomount(true);
    }
    HcloudClient client = ClientFactory.client(inv);
    if (cl.hasOption("location")) {
      o = o.withLocation(cl.getOptionValue("location"));
    } else {
      o = o.withServer(StandardVerbs.idOf(ServerCommand.KIND, client, cl.getOptionValue("server")));
    }
    CreateVolumeResult r = client.volumes().create(o);
    List<dev.hzone.api.cloud.Action> actions = new ArrayList<>();
    actions.add(r.action());
    actions.addAll(r.nextActions());
    StandardVerbs.finishCreate(inv, cl, KIND, client, r.volume(), Outcome.of(actions));
    return ExitCodes.OK;
  }

  static final class View extends CloudView<Volume> {
    View(Clock clock) {
      super(clock);
    }

    @Override
    protected TableLayout<Volume> layout() {
      return TableLayout.<Volume>builder()
          .column(Column.ofLong("id", Volume::id))
          .column(Column.of("name", Volume::name))
          .column(
              new Column<>(
                  "size", v -> number(v.size()) + " GB", Comparator.comparingDouble(Volume::size)))
          .column(Column.of("server", v -> v.server().map(String::valueOf).orElse("-")))
          .column(Column.of("location", v -> v.location().name()))
          .column(Column.of("status", v -> v.status().apiValue()))
          .column(Column.of("linux_device", Volume::linuxDevice))
          .column(Column.of("format", v -> v.format().orElse("-")))
          .column(Column.of("protection", v -> v.protection().delete() ? "delete" : "-"))
          .column(labels(Volume::labels))
          .column(age(Volume::created))
          .column(created(Volume::created))
          .defaults("id", "name", "size", "server", "location", "age")
          .build();
    }

    @Override
    public void describe(Volume v, DescribeWriter d) {
      d.field("ID", Long.toString(v.id()))
          .field("Name", v.name())
          .field("Created", when(v.created()))
          .field("Size", number(v.size()) + " GB")
          .field("Linux Device", v.linuxDevice())
          .field("Status", v.status().apiValue())
          .field("Format", v.format().orElse("-"))
          .field("Server", v.server().map(String::valueOf).orElse("not attached"));
      location(d, "Location", v.location());
      d.section("Protection", s -> s.field("Delete", Humanize.yesNo(v.protection().delete())));
      d.labels(v.labels());
    }
  }
}
