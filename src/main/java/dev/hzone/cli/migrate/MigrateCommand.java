package dev.hzone.cli.migrate;

import dev.hzone.axfr.AxfrLimits;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.CommandGroup;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.TextFiles;
import dev.hzone.cli.framework.Verb;
import dev.hzone.cli.framework.VerbRunner;
import dev.hzone.migrate.Conversion;
import dev.hzone.migrate.ConversionOptions;
import dev.hzone.migrate.ExportData;
import dev.hzone.migrate.ExportReader;
import dev.hzone.migrate.MigrationHeader;
import dev.hzone.migrate.MigrationNote;
import dev.hzone.migrate.MigrationReport;
import dev.hzone.migrate.MigrationVerifier;
import dev.hzone.migrate.NameserverClient;
import dev.hzone.migrate.ServerAddress;
import dev.hzone.migrate.SourceRecord;
import dev.hzone.migrate.VerificationReport;
import dev.hzone.migrate.ZoneConverter;
import dev.hzone.migrate.ZoneTransferClient;
import dev.hzone.tsig.SecretFileMode;
import dev.hzone.tsig.TsigKey;
import dev.hzone.tsig.TsigKeyReader;
import dev.hzone.zonefile.ZoneFileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.xbill.DNS.Record;

/**
 * {@code hzone migrate axfr|file|verify}: bring a zone from another DNS host (by zone transfer or
 * from an export file), convert it for Hetzner, write it as a canonical zone file, apply it, and
 * prove that Hetzner's nameservers answer as the old host does.
 */
public final class MigrateCommand {
  private static final Duration DEFAULT_TRANSFER_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(3);

  private MigrateCommand() {}

  /** The {@code migrate} command group. */
  public static Command create() {
    return new CommandGroup(
        "migrate",
        "Move a zone to Hetzner from another DNS host, and verify it",
        List.of(
            new Verb(
                "axfr",
                "Transfer a zone from its current primary and convert it for Hetzner",
                "--from HOST[:PORT] --zone NAME [--tsig-file FILE] [--out FILE] [--apply [--yes]]",
                "hzone migrate axfr --from ns1.oldhost.net --zone example.com --tsig-file xfer.key "
                    + "--out zones/example.com.zone\n"
                    + "hzone migrate axfr --from 192.0.2.53:5353 --zone example.com > example.com.zone\n"
                    + "hzone migrate axfr --from ns1.oldhost.net --zone example.com --tsig-file xfer.key "
                    + "--out zones/example.com.zone --apply",
                () ->
                    outputOptions(
                            transferOptions(
                                new Options()
                                    .addOption(
                                        required(
                                            "from",
                                            "HOST[:PORT]",
                                            "the server to transfer the zone from (port 53 by "
                                                + "default)"))))
                        .addOption(required("zone", "NAME", "the zone to migrate")),
                MigrateCommand::axfr),
            new Verb(
                "file",
                "Convert another host's zone-file export (Cloudflare, Route 53 via cli53, registrars)",
                "FILE --zone NAME [--out FILE] [--apply [--yes]]",
                "hzone migrate file cloudflare-export.txt --zone example.com --out zones/example.com.zone\n"
                    + "cli53 export example.com | hzone migrate file - --zone example.com\n"
                    + "hzone --local migrate file export.txt --zone example.com --out zones/example.com.zone --apply --yes",
                () ->
                    outputOptions(new Options())
                        .addOption(required("zone", "NAME", "the zone the export is of")),
                MigrateCommand::file),
            new Verb(
                "verify",
                "Ask the old host and Hetzner's nameservers the same questions and compare",
                "--zone NAME --old HOST[:PORT] [--nameserver HOST:PORT]...",
                "hzone migrate verify --zone example.com --old ns1.oldhost.net --tsig-file xfer.key\n"
                    + "hzone migrate verify --zone example.com --old 192.0.2.53 --file cloudflare-export.txt",
                MigrateCommand::verifyOptions,
                MigrateCommand::verify)));
  }

  private static Option required(String name, String arg, String desc) {
    return Option.builder().longOpt(name).hasArg().argName(arg).desc(desc + " (required)").build();
  }

  private static Options transferOptions(Options o) {
    return o.addOption(
            Option.builder()
                .longOpt("tsig-file")
                .hasArg()
                .argName("FILE")
                .desc(
                    "TSIG key for the transfer: BIND's key \"NAME\" { algorithm ...; secret \"...\"; }; or "
                        + "ALGORITHM:NAME:SECRET")
                .build())
        .addOption(
            Option.builder()
                .longOpt("timeout")
                .hasArg()
                .argName("SECONDS")
                .desc("the most the zone transfer may take (default 60)")
                .build())
        .addOption(
            Option.builder()
                .longOpt("max-records")
                .hasArg()
                .argName("N")
                .desc(
                    "refuse a transfer of more than N records (default "
                        + AxfrLimits.DEFAULT_MAX_RECORDS
                        + ")")
                .build());
  }

  /** The transfer's time and record limits from --timeout and --max-records. */
  private static AxfrLimits limits(CommandLine cl) {
    AxfrLimits limits =
        AxfrLimits.defaults().withTimeout(seconds(cl, "timeout", DEFAULT_TRANSFER_TIMEOUT));
    if (!cl.hasOption("max-records")) {
      return limits;
    }
    String v = cl.getOptionValue("max-records");
    try {
      int n = Integer.parseInt(v.trim());
      if (n >= 1) {
        return limits.withMaxRecords(n);
      }
    } catch (NumberFormatException e) {
      // the usage error below says it
    }
    throw CliException.usage(
        "--max-records takes a whole number of records (at least 1), not '" + v + "'");
  }

  private static Options outputOptions(Options o) {
    return o.addOption(
            Option.builder()
                .longOpt("out")
                .hasArg()
                .argName("FILE")
                .desc("write the zone file here (default: standard output, unless --apply)")
                .build())
        .addOption(
            Option.builder()
                .longOpt("apply")
                .desc(
                    "then create the zone at Hetzner (or change it) through the same plan and apply as "
                        + "'hzone apply'")
                .build())
        .addOption(
            Option.builder()
                .longOpt("yes")
                .desc("with --apply: do not ask before changing anything")
                .build());
  }

  private static Options verifyOptions() {
    return transferOptions(new Options())
        .addOption(required("zone", "NAME", "the zone to verify"))
        .addOption(required("old", "HOST[:PORT]", "the old host's nameserver"))
        .addOption(
            Option.builder()
                .longOpt("nameserver")
                .hasArg()
                .argName("HOST[:PORT]")
                .desc(
                    "a new nameserver to ask (repeatable); default: the zone's nameservers assigned by Hetzner")
                .build())
        .addOption(
            Option.builder()
                .longOpt("file")
                .hasArg()
                .argName("FILE")
                .desc("take the questions from this export instead of a zone transfer from --old")
                .build())
        .addOption(
            Option.builder()
                .longOpt("query-timeout")
                .hasArg()
                .argName("SECONDS")
                .desc("how long to wait for each answer (default 3)")
                .build());
  }

  private static int axfr(Invocation inv, CommandLine cl) {
    VerbRunner.positional(cl, 0, 0, "migrate axfr", "--from HOST[:PORT] --zone NAME");
    String zone = zoneOption(cl, "migrate axfr");
    ServerAddress from = address(cl, "from", "migrate axfr");
    Optional<TsigKey> key = tsigKey(inv, cl);
    AxfrLimits limits = limits(cl);
    Optional<MigrationTarget> target = MigrationTarget.openIf(inv, cl.hasOption("apply"));
    List<Record> records =
        new ZoneTransferClient(limits, Clock.systemUTC()).transfer(from, zone, key);
    inv.info(
        "transferred "
            + records.size()
            + " records of "
            + zone
            + " from "
            + from
            + key.map(k -> " (TSIG key " + k.name().orElse("") + ")").orElse(""));
    List<SourceRecord> source = records.stream().map(SourceRecord::of).toList();
    return finish(
        inv,
        cl,
        zone,
        ns -> ZoneConverter.convert(zone, source, ConversionOptions.defaults().withNameservers(ns)),
        "AXFR from " + from,
        "",
        target);
  }

  /**
   * The nameservers to convert with. With {@code --apply}: the zone's assigned ones when it exists
   * at Hetzner already, else none, as the API assigns a zone its nameservers when it creates it
   * (ledger L-ASSIGNED-PER-ZONE), so none are sent that it did not assign. Without: a complete zone
   * file is written for review, with the nameservers Hetzner has assigned to every zone seen so
   * far.
   */
  private static List<String> nameservers(Optional<MigrationTarget> target, String zone) {
    if (target.isEmpty()) {
      return dev.hzone.api.cloud.Zone.AuthoritativeNameservers.HETZNER_DEFAULTS;
    }
    return target.get().assignedNameservers(zone).orElse(List.of());
  }

  private static int file(Invocation inv, CommandLine cl) {
    String name = VerbRunner.positional(cl, 1, 1, "migrate file", "FILE --zone NAME").get(0);
    String zone = zoneOption(cl, "migrate file");
    ExportData data = readExport(inv, name, zone);
    Optional<MigrationTarget> target = MigrationTarget.openIf(inv, cl.hasOption("apply"));
    String shown = name.equals("-") ? "<stdin>" : name;
    inv.info(
        "read "
            + data.records().size()
            + " records of "
            + zone
            + " from "
            + shown
            + " ("
            + data.source().text()
            + ")");
    Function<List<String>, Conversion> convert =
        ns -> {
          Conversion c =
              ZoneConverter.convert(
                  zone,
                  data.records(),
                  ConversionOptions.defaults()
                      .withDefaultTtl(data.defaultTtl())
                      .withNameservers(ns));
          return new Conversion(
              c.zone(), new MigrationReport(data.notes()).plus(c.report().notes()));
        };
    return finish(inv, cl, zone, convert, data.source().text() + " export " + shown, shown, target);
  }

  /**
   * Converts with the zone's nameservers, prints the report, writes the zone file, then applies it
   * when asked. A zone that does not exist yet is created from its records alone (Hetzner adds its
   * SOA and the nameservers it assigns); once it exists, it is converted again with them, so that
   * the old SOA's contact and timers are applied too and the file written holds what the zone does.
   *
   * @param convert the conversion for the zone's nameservers (none: the zone does not exist yet)
   */
  private static int finish(
      Invocation inv,
      CommandLine cl,
      String zone,
      Function<List<String>, Conversion> convert,
      String source,
      String file,
      Optional<MigrationTarget> target) {
    List<String> assigned = nameservers(target, zone);
    Conversion c = convert.apply(assigned);
    MigrationPrinter.report(inv.err(), c.report(), file);
    keep(inv, cl, c, source, target.isPresent(), true);
    if (target.isEmpty()) {
      return ExitCodes.OK;
    }
    boolean yes = cl.hasOption("yes");
    int code = target.get().apply(c.zone(), source, yes);
    if (code != ExitCodes.OK || !assigned.isEmpty()) {
      return code;
    }
    List<String> now = nameservers(target, zone);
    if (now.isEmpty()) {
      return code;
    }
    inv.info(
        "zone "
            + zone
            + " has the nameservers "
            + String.join(" ", now)
            + "; applying the SOA's contact and timers");
    Conversion again = convert.apply(now);
    keep(inv, cl, again, source, true, false);
    return target.get().apply(again.zone(), source, yes);
  }

  /**
   * Writes the zone file to {@code --out}, or prints it when nothing is applied.
   *
   * @param tell whether to say what was written (or that nothing is kept)
   */
  private static void keep(
      Invocation inv, CommandLine cl, Conversion c, String source, boolean applying, boolean tell) {
    String text = new ZoneFileWriter().format(c.zone(), MigrationHeader.lines(source, c.report()));
    if (cl.hasOption("out")) {
      Path out = inv.path(cl.getOptionValue("out"));
      TextFiles.write(out, text);
      if (!tell) {
        return;
      }
      inv.info(
          "wrote "
              + c.zone().recordCount()
              + " records in "
              + c.zone().rrsets().size()
              + " RRSets to "
              + cl.getOptionValue("out")
              + "; "
              + c.report().droppedRecords()
              + " records dropped");
    } else if (!applying) {
      inv.out().print(text);
      inv.out().flush();
    } else if (tell) {
      inv.warn(
          "the zone file is not kept; pass --out FILE to keep it for review and for 'hzone apply'");
    }
  }

  private static int verify(Invocation inv, CommandLine cl) {
    VerbRunner.positional(cl, 0, 0, "migrate verify", "--zone NAME --old HOST[:PORT]");
    String zone = zoneOption(cl, "migrate verify");
    ServerAddress old = address(cl, "old", "migrate verify");
    List<ServerAddress> servers = new ArrayList<>();
    for (String s : Optional.ofNullable(cl.getOptionValues("nameserver")).orElse(new String[0])) {
      servers.add(parseAddress(s, "--nameserver", "migrate verify"));
    }
    ConversionOptions options = ConversionOptions.defaults();
    List<MigrationNote> exportNotes = List.of();
    List<SourceRecord> records;
    if (cl.hasOption("file")) {
      ExportData data = readExport(inv, cl.getOptionValue("file"), zone);
      records = data.records();
      exportNotes = data.notes();
      options = options.withDefaultTtl(data.defaultTtl());
    } else {
      Optional<TsigKey> key = tsigKey(inv, cl);
      records =
          new ZoneTransferClient(limits(cl), Clock.systemUTC())
              .transfer(old, zone, key).stream().map(SourceRecord::of).toList();
    }
    if (servers.isEmpty() || inv.globals().local()) {
      List<String> assigned = HetznerNameservers.assigned(inv, zone);
      options = options.withNameservers(assigned);
      if (servers.isEmpty()) {
        servers.addAll(HetznerNameservers.addresses(inv, assigned));
      }
    }
    Conversion c = ZoneConverter.convert(zone, records, options);
    c = new Conversion(c.zone(), new MigrationReport(exportNotes).plus(c.report().notes()));
    NameserverClient client =
        new NameserverClient(
            seconds(cl, "query-timeout", DEFAULT_QUERY_TIMEOUT), Clock.systemUTC());
    VerificationReport r = new MigrationVerifier(client, 8).verify(c, old, servers);
    MigrationPrinter.verification(inv.out(), r);
    if (r.unreachable()) {
      return ExitCodes.UNAVAILABLE;
    }
    return r.agrees() ? ExitCodes.OK : ExitCodes.FAILED;
  }

  private static ExportData readExport(Invocation inv, String name, String zone) {
    String text;
    try {
      text =
          name.equals("-")
              ? new String(inv.in().readAllBytes(), StandardCharsets.UTF_8)
              : Files.readString(inv.path(name), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw CliException.data(name + ": no such file");
    } catch (IOException e) {
      throw CliException.data(name + ": cannot read: " + e.getMessage());
    }
    return ExportReader.read(text, name.equals("-") ? "<stdin>" : name, zone);
  }

  private static String zoneOption(CommandLine cl, String command) {
    if (!cl.hasOption("zone")) {
      throw CliException.usage("missing --zone NAME (see 'hzone " + command + " --help')");
    }
    return cl.getOptionValue("zone");
  }

  private static ServerAddress address(CommandLine cl, String option, String command) {
    if (!cl.hasOption(option)) {
      throw CliException.usage(
          "missing --" + option + " HOST[:PORT] (see 'hzone " + command + " --help')");
    }
    return parseAddress(cl.getOptionValue(option), "--" + option, command);
  }

  private static ServerAddress parseAddress(String text, String option, String command) {
    try {
      return ServerAddress.parse(text);
    } catch (IllegalArgumentException e) {
      throw CliException.usage(
          option + ": " + e.getMessage() + " (see 'hzone " + command + " --help')");
    }
  }

  private static Optional<TsigKey> tsigKey(Invocation inv, CommandLine cl) {
    if (!cl.hasOption("tsig-file")) {
      return Optional.empty();
    }
    String name = cl.getOptionValue("tsig-file");
    SecretFileMode.looseModeWarning(inv.path(name), "a TSIG key").ifPresent(inv::warnOnce);
    TsigKey key = TsigKeyReader.readFile(inv.path(name), name, Optional.empty());
    if (key.name().isEmpty()) {
      throw CliException.data(
          name
              + ": holds the secret alone; a transfer is signed with the key's name too: give "
              + "BIND's key \"NAME\" { ... }; statement or ALGORITHM:NAME:SECRET");
    }
    return Optional.of(key);
  }

  private static Duration seconds(CommandLine cl, String option, Duration fallback) {
    if (!cl.hasOption(option)) {
      return fallback;
    }
    try {
      long s = Long.parseLong(cl.getOptionValue(option));
      if (s < 1) {
        throw new NumberFormatException();
      }
      return Duration.ofSeconds(s);
    } catch (NumberFormatException e) {
      throw CliException.usage(
          "--"
              + option
              + " takes a whole number of seconds, not '"
              + cl.getOptionValue(option)
              + "'");
    }
  }
}
