package dev.hzone.cli.sync;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.hzone.api.Sleeper;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.LeafCommand;
import dev.hzone.cli.framework.Prompt;
import dev.hzone.cli.framework.RequestCounter;
import dev.hzone.cli.framework.Verb;
import dev.hzone.sync.apply.Applier;
import dev.hzone.sync.apply.ApplyListener;
import dev.hzone.sync.apply.ApplyResult;
import dev.hzone.sync.config.DesiredZones;
import dev.hzone.sync.config.SyncConfigReader;
import dev.hzone.sync.document.JsonPlanPrinter;
import dev.hzone.sync.document.PlanDocumentReader;
import dev.hzone.sync.plan.Change;
import dev.hzone.sync.plan.Plan;
import dev.hzone.sync.plan.PlanCost;
import dev.hzone.sync.plan.PlanOptions;
import dev.hzone.sync.plan.RemotePlanner;
import dev.hzone.sync.plan.StalePlanException;
import dev.hzone.sync.plan.UnsafePlanException;
import dev.hzone.sync.plan.ZonePlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code hzone apply [PATH...|PLAN.json]}: plans (or reads a saved plan and checks that the zones
 * have not changed since), shows the plan, asks, and carries out exactly that plan.
 */
public final class ApplyCommand {
  private ApplyCommand() {}

  /** The {@code apply} command. */
  public static Command create() {
    return new LeafCommand(
        new Verb(
            "apply",
            "Change the zones at Hetzner to match the zone files",
            "[PATH...|PLAN.json]",
            "hzone apply\nhzone --local apply --yes --create-zones zones/\nhzone apply plan.json --yes\n"
                + "hzone apply --strategy rrsets --verify-dns zones/example.com.zone",
            ApplyCommand::options,
            ApplyCommand::run));
  }

  private static Options options() {
    Options o = new Options();
    SyncSession.addPlanOptions(o);
    o.addOption(
        Option.builder().longOpt("yes").desc("do not ask before changing anything").build());
    o.addOption(
        Option.builder()
            .longOpt("force")
            .desc("apply even if the plan breaks a safety rule")
            .build());
    o.addOption(
        Option.builder()
            .longOpt("parallel")
            .hasArg()
            .argName("N")
            .desc(
                "requests in flight at once (default "
                    + Applier.Options.DEFAULT.concurrency()
                    + ")")
            .build());
    o.addOption(
        Option.builder()
            .longOpt("verify-dns")
            .desc("afterwards, check that every authoritative nameserver serves the new records")
            .build());
    o.addOption(
        Option.builder()
            .longOpt("nameserver")
            .hasArg()
            .argName("HOST:PORT")
            .desc(
                "with --verify-dns, and for the SOA serials of the read cache: ask this server instead of the"
                    + " zone's nameservers (repeatable)")
            .build());
    o.addOption(
        Option.builder()
            .longOpt("timeout")
            .hasArg()
            .argName("SECONDS")
            .desc("with --verify-dns: how long to wait for the nameservers (default 120)")
            .build());
    return o;
  }

  private static int run(Invocation inv, CommandLine cl) {
    List<String> args = cl.getArgList();
    boolean force = cl.hasOption("force");
    int parallel = parallel(cl);
    PlanOptions options =
        new PlanOptions(
            SyncSession.strategy(cl),
            cl.hasOption("create-zones")
                ? PlanOptions.ZoneCreation.ALLOW
                : PlanOptions.ZoneCreation.REFUSE);
    Plan plan;
    SyncSession session;
    if (args.size() == 1 && isPlanFile(inv.path(args.get(0)))) {
      Path file = inv.path(args.get(0));
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw CliException.data("cannot read the plan " + args.get(0) + ": " + e.getMessage());
      }
      Plan saved = readPlan(args.get(0), text);
      // The file is not trusted: it says only where to plan from. The plan is made again from the
      // zone files
      // and hzone.toml (safety rules included) and must be the one in the file, or nothing is sent.
      PlanInputs inputs =
          PlanInputs.of(JsonParser.parseString(text).getAsJsonObject(), inv, args.get(0));
      DesiredZones.Result zones =
          ZoneRepository.load(inv, inputs.paths(), inputs.config(), inputs.skipUnsupported());
      session = SyncSession.open(inv, cl);
      plan = session.remote.plan(zones.zones(), inputs.options());
      requireSame(args.get(0), text, saved, plan);
    } else {
      DesiredZones.Result zones =
          ZoneRepository.load(
              inv,
              args,
              Optional.ofNullable(cl.getOptionValue("config")),
              cl.hasOption("skip-unsupported"));
      session = SyncSession.open(inv, cl);
      plan = session.remote.plan(zones.zones(), options);
    }
    int code = carryOut(inv, session, plan, cl.hasOption("yes"), force, parallel);
    if (code == ExitCodes.OK && !plan.isEmpty() && cl.hasOption("verify-dns")) {
      return DnsCheck.run(inv, cl, plan, session);
    }
    return code;
  }

  /**
   * What apply does once it has a plan: shows it, refuses an unsafe one unless {@code force}, asks
   * unless {@code yes}, and carries it out with {@code parallel} requests in flight. {@code hzone
   * migrate --apply} goes through here as well, so a migration is applied exactly as {@code hzone
   * apply} would.
   *
   * @return the exit code: OK when applied (or nothing to do), FAILED when the user said no
   * @throws CliException when a change failed
   */
  public static int carryOut(
      Invocation inv, SyncSession session, Plan plan, boolean yes, boolean force, int parallel) {
    session.print(inv, plan);
    if (plan.isEmpty()) {
      inv.info("No changes: the zones at Hetzner match the files.");
      return ExitCodes.OK;
    }
    if (!plan.violations().isEmpty()) {
      if (!force) {
        throw new UnsafePlanException(plan.violations());
      }
      SyncSession.warnViolations(inv, plan, true);
      inv.warn("--force: applying despite the above");
    }
    int refreshes = (int) plan.zones().stream().filter(session.remote::refreshable).count();
    session.budget.before(plan.cost().requests() + refreshes, "to apply the plan");
    if (!yes && !confirm(inv, plan)) {
      inv.info("Nothing was changed.");
      return ExitCodes.FAILED;
    }
    return execute(inv, session, plan, parallel);
  }

  /**
   * Carries out a plan the user already agreed to, with progress on stderr and the one summary
   * line; {@code zone import} and {@code zone create --file} come here too, so that every way of
   * changing records counts and reports alike.
   */
  public static int execute(Invocation inv, SyncSession session, Plan plan, int parallel) {
    Applier applier =
        new Applier(
            session.provider, new Applier.Options(parallel), Sleeper.SYSTEM, Clock.systemUTC());
    CacheKeeper keeper =
        new CacheKeeper(
            new ProgressReporter(inv.err(), inv.globals().tty(), inv.palette()), session);
    ApplyResult result = applier.apply(plan, keeper);
    inv.info(summary(plan, result, RequestCounter.of(inv).count(), keeper.reads.get()));
    if (!result.succeeded()) {
      for (ApplyResult.FailedChange f : result.failures()) {
        inv.err().println("failed: " + f.describe());
      }
      throw CliException.failed(
          result.failures().size()
              + (result.failures().size() == 1 ? " change" : " changes")
              + " did not apply (above); run hzone apply again to retry: it plans from what is there now");
    }
    return ExitCodes.OK;
  }

  /**
   * Refuses unless {@code fresh}, made now from the zone files, is the plan saved in {@code text}:
   * a zone changed at Hetzner makes it stale; any other difference means the file was edited or the
   * zone files or settings changed since.
   */
  private static void requireSame(String name, String text, Plan saved, Plan fresh) {
    Map<String, String> freshPrints = new HashMap<>();
    fresh.zones().forEach(z -> freshPrints.put(z.zone(), z.remoteFingerprint()));
    List<String> stale =
        saved.zones().stream()
            .filter(
                z ->
                    freshPrints.containsKey(z.zone())
                        && !freshPrints.get(z.zone()).equals(z.remoteFingerprint()))
            .map(ZonePlan::zone)
            .toList();
    if (!stale.isEmpty()) {
      throw new StalePlanException(stale);
    }
    JsonArray savedZones = JsonParser.parseString(text).getAsJsonObject().getAsJsonArray("zones");
    JsonArray freshZones = new JsonPlanPrinter().toJson(fresh).getAsJsonArray("zones");
    Map<String, JsonElement> before = byZone(savedZones);
    Map<String, JsonElement> now = byZone(freshZones);
    Set<String> differ = new TreeSet<>();
    for (String z : union(before.keySet(), now.keySet())) {
      if (!Objects.equals(before.get(z), now.get(z))) {
        differ.add(z);
      }
    }
    if (!differ.isEmpty()) {
      throw CliException.failed(
          name
              + " is not the plan the zone files and "
              + SyncConfigReader.FILE_NAME
              + " give now ("
              + String.join(", ", differ)
              + " differ): the file was edited, or the files changed"
              + " since it was made. Nothing was sent; run hzone plan --out again and review it");
    }
  }

  private static Map<String, JsonElement> byZone(JsonArray zones) {
    Map<String, JsonElement> out = new HashMap<>();
    for (JsonElement z : zones) {
      out.put(z.getAsJsonObject().get("zone").getAsString(), z);
    }
    return out;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.addAll(b);
    return out;
  }

  static Plan readPlan(String name, String text) {
    return new PlanDocumentReader().read(name, text);
  }

  private static boolean isPlanFile(Path p) {
    return Files.isRegularFile(p)
        && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }

  private static int parallel(CommandLine cl) {
    if (!cl.hasOption("parallel")) {
      return Applier.Options.DEFAULT.concurrency();
    }
    try {
      int n = Integer.parseInt(cl.getOptionValue("parallel"));
      if (n < 1 || n > 64) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw CliException.usage("--parallel must be a number from 1 to 64");
    }
  }

  /** Only {@code yes} goes ahead (as Terraform does). */
  private static boolean confirm(Invocation inv, Plan plan) {
    int zones = (int) plan.zones().stream().filter(z -> !z.isEmpty()).count();
    Optional<String> answer =
        Prompt.ask(
            inv,
            "Apply these changes to "
                + zones
                + (zones == 1 ? " zone" : " zones")
                + "? Only 'yes' goes ahead (or run with --yes): ");
    if (answer.isEmpty()) {
      inv.warn("no answer on standard input; pass --yes to apply without asking");
    }
    return answer.filter(a -> a.equals("yes")).isPresent();
  }

  /** One line: what was applied, how long it took and every request of the run (reads included). */
  private static String summary(Plan plan, ApplyResult r, long allRequests, long cacheReads) {
    int zones = (int) plan.zones().stream().filter(z -> !z.isEmpty()).count();
    int changes = plan.zones().stream().mapToInt(z -> z.changes().size()).sum();
    long reads = Math.max(0, allRequests - r.requests()) + cacheReads;
    long writes = r.requests() - r.polls() - cacheReads;
    return String.format(
        Locale.ROOT,
        "Applied %d of %d changes in %d %s in %.1f s with %d API requests (%d to read, %d %s, %d %s).",
        r.applied(),
        changes,
        zones,
        zones == 1 ? "zone" : "zones",
        r.wallTime().toMillis() / 1000.0,
        reads + r.requests(),
        reads,
        writes,
        writes == 1 ? "write" : "writes",
        r.polls(),
        r.polls() == 1 ? "action poll" : "action polls");
  }

  /**
   * Keeps the read cache true while an apply runs, zone by zone, so that a re-run after an
   * interruption costs nothing for the zones already done: a zone is forgotten when its first
   * change starts (its serial is about to change), and read once more into the cache when all its
   * changes succeeded ({@link RemotePlanner#refresh}). Zones not reached keep their entries.
   * Everything else goes to the progress reporter.
   */
  private static final class CacheKeeper implements ApplyListener {
    private final ApplyListener progress;
    private final SyncSession session;
    final AtomicLong reads = new AtomicLong();

    CacheKeeper(ApplyListener progress, SyncSession session) {
      this.progress = progress;
      this.session = session;
    }

    @Override
    public void started(int changes, PlanCost cost) {
      progress.started(changes, cost);
    }

    @Override
    public void changeStarted(String zone, Change change) {
      session.cache.forget(zone);
      progress.changeStarted(zone, change);
    }

    @Override
    public void carriedDone(String zone, int changes) {
      progress.carriedDone(zone, changes);
    }

    @Override
    public void changeDone(String zone, Change change) {
      progress.changeDone(zone, change);
    }

    @Override
    public void changeFailed(String zone, Change change, String reason) {
      progress.changeFailed(zone, change, reason);
    }

    @Override
    public void changeSkipped(String zone, Change change, String reason) {
      progress.changeSkipped(zone, change, reason);
    }

    @Override
    public void zoneApplied(ZonePlan zone) {
      reads.addAndGet(session.remote.refresh(zone));
    }

    @Override
    public void finished(ApplyResult result) {
      progress.finished(result);
    }
  }
}
