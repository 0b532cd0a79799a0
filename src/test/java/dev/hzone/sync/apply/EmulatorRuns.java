package dev.hzone.sync.apply;

import dev.hzone.api.Backoff;
import dev.hzone.api.HcloudClient;
import dev.hzone.api.PollOptions;
import dev.hzone.api.RetryOptions;
import dev.hzone.api.Sleeper;
import dev.hzone.emulator.Emulator;
import dev.hzone.emulator.EmulatorOptions;
import dev.hzone.sync.SyncFixtures;
import dev.hzone.sync.plan.DesiredZone;
import dev.hzone.sync.plan.Plan;
import dev.hzone.sync.plan.PlanOptions;
import dev.hzone.sync.plan.RemotePlanner;
import dev.hzone.sync.remote.HcloudDnsProvider;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The reliability tests' setting: an in-process emulator on a state directory (so that one with
 * faults and one without can take turns on the same zones), and the real client and sync library
 * against it, with time cut short: no back-off, waits of at most 2 ms, actions of 5 ms, polls every
 * 2 ms.
 */
final class EmulatorRuns {
  static final String TOKEN = "reliability-test-token-0123456789";
  static final PollOptions FAST =
      new PollOptions(Duration.ofMillis(2), Duration.ofMillis(10), 1.5, Duration.ofMinutes(2));

  private EmulatorRuns() {}

  /**
   * An emulator on {@code state} with {@code --faults rate --seed seed}, and an access log if
   * given.
   */
  static Emulator emulator(Path state, double rate, long seed, Optional<Path> accessLog) {
    InetSocketAddress any = new InetSocketAddress("127.0.0.1", 0);
    EmulatorOptions o =
        EmulatorOptions.defaults()
            .withListen(any)
            .withDnsListen(any)
            .withStateDir(state)
            .withToken(TOKEN)
            .withActionDuration(Duration.ofMillis(5))
            .withFaults(rate, seed);
    if (accessLog.isPresent()) {
      o = o.withAccessLog(accessLog.get());
    }
    return Emulator.builder(o).noDns().start();
  }

  /** The real client with the CLI's five tries, but no back-off and waits of at most 2 ms. */
  static HcloudClient client(Emulator emu) {
    return client(emu, 5);
  }

  static HcloudClient client(Emulator emu, int tries) {
    return HcloudClient.builder()
        .endpoint(emu.apiEndpoint().toString())
        .token(emu.token())
        .retry(new RetryOptions(tries, Backoff.NONE, Duration.ZERO))
        .poll(
            new PollOptions(
                Duration.ofMillis(2), Duration.ofMillis(10), 1.5, Duration.ofMinutes(2)))
        .sleeper(d -> Thread.sleep(Math.min(d.toMillis(), 2)))
        .build();
  }

  static HcloudDnsProvider provider(HcloudClient client) {
    AtomicLong none = new AtomicLong();
    return new HcloudDnsProvider(client, none::get, Clock.systemUTC());
  }

  /** {@code hzone plan}: reads every zone and plans it. */
  static Plan plan(HcloudClient client, List<DesiredZone> desired, PlanOptions options) {
    return new RemotePlanner(provider(client), SyncFixtures.PLANNER, 4).plan(desired, options);
  }

  /**
   * {@code hzone apply --yes --force --create-zones}: plans from what is there and applies that
   * plan.
   */
  static ApplyResult apply(HcloudClient client, List<DesiredZone> desired) {
    Plan plan =
        plan(client, desired, PlanOptions.DEFAULT.withZoneCreation(PlanOptions.ZoneCreation.ALLOW));
    return new Applier(
            provider(client), new Applier.Options(8), Sleeper.SYSTEM, Clock.systemUTC(), FAST)
        .apply(plan, ApplyListener.NONE);
  }
}
