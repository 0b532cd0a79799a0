package dev.hzone.cli.zone;

import dev.hzone.api.HcloudClient;
import dev.hzone.api.cloud.Zone;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.ClientFactory;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.Prompt;
import dev.hzone.cli.framework.TextFiles;
import dev.hzone.cli.framework.VerbRunner;
import dev.hzone.cli.sync.ApplyCommand;
import dev.hzone.cli.sync.SyncSession;
import dev.hzone.dns.Names;
import dev.hzone.dns.ZoneData;
import dev.hzone.sync.apply.Applier;
import dev.hzone.sync.plan.DesiredZone;
import dev.hzone.sync.plan.Plan;
import dev.hzone.sync.plan.PlanOptions;
import dev.hzone.sync.plan.Strategy;
import dev.hzone.zonefile.Finding;
import dev.hzone.zonefile.ParsedZone;
import dev.hzone.zonefile.ReadOptions;
import dev.hzone.zonefile.ZoneFileReader;
import dev.hzone.zonefile.ZoneFileWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;

/** {@code zone export} and {@code zone import}: whole zones as zone files. */
final class ZoneFileVerbs {
  private ZoneFileVerbs() {}

  /**
   * Prints the zone in the canonical layout. Read from the RRSet list rather than the API's own
   * export, because only the list tells an inherited TTL from an explicit one and keeps record
   * comments.
   */
  static int export(Invocation inv, CommandLine cl) {
    String arg = VerbRunner.positional(cl, 1, 1, "zone export", "ZONE").get(0);
    HcloudClient client = ClientFactory.client(inv);
    Zone zone = Zones.requirePrimary(Zones.require(client, arg), "zone file");
    String text = new ZoneFileWriter().format(client.rrsets().read(zone));
    if (cl.hasOption("out")) {
      Path out = inv.path(cl.getOptionValue("out"));
      // As pull: an existing file (or link) is replaced only with --force, and a link is never
      // written through.
      if (Files.exists(out, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !cl.hasOption("force")) {
        throw CliException.failed(
            cl.getOptionValue("out")
                + " exists; pass --force to overwrite it (nothing was"
                + " written)");
      }
      TextFiles.write(out, text);
      inv.info("Zone " + Names.display(zone.name()) + " written to " + out);
    } else {
      inv.out().print(text);
    }
    return ExitCodes.OK;
  }

  /**
   * Replaces the zone's records with a zone file: planned and applied as {@code apply --strategy
   * import} (one {@code import_zonefile}, then comments and labels set again, since the API's
   * import drops them), shown with the plan printer and carried out after {@code Import? [y/N]} or
   * with {@code --yes}.
   */
  static int importFile(Invocation inv, CommandLine cl) {
    String arg = VerbRunner.positional(cl, 1, 1, "zone import", "ZONE").get(0);
    String file = cl.getOptionValue("file");
    HcloudClient client = ClientFactory.client(inv);
    Zone zone = Zones.requirePrimary(Zones.require(client, arg), "zone file");
    ZoneData desired = read(inv, file, zone.name());
    SyncSession session = SyncSession.open(inv);
    Plan plan = importPlan(session, desired);
    if (plan.isEmpty()) {
      inv.out()
          .println(
              "Zone "
                  + Names.display(zone.name())
                  + " already matches "
                  + file
                  + "; nothing to import");
      return ExitCodes.OK;
    }
    inv.out()
        .println(
            "Importing "
                + file
                + " replaces the records of zone "
                + Names.display(zone.name())
                + ":");
    session.print(inv, plan);
    // The user asked to replace the zone: the safety rules are told, not enforced (the prompt is
    // the check).
    SyncSession.warnViolations(inv, plan, true);
    if (!cl.hasOption("yes") && !confirm(inv, "Import? [y/N] ")) {
      inv.info("Nothing imported.");
      return ExitCodes.FAILED;
    }
    ApplyCommand.execute(inv, session, plan, Applier.Options.DEFAULT.concurrency());
    inv.out().println("Zone " + Names.display(zone.name()) + " imported from " + file);
    return ExitCodes.OK;
  }

  /**
   * The plan of importing {@code desired} into its existing zone: the planner of {@code apply
   * --strategy import}, which keeps what Hetzner manages (SOA serial, assigned apex NS) and sets
   * comments again.
   */
  static Plan importPlan(SyncSession session, ZoneData desired) {
    return session
        .remote()
        .plan(
            List.of(DesiredZone.of(desired)),
            new PlanOptions(Strategy.IMPORT, PlanOptions.ZoneCreation.REFUSE));
  }

  /**
   * Reads a zone file for zone {@code zone}; errors come as {@code FILE:LINE: message} (exit 65),
   * warnings go to stderr.
   */
  static ZoneData read(Invocation inv, String file, String zone) {
    Path path = inv.path(file);
    ParsedZone parsed =
        new ZoneFileReader(ReadOptions.defaults().withOrigin(zone)).read(path, file);
    for (Finding w : parsed.warnings()) {
      inv.warn(w.format());
    }
    return parsed.zone();
  }

  private static boolean confirm(Invocation inv, String prompt) {
    Optional<String> answer = Prompt.ask(inv, prompt);
    if (answer.isEmpty()) {
      inv.info("No answer on stdin: add --yes to import without asking.");
    }
    return answer.filter(Prompt::isYes).isPresent();
  }
}
