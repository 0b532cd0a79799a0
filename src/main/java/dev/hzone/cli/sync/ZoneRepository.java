package dev.hzone.cli.sync;

import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.sync.config.ConfigException;
import dev.hzone.sync.config.DesiredZones;
import dev.hzone.sync.config.PathRules;
import dev.hzone.sync.config.SyncConfig;
import dev.hzone.sync.config.SyncConfigReader;
import dev.hzone.zonefile.Finding;
import dev.hzone.zonefile.ParsedZone;
import dev.hzone.zonefile.ReadOptions;
import dev.hzone.zonefile.UnsupportedTypePolicy;
import dev.hzone.zonefile.ZoneFileException;
import dev.hzone.zonefile.ZoneFileReader;
import dev.hzone.zonefile.ZoneFiles;
import dev.hzone.zonefile.lint.Linter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A repository of zones as {@code plan} and {@code apply} read it: the zone files among the paths
 * given (default {@code zones/}) and the {@code hzone.toml} beside them (or {@code --config}).
 * Every file is parsed and linted and the settings checked before anything is asked of the API; all
 * problems are printed as {@code FILE:LINE: message}, and any error stops the command with exit
 * code 65.
 */
final class ZoneRepository {
  private ZoneRepository() {}

  /**
   * The desired zones.
   *
   * @param args the paths given on the command line (empty for {@code zones/})
   * @param config {@code --config FILE}, if given
   * @param skipUnsupported {@code --skip-unsupported}: drop record types the API lacks, with a
   *     warning
   */
  static DesiredZones.Result load(
      Invocation inv, List<String> args, Optional<String> config, boolean skipUnsupported) {
    List<Path> paths = new ArrayList<>();
    for (String a : args.isEmpty() ? List.of("zones") : args) {
      paths.add(inv.path(a));
    }
    List<Path> files;
    try {
      files = ZoneFiles.find(paths);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw CliException.data(e.getMessage());
    }
    SyncConfig settings = settings(inv, paths, config);
    ReadOptions options = ReadOptions.defaults();
    if (skipUnsupported) {
      options = options.withUnsupportedTypes(UnsupportedTypePolicy.SKIP);
    }
    ZoneFileReader reader = new ZoneFileReader(options);
    Linter linter = Linter.standard(dev.hzone.dns.PublicSuffixes::knownRegistrableDomain);
    List<DesiredZones.ZoneSource> sources = new ArrayList<>();
    int broken = 0;
    for (Path f : files) {
      String shown = FileCommand.display(inv, f);
      try {
        ParsedZone parsed = reader.read(f, shown);
        print(inv, parsed.warnings());
        List<Finding> lint = linter.check(parsed);
        print(inv, lint);
        if (lint.stream().anyMatch(Finding::isError)) {
          broken++;
          continue;
        }
        sources.add(new DesiredZones.ZoneSource(parsed.zone(), shown));
      } catch (ZoneFileException e) {
        print(inv, FileCommand.withLint(e, linter));
        broken++;
      }
    }
    if (broken > 0) {
      throw CliException.data(
          broken
              + (broken == 1 ? " zone file has" : " zone files have")
              + " errors (above); nothing was sent to the API");
    }
    if (files.isEmpty() && settings.secondaryZones().isEmpty()) {
      throw CliException.data(
          "no zone files in "
              + String.join(", ", args.isEmpty() ? List.of("zones") : args)
              + " (zone files are named NAME.zone or db.NAME)");
    }
    try {
      DesiredZones.Result r = DesiredZones.of(sources, settings, List.of());
      for (String w : r.warnings()) {
        inv.warn(w);
      }
      return r;
    } catch (DesiredZones.DesiredZonesException e) {
      for (String p : e.problems()) {
        // The settings file as the user would name it, like the zone files.
        inv.err()
            .println(
                settings
                    .source()
                    .map(f -> p.replace(f.toString(), FileCommand.display(inv, f.toAbsolutePath())))
                    .orElse(p));
      }
      throw CliException.data(
          "the zone files and "
              + SyncConfigReader.FILE_NAME
              + " disagree (above); nothing "
              + "was sent to the API");
    }
  }

  /**
   * The settings: {@code --config}, else the one {@code hzone.toml} beside the paths, else none.
   */
  private static SyncConfig settings(Invocation inv, List<Path> paths, Optional<String> config) {
    Path file;
    if (config.isPresent()) {
      file = inv.path(config.get());
      if (!Files.isRegularFile(file)) {
        throw CliException.data("--config " + config.get() + ": no such file");
      }
    } else {
      Set<Path> found = new LinkedHashSet<>();
      for (Path p : paths) {
        Path dir = Files.isDirectory(p) ? p : p.toAbsolutePath().getParent();
        if (dir != null && Files.exists(dir.resolve(SyncConfigReader.FILE_NAME))) {
          Path candidate = dir.resolve(SyncConfigReader.FILE_NAME);
          if (!PathRules.resolvesInside(dir, candidate)) {
            // As for zone files: a link planted in a pull request must not make hzone read any
            // file.
            throw CliException.data(
                FileCommand.display(inv, candidate.toAbsolutePath())
                    + ": not a regular"
                    + " file inside "
                    + FileCommand.display(inv, dir.toAbsolutePath())
                    + " (a link out of the zone"
                    + " directory?); hzone reads "
                    + SyncConfigReader.FILE_NAME
                    + " only from inside it");
          }
          found.add(candidate.toAbsolutePath().normalize());
        }
      }
      if (found.isEmpty()) {
        return SyncConfig.EMPTY;
      }
      if (found.size() > 1) {
        throw CliException.usage(
            "several "
                + SyncConfigReader.FILE_NAME
                + " files apply ("
                + found
                + "); sync one zone directory at a time or pass --config FILE");
      }
      file = found.iterator().next();
    }
    try {
      SyncConfig read = new SyncConfigReader().read(file);
      Path dir = file.toAbsolutePath().normalize().getParent();
      for (String w : read.warnings()) {
        inv.warnOnce(dir == null ? w : w.replace(dir + java.io.File.separator, shownDir(inv, dir)));
      }
      return read;
    } catch (ConfigException e) {
      String msg = e.getMessage();
      Path abs = e.file().toAbsolutePath();
      String shown = FileCommand.display(inv, abs);
      throw CliException.data(
          msg.startsWith(e.file().toString())
              ? shown + msg.substring(e.file().toString().length())
              : msg);
    }
  }

  /**
   * {@code dir} as a prefix the user can paste from the working directory ({@code ""} for the
   * directory itself).
   */
  private static String shownDir(Invocation inv, Path dir) {
    return dir.equals(inv.workDir().toAbsolutePath().normalize())
        ? ""
        : FileCommand.display(inv, dir) + java.io.File.separator;
  }

  private static void print(Invocation inv, List<Finding> findings) {
    for (Finding f : findings) {
      inv.err().println(f.format());
    }
  }
}
