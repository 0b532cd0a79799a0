package dev.hzone.cli.migrate;

import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.sync.ApplyCommand;
import dev.hzone.cli.sync.SyncSession;
import dev.hzone.dns.ZoneData;
import dev.hzone.sync.apply.Applier;
import dev.hzone.sync.plan.DesiredZone;
import dev.hzone.sync.plan.Plan;
import dev.hzone.sync.plan.PlanOptions;
import dev.hzone.sync.plan.ZoneSettings;
import dev.hzone.sync.remote.ZoneInfo;
import java.util.List;
import java.util.Optional;

/**
 * Where {@code migrate --apply} puts a converted zone: Hetzner (or {@code --local}'s emulator),
 * through the same plan and apply as {@code hzone apply}. The session is opened before the
 * transfer, so that a missing token stops the run before anything is fetched; requests are sent
 * only once the zone is converted.
 */
final class MigrationTarget {
  private final Invocation inv;
  private final SyncSession session;

  private MigrationTarget(Invocation inv, SyncSession session) {
    this.inv = inv;
    this.session = session;
  }

  /**
   * A target when {@code apply} is set (which needs API credentials or {@code --local}), else
   * nothing.
   */
  static Optional<MigrationTarget> openIf(Invocation inv, boolean apply) {
    return apply ? Optional.of(new MigrationTarget(inv, SyncSession.open(inv))) : Optional.empty();
  }

  /**
   * The nameservers Hetzner assigned to {@code zone}, if the zone exists there.
   *
   * @throws CliException when the zone exists as a secondary zone, which has no records of its own
   */
  Optional<List<String>> assignedNameservers(String zone) {
    Optional<ZoneInfo> info = session.provider().findZone(dev.hzone.dns.Names.zoneName(zone));
    if (info.isPresent() && info.get().mode() == ZoneMode.SECONDARY) {
      throw CliException.failed(
          "zone "
              + zone
              + " is a secondary zone at Hetzner: it copies its records "
              + "from its primaries; delete it or migrate into a primary zone");
    }
    return info.map(ZoneInfo::assignedNameservers).filter(l -> !l.isEmpty());
  }

  /**
   * Plans the zone against what Hetzner has (creating it when it does not exist), shows the plan,
   * asks unless {@code yes}, and applies it. The migrated SOA's contact and timers are applied too.
   */
  int apply(ZoneData zone, String source, boolean yes) {
    ZoneSettings d = ZoneSettings.DEFAULT;
    ZoneSettings settings =
        new ZoneSettings(
            d.mode(),
            d.ttl(),
            d.ignore(),
            d.safety(),
            d.labels(),
            d.deleteProtected(),
            d.primaries(),
            true,
            true,
            d.rrsets());
    Plan plan =
        session
            .remote()
            .plan(
                List.of(new DesiredZone(zone, settings, Optional.of(source))),
                PlanOptions.DEFAULT.withZoneCreation(PlanOptions.ZoneCreation.ALLOW));
    return ApplyCommand.carryOut(
        inv, session, plan, yes, false, Applier.Options.DEFAULT.concurrency());
  }
}
