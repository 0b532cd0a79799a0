package dev.hzone.cli;

import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.LeafCommand;
import dev.hzone.cli.framework.Verb;
import dev.hzone.cli.framework.Version;
import org.apache.commons.cli.Options;

/** {@code hzone version}: the version of this build. */
final class VersionCommand {
  private VersionCommand() {}

  static Command create() {
    return new LeafCommand(
        new Verb(
            "version",
            "Print hzone's version",
            "",
            "hzone version",
            Options::new,
            (inv, cl) -> {
              inv.out().println("hzone " + Version.current());
              return ExitCodes.OK;
            }));
  }
}
