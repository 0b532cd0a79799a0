package dev.hzone.cli.sync;

import dev.hzone.api.HcloudClient;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.ClientFactory;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.RequestCounter;
import dev.hzone.resolve.DirectQuery;
import dev.hzone.resolve.SoaSerials;
import dev.hzone.sync.document.JsonPlanPrinter;
import dev.hzone.sync.document.SerialCache;
import dev.hzone.sync.document.TextPlanPrinter;
import dev.hzone.sync.plan.Plan;
import dev.hzone.sync.plan.Planner;
import dev.hzone.sync.plan.RemotePlanner;
import dev.hzone.sync.plan.SafetyViolation;
import dev.hzone.sync.plan.Strategy;
import dev.hzone.sync.remote.DnsProvider;
import dev.hzone.sync.remote.HcloudDnsProvider;
import dev.hzone.sync.remote.ReadCache;
import dev.hzone.zonefile.ZoneFileWriter;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * What {@code plan}, {@code apply} and {@code pull} share: the provider over this invocation's API
 * client, the planner, the common flags, and printing a plan.
 */
public final class SyncSession {
  /** Zones read at once. */
  static final int READ_PARALLELISM = 4;

  /** How long one nameserver gets to answer an SOA query of the read cache. */
  static final Duration SERIAL_QUERY_TIMEOUT = Duration.ofSeconds(2);

  final DnsProvider provider;
  final RemotePlanner remote;
  final ReadCache cache;
  final RunBudget budget;

  private SyncSession(DnsProvider provider, ReadCache cache, RunBudget budget) {
    this.provider = provider;
    this.cache = cache;
    this.budget = budget;
    this.remote =
        new RemotePlanner(provider, planner(), READ_PARALLELISM, cache)
            .withReadsAhead(n -> budget.before(n, "to read the zones"));
  }

  /** The DNS API this session reads and writes. */
  public DnsProvider provider() {
    return provider;
  }

  /** The planner against the live zones (reads through this session's cache and budget). */
  public RemotePlanner remote() {
    return remote;
  }

  /** A session that reads every zone from the API (no read cache). */
  public static SyncSession open(Invocation inv) {
    return new SyncSession(provider(inv), ReadCache.NONE, RunBudget.of(inv, null));
  }

  /**
   * A session for plan and apply: zones whose nameservers still serve the SOA serial of their last
   * read come from the read cache under the user's cache directory, unless {@code --refresh}. The
   * nameservers asked are {@code --nameserver HOST:PORT} when given, the {@code --local} emulator's
   * DNS server, else each zone's assigned nameservers.
   */
  static SyncSession open(Invocation inv, CommandLine cl) {
    DnsProvider provider = provider(inv);
    Optional<Path> dir = SerialCache.directory(inv::env);
    if (dir.isEmpty()) {
      return new SyncSession(provider, ReadCache.NONE, RunBudget.of(inv, cl));
    }
    SerialCache.Nameservers servers;
    if (cl.hasOption("nameserver")) {
      List<InetSocketAddress> given = new ArrayList<>();
      for (String v : cl.getOptionValues("nameserver")) {
        given.add(DnsCheck.parse(v));
      }
      servers = SerialCache.Nameservers.fixed(given);
    } else if (inv.globals().local()) {
      servers =
          SerialCache.Nameservers.fixed(
              ClientFactory.localDnsAddress(inv).map(List::of).orElse(List.of()));
    } else {
      servers = SerialCache.Nameservers.ASSIGNED;
    }
    ReadCache cache =
        new SerialCache(
            dir.get(),
            ClientFactory.projectKey(inv),
            servers,
            new SoaSerials(new DirectQuery(SERIAL_QUERY_TIMEOUT)),
            cl.hasOption("refresh"));
    return new SyncSession(provider, cache, RunBudget.of(inv, cl));
  }

  private static DnsProvider provider(Invocation inv) {
    HcloudClient client = ClientFactory.client(inv);
    RequestCounter counter = RequestCounter.of(inv);
    return new HcloudDnsProvider(client, counter::count, Clock.systemUTC());
  }

  static Planner planner() {
    return new Planner(new ZoneFileWriter()::format);
  }

  /** The flags of plan and apply that shape the plan. */
  static void addPlanOptions(Options o) {
    RunBudget.addOptions(o);
    o.addOption(
        Option.builder()
            .longOpt("strategy")
            .hasArg()
            .argName("auto|rrsets|import")
            .desc(
                "how RRSet changes are sent: RRSet actions, one zone-file import, or auto (default: auto)")
            .build());
    o.addOption(
        Option.builder()
            .longOpt("create-zones")
            .desc("create zones that do not exist at Hetzner")
            .build());
    o.addOption(
        Option.builder()
            .longOpt("config")
            .hasArg()
            .argName("FILE")
            .desc("the settings file (default: hzone.toml beside the zone files)")
            .build());
    o.addOption(
        Option.builder()
            .longOpt("refresh")
            .desc(
                "read every zone from the API, even those whose SOA serial says they did not change")
            .build());
    o.addOption(
        Option.builder()
            .longOpt("skip-unsupported")
            .desc("drop record types the API does not accept, with a warning, instead of stopping")
            .build());
  }

  static Strategy strategy(CommandLine cl) {
    String s = cl.getOptionValue("strategy", "auto");
    return Strategy.fromText(s)
        .orElseThrow(
            () -> CliException.usage("--strategy must be auto, rrsets or import, not '" + s + "'"));
  }

  /** Prints the plan on stdout: JSON with {@code -o json}, else the readable diff. */
  public void print(Invocation inv, Plan plan) {
    PrintStream out = inv.out();
    if (inv.globals().output().isJson()) {
      new JsonPlanPrinter().print(plan, out);
    } else {
      new TextPlanPrinter(inv.globals().color()).print(plan, provider.rateLimitRemaining(), out);
      if (!plan.zones().isEmpty()) {
        out.println(
            TextPlanPrinter.reads(plan)
                + "; "
                + RequestCounter.of(inv).count()
                + " API requests so far");
      }
    }
    out.flush();
  }

  /** Tells about safety rules the plan breaks (on stderr). */
  public static void warnViolations(Invocation inv, Plan plan, boolean forced) {
    for (SafetyViolation v : plan.violations()) {
      inv.warn(v.message());
    }
    if (!plan.violations().isEmpty() && !forced) {
      inv.warn("apply refuses this plan unless run with --force");
    }
  }
}
