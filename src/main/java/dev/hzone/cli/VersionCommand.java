package dev.hzone.cli;

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
