package dev.hzone.cli;

import dev.hzone.api.HcloudClient;
import dev.hzone.sync.DnsProvider;
import dev.hzone.sync.HcloudDnsProvider;
import dev.hzone.sync.JsonPlanPrinter;
import dev.hzone.sync.Plan;
import dev.hzone.sync.Planner;
import dev.hzone.sync.RemotePlanner;
import dev.hzone.sync.SafetyViolation;
import dev.hzone.sync.Strategy;
import dev.hzone.sync.TextPlanPrinter;
import dev.hzone.zonefile.ZoneFileWriter;
import java.io.PrintStream;
import java.time.Clock;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * What {@code plan}, {@code apply} and {@code pull} share: the provider over this invocation's API client, the
 * planner, the common flags, and printing a plan.
 */
final class SyncSession {
  /** Zones read at once. */
  static final int READ_PARALLELISM = 4;

  final DnsProvider provider;
  final RemotePlanner remote;

  private SyncSession(DnsProvider provider) {
    this.provider = provider;
    this.remote = new RemotePlanner(provider, planner(), READ_PARALLELISM);
  }

  static SyncSession open(Invocation inv) {
    HcloudClient client = ClientFactory.client(inv);
    RequestCounter counter = RequestCounter.of(inv);
    return new SyncSession(new HcloudDnsProvider(client, counter::count, Clock.systemUTC()));
  }

  static Planner planner() {
    return new Planner(new ZoneFileWriter()::format);
  }

  /** The flags of plan and apply that shape the plan. */
  static void addPlanOptions(Options o) {
    o.addOption(Option.builder().longOpt("strategy").hasArg().argName("auto|rrsets|import")
        .desc("how RRSet changes are sent: RRSet actions, one zone-file import, or auto (default: auto)").build());
    o.addOption(Option.builder().longOpt("create-zones").desc("create zones that do not exist at Hetzner").build());
    o.addOption(Option.builder().longOpt("config").hasArg().argName("FILE")
        .desc("the settings file (default: hzone.toml beside the zone files)").build());
    o.addOption(Option.builder().longOpt("skip-unsupported")
        .desc("drop record types the API does not accept, with a warning, instead of stopping").build());
  }

  static Strategy strategy(CommandLine cl) {
    String s = cl.getOptionValue("strategy", "auto");
    return Strategy.fromText(s).orElseThrow(() ->
        CliException.usage("--strategy must be auto, rrsets or import, not '" + s + "'"));
  }

  /** Prints the plan on stdout: JSON with {@code -o json}, else the readable diff. */
  void print(Invocation inv, Plan plan) {
    PrintStream out = inv.out();
    if (inv.globals().output().isJson()) {
      new JsonPlanPrinter().print(plan, out);
    } else {
      new TextPlanPrinter(inv.globals().color()).print(plan, provider.rateLimitRemaining(), out);
    }
    out.flush();
  }

  /** Tells about safety rules the plan breaks (on stderr). */
  static void warnViolations(Invocation inv, Plan plan, boolean forced) {
    for (SafetyViolation v : plan.violations()) {
      inv.warn(v.message());
    }
    if (!plan.violations().isEmpty() && !forced) {
      inv.warn("apply refuses this plan unless run with --force");
    }
  }
}
