package dev.hzone.cli;

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
        MigrateCommand.create());
  }
}
