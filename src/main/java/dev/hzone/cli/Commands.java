package dev.hzone.cli;

import dev.hzone.cli.acme.AcmeCommand;
import dev.hzone.cli.cloud.ActionCommand;
import dev.hzone.cli.cloud.CertificateCommand;
import dev.hzone.cli.cloud.DatacenterCommand;
import dev.hzone.cli.cloud.FirewallCommand;
import dev.hzone.cli.cloud.FloatingIpCommand;
import dev.hzone.cli.cloud.ImageCommand;
import dev.hzone.cli.cloud.IsoCommand;
import dev.hzone.cli.cloud.LoadBalancerCommand;
import dev.hzone.cli.cloud.LoadBalancerTypeCommand;
import dev.hzone.cli.cloud.LocationCommand;
import dev.hzone.cli.cloud.NetworkCommand;
import dev.hzone.cli.cloud.PlacementGroupCommand;
import dev.hzone.cli.cloud.PricingCommand;
import dev.hzone.cli.cloud.PrimaryIpCommand;
import dev.hzone.cli.cloud.ServerCommand;
import dev.hzone.cli.cloud.ServerTypeCommand;
import dev.hzone.cli.cloud.SshKeyCommand;
import dev.hzone.cli.cloud.VolumeCommand;
import dev.hzone.cli.framework.Command;
import dev.hzone.cli.metadata.MetadataCommand;
import dev.hzone.cli.migrate.MigrateCommand;
import dev.hzone.cli.sync.ApplyCommand;
import dev.hzone.cli.sync.FileCommand;
import dev.hzone.cli.sync.PlanCommand;
import dev.hzone.cli.sync.PullCommand;
import dev.hzone.cli.zone.RecordCommand;
import dev.hzone.cli.zone.ZoneCommand;
import java.util.List;

/** Every top-level command, in the order {@code hzone --help} lists them. */
final class Commands {
  private Commands() {}

  static List<Command> all() {
    return List.of(
        FileCommand.create(),
        PlanCommand.create(),
        ApplyCommand.create(),
        PullCommand.create(),
        AcmeCommand.create(),
        VersionCommand.create(),
        ContextCommand.create(),
        EmulatorCommand.create(),
        ZoneCommand.create(),
        RecordCommand.create(),
        MigrateCommand.create(),
        ServerCommand.create(),
        ServerTypeCommand.create(),
        ImageCommand.create(),
        VolumeCommand.create(),
        NetworkCommand.create(),
        FirewallCommand.create(),
        LoadBalancerCommand.create(),
        LoadBalancerTypeCommand.create(),
        FloatingIpCommand.create(),
        PrimaryIpCommand.create(),
        SshKeyCommand.create(),
        CertificateCommand.create(),
        LocationCommand.create(),
        DatacenterCommand.create(),
        PlacementGroupCommand.create(),
        IsoCommand.create(),
        ActionCommand.create(),
        PricingCommand.create(),
        MetadataCommand.create(),
        CompletionCommand.create());
  }
}
