package dev.hzone.cli.sync;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.LeafCommand;
import dev.hzone.cli.framework.Verb;
import dev.hzone.sync.config.DesiredZones;
import dev.hzone.sync.document.JsonPlanPrinter;
import dev.hzone.sync.plan.Plan;
import dev.hzone.sync.plan.PlanOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code hzone plan [PATH...]}: what {@code apply} would change at Hetzner, and what it would cost.
 */
public final class PlanCommand {
  private PlanCommand() {}

  /** The {@code plan} command. */
  public static Command create() {
    return new LeafCommand(
        new Verb(
            "plan",
            "Show what apply would change at Hetzner, and what it costs",
            "[PATH...]",
            "hzone plan\nhzone plan zones/ --detailed-exitcode\nhzone plan --out plan.json && hzone apply plan.json\n"
                + "hzone -o json plan zones/example.com.zone",
            PlanCommand::options,
            PlanCommand::run));
  }

  private static Options options() {
    Options o = new Options();
    SyncSession.addPlanOptions(o);
    o.addOption(
        Option.builder()
            .longOpt("detailed-exitcode")
            .desc("exit 0 when nothing would change, 2 when changes are pending")
            .build());
    o.addOption(
        Option.builder()
            .longOpt("out")
            .hasArg()
            .argName("PLAN.json")
            .desc("save the plan, to be applied exactly with 'hzone apply PLAN.json'")
            .build());
    o.addOption(
        Option.builder()
            .longOpt("nameserver")
            .hasArg()
            .argName("HOST:PORT")
            .desc(
                "ask this server for the zones' SOA serials instead of their nameservers (repeatable)")
            .build());
    return o;
  }

  private static int run(Invocation inv, CommandLine cl) {
    PlanOptions options =
        new PlanOptions(
            SyncSession.strategy(cl),
            cl.hasOption("create-zones")
                ? PlanOptions.ZoneCreation.ALLOW
                : PlanOptions.ZoneCreation.REFUSE);
    DesiredZones.Result zones =
        ZoneRepository.load(
            inv,
            cl.getArgList(),
            Optional.ofNullable(cl.getOptionValue("config")),
            cl.hasOption("skip-unsupported"));
    SyncSession session = SyncSession.open(inv, cl);
    Plan plan = session.remote.plan(zones.zones(), options);
    session.print(inv, plan);
    SyncSession.warnViolations(inv, plan, false);
    if (cl.hasOption("out")) {
      Path file = inv.path(cl.getOptionValue("out"));
      save(
          plan,
          new PlanInputs(
              cl.getArgList(),
              Optional.ofNullable(cl.getOptionValue("config")),
              options.strategy(),
              cl.hasOption("create-zones"),
              cl.hasOption("skip-unsupported")),
          file);
      inv.info(
          "Saved the plan to "
              + cl.getOptionValue("out")
              + "; apply exactly this plan with: hzone apply "
              + cl.getOptionValue("out"));
    }
    return cl.hasOption("detailed-exitcode") && !plan.isEmpty() ? ExitCodes.PENDING : ExitCodes.OK;
  }

  /**
   * Writes the plan document atomically, so a half-written plan is never applied, with the inputs
   * that {@code apply} makes it again from.
   */
  static void save(Plan plan, PlanInputs inputs, Path file) {
    JsonObject doc = new JsonPlanPrinter().toJson(plan);
    doc.add("inputs", inputs.toJson());
    String sb =
        new GsonBuilder()
                .disableHtmlEscaping()
                .serializeNulls()
                .setPrettyPrinting()
                .create()
                .toJson(doc)
            + "\n";
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".hzone-plan", ".tmp");
      Files.writeString(tmp, sb, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw CliException.failed("cannot write the plan to " + file + ": " + e.getMessage());
    }
  }
}
