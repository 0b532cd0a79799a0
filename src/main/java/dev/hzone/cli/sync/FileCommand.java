package dev.hzone.cli.sync;

import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.CommandGroup;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.TextFiles;
import dev.hzone.cli.framework.Verb;
import dev.hzone.cli.framework.VerbRunner;
import dev.hzone.dns.Names;
import dev.hzone.zonefile.Finding;
import dev.hzone.zonefile.ParsedZone;
import dev.hzone.zonefile.ReadOptions;
import dev.hzone.zonefile.SourcePosition;
import dev.hzone.zonefile.UnsupportedTypePolicy;
import dev.hzone.zonefile.ZoneFileException;
import dev.hzone.zonefile.ZoneFileReader;
import dev.hzone.zonefile.ZoneFileWriter;
import dev.hzone.zonefile.ZoneFiles;
import dev.hzone.zonefile.lint.Linter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code hzone file check|render|fmt}: zone files on disk, no API involved. */
public final class FileCommand {
  private FileCommand() {}

  /** The {@code file} command group (check, fmt, lint). */
  public static Command create() {
    return new CommandGroup(
        "file",
        "Check, render and format BIND zone files (no API calls)",
        List.of(
            new Verb(
                "check",
                "Parse and lint zone files or directories of them",
                "PATH...",
                "hzone file check zones/\nhzone file check --skip-unsupported db.example.com",
                () -> readOptions(),
                FileCommand::check),
            new Verb(
                "render",
                "Print a zone as hzone understands it, one record per line",
                "FILE",
                "hzone file render zones/example.com.zone\nhzone file render --origin example.com db.zone",
                () -> readOptions(),
                FileCommand::render),
            new Verb(
                "fmt",
                "Rewrite zone files in the canonical, Git-friendly layout",
                "PATH...",
                "hzone file fmt zones/\nhzone file fmt --check zones/   # exit 1 if a file would change",
                () ->
                    readOptions()
                        .addOption(
                            Option.builder()
                                .longOpt("check")
                                .desc(
                                    "change nothing; list the files that are not formatted and exit 1 if there are any")
                                .build()),
                FileCommand::fmt)));
  }

  private static Options readOptions() {
    return new Options()
        .addOption(
            Option.builder()
                .longOpt("origin")
                .hasArg()
                .argName("NAME")
                .desc(
                    "the zone's name, when the file has no $ORIGIN and its name does not say (one file only)")
                .build())
        .addOption(
            Option.builder()
                .longOpt("skip-unsupported")
                .desc(
                    "drop records of types the API does not take (SSHFP, NAPTR, LOC...) with a warning "
                        + "instead of failing")
                .build());
  }

  private static ZoneFileReader reader(CommandLine cl, int files) {
    ReadOptions o = ReadOptions.defaults();
    if (cl.hasOption("origin")) {
      if (files > 1) {
        throw CliException.usage("--origin applies to one file; name the files one at a time");
      }
      o = o.withOrigin(cl.getOptionValue("origin"));
    }
    if (cl.hasOption("skip-unsupported")) {
      o = o.withUnsupportedTypes(UnsupportedTypePolicy.SKIP);
    }
    return new ZoneFileReader(o);
  }

  private static List<Path> files(Invocation inv, CommandLine cl, String command, String usage) {
    List<String> args = VerbRunner.positional(cl, 1, -1, command, usage);
    List<Path> paths = new ArrayList<>();
    for (String a : args) {
      paths.add(inv.path(a));
    }
    List<Path> files;
    try {
      files = ZoneFiles.find(paths);
    } catch (IllegalArgumentException e) {
      throw CliException.data(e.getMessage());
    } catch (UncheckedIOException e) {
      throw CliException.data(e.getMessage());
    }
    if (files.isEmpty()) {
      throw CliException.data(
          "no zone files in "
              + String.join(", ", args)
              + " (zone files are named NAME.zone or db.NAME)");
    }
    return files;
  }

  /** Reads and lints one file; prints its findings; empty when it has errors. */
  private static ParsedZone readAndLint(
      Invocation inv, ZoneFileReader reader, Path file, boolean lintAsWarnings) {
    ParsedZone parsed;
    try {
      parsed = reader.read(file, display(inv, file));
    } catch (ZoneFileException e) {
      print(
          inv, withLint(e, Linter.standard(dev.hzone.dns.PublicSuffixes::knownRegistrableDomain)));
      return null;
    }
    print(inv, parsed.warnings());
    List<Finding> lint =
        Linter.standard(dev.hzone.dns.PublicSuffixes::knownRegistrableDomain).check(parsed);
    if (lintAsWarnings) {
      lint =
          lint.stream().map(f -> Finding.warning(f.position(), f.ruleId(), f.message())).toList();
    }
    print(inv, lint);
    return lint.stream().anyMatch(Finding::isError) ? null : parsed;
  }

  /**
   * The findings of a file that could not be read, with those of the lint rules on the records that
   * could: every error of the file in one run, errors first, each group in file order.
   */
  static List<Finding> withLint(ZoneFileException e, Linter linter) {
    List<Finding> all = new ArrayList<>(e.findings());
    e.partial().ifPresent(p -> all.addAll(linter.check(p)));
    List<Finding> sorted =
        new ArrayList<>(
            all.stream()
                .filter(Finding::isError)
                .sorted(dev.hzone.zonefile.FindingFormatter.ORDER)
                .toList());
    sorted.addAll(
        all.stream()
            .filter(f -> !f.isError())
            .sorted(dev.hzone.zonefile.FindingFormatter.ORDER)
            .toList());
    return sorted;
  }

  /**
   * The path as the user would write it: relative to the working directory when it is inside it.
   */
  static String display(Invocation inv, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path wd = inv.workDir().toAbsolutePath().normalize();
    return abs.startsWith(wd) && !abs.equals(wd) ? wd.relativize(abs).toString() : file.toString();
  }

  private static void print(Invocation inv, List<Finding> findings) {
    for (Finding f : findings) {
      inv.err().println(f.format());
    }
  }

  private static int check(Invocation inv, CommandLine cl) {
    List<Path> files = files(inv, cl, "file check", "PATH...");
    ZoneFileReader reader = reader(cl, files.size());
    boolean failed = false;
    Map<String, Path> zones = new HashMap<>();
    for (Path f : files) {
      ParsedZone p = readAndLint(inv, reader, f, false);
      if (p == null) {
        failed = true;
        continue;
      }
      String shown = display(inv, f);
      Path other = zones.putIfAbsent(p.zone().name(), f);
      if (other != null) {
        inv.err()
            .println(
                Finding.error(
                        SourcePosition.ofFile(shown),
                        "duplicate-zone",
                        "zone "
                            + Names.display(p.zone().name())
                            + " is also defined by "
                            + display(inv, other))
                    .format());
        failed = true;
        continue;
      }
      inv.out()
          .printf(
              "%s: ok, zone %s, %d records in %d RRSets%n",
              shown,
              Names.display(p.zone().name()),
              p.zone().recordCount(),
              p.zone().rrsets().size());
    }
    return failed ? ExitCodes.DATA : ExitCodes.OK;
  }

  private static int render(Invocation inv, CommandLine cl) {
    List<String> args = VerbRunner.positional(cl, 1, 1, "file render", "FILE");
    Path file = inv.path(args.get(0));
    if (!Files.isRegularFile(file)) {
      throw CliException.data(args.get(0) + ": no such file");
    }
    ParsedZone p = readAndLint(inv, reader(cl, 1), file, true);
    if (p == null) {
      return ExitCodes.DATA;
    }
    inv.out().print(new ZoneFileWriter().render(p.zone()));
    return ExitCodes.OK;
  }

  private static int fmt(Invocation inv, CommandLine cl) {
    List<Path> files = files(inv, cl, "file fmt", "[--check] PATH...");
    ZoneFileReader reader = reader(cl, files.size());
    boolean check = cl.hasOption("check");
    boolean failed = false;
    boolean unformatted = false;
    for (Path f : files) {
      ParsedZone p = readAndLint(inv, reader, f, true);
      if (p == null) {
        failed = true;
        continue;
      }
      String shown = display(inv, f);
      if (p.positions().values().stream().anyMatch(pos -> !pos.file().equals(shown))) {
        inv.err()
            .println(
                shown
                    + ": uses $INCLUDE; fmt would copy the included records into it, so it is left as "
                    + "it is");
        continue;
      }
      String formatted = new ZoneFileWriter().format(p.zone(), p.header());
      String current;
      try {
        current = Files.readString(f, StandardCharsets.UTF_8);
      } catch (IOException e) {
        current = null; // not valid UTF-8 (or unreadable): rewrite it
      }
      if (formatted.equals(current)) {
        continue;
      }
      unformatted = true;
      if (check) {
        inv.out().println(shown);
      } else {
        TextFiles.write(f, formatted);
        inv.err().println("formatted " + shown);
      }
    }
    if (failed) {
      return ExitCodes.DATA;
    }
    return check && unformatted ? ExitCodes.FAILED : ExitCodes.OK;
  }
}
