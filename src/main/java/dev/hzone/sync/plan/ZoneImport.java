package dev.hzone.sync.plan;

import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.ZoneData;
import dev.hzone.sync.remote.Operation;
import dev.hzone.sync.remote.RemoteZone;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The zone-file import strategy: the zone as it should be (owned RRSets from the file, everything
 * else carried along from remote) sent in one {@code import_zonefile}, then comments and labels set
 * again. {@link Strategy#AUTO} takes it only when it loses nothing and saves at least {@link
 * #MIN_SAVING} requests.
 */
final class ZoneImport {
  /** Requests an import must save before auto picks it over RRSet actions. */
  static final int MIN_SAVING = 20;

  private final ZoneFileFormatter formatter;

  ZoneImport(ZoneFileFormatter formatter) {
    this.formatter = formatter;
  }

  /** The strategy for a primary zone, given its RRSet changes. */
  Strategy choose(Strategy requested, List<Change> rrsetChanges, ZonePair pair, RemoteZone remote) {
    if (requested == Strategy.RRSETS || rrsetChanges.isEmpty()) {
      return Strategy.RRSETS;
    }
    if (requested == Strategy.IMPORT) {
      if (UnknownTypes.importLoses(remote.data())) {
        throw new PlanningException(
            remote.name(),
            "cannot import a zone file: the zone holds RRSets of types hzone does not know ("
                + String.join(", ", remote.data().opaque().stream().map(o -> o.id()).toList())
                + "), which an import would delete; use --strategy rrsets");
      }
      if (!remote.readMethod().readsLabelsAndProtection()) {
        throw new PlanningException(
            remote.name(),
            "strategy import needs the zone read RRSet by RRSet, "
                + "to know its protected RRSets");
      }
      List<String> prot = new ArrayList<>();
      for (Rrset r : pair.desired().rrsets().values()) {
        if (r.changeProtected()) {
          prot.add(r.key().id());
        }
      }
      if (!prot.isEmpty()) {
        throw new PlanningException(
            remote.name(),
            "cannot import a zone file: these RRSets are change-protected: "
                + String.join(", ", prot)
                + "; use --strategy rrsets");
      }
      return Strategy.IMPORT;
    }
    if (!remote.readMethod().readsLabelsAndProtection()
        || !FollowUps.lossless(pair.desired())
        || UnknownTypes.importLoses(remote.data())) {
      return Strategy.RRSETS;
    }
    return PlanCost.writes(rrsetChanges) >= 1 + MIN_SAVING ? Strategy.IMPORT : Strategy.RRSETS;
  }

  /**
   * Whether a zone planned from a zone-file export might be imported more cheaply, so that reading
   * it RRSet by RRSet (to know protection and exact TTLs) is worth its pages.
   */
  static boolean worthReadingRrsets(ZonePlan plan, int remoteRrsets) {
    int pages = (remoteRrsets + 99) / 100;
    return plan.exists()
        && plan.mode() == ZoneMode.PRIMARY
        && plan.strategy() == Strategy.RRSETS
        && plan.cost().writes() >= 1 + pages + MIN_SAVING;
  }

  /** The import of {@code target} with its zone TTL, followed by comments and labels. */
  Change importChange(String zone, ZoneData target, int ttl) {
    // RRSets of unknown types are never sent (the zone file's ones only reported).
    ZoneData t = target.withDefaultTtl(OptionalInt.of(ttl)).withOpaque(List.of());
    List<Operation> ops = new ArrayList<>();
    ops.add(new Operation.ImportZonefile(formatter.format(t)));
    ops.addAll(FollowUps.of(t, false));
    return new Change.ImportZone(zone, t.rrsets().size(), ops);
  }

  /**
   * The RRSet changes as carried by an import: listed for people, with no requests of their own.
   */
  static List<Change> carried(List<Change> rrsetChanges) {
    List<Change> out = new ArrayList<>();
    for (Change c : rrsetChanges) {
      if (c instanceof Change.CreateRrset cr) {
        out.add(new Change.CreateRrset(cr.after(), List.of()));
      } else if (c instanceof Change.UpdateRrset u) {
        out.add(new Change.UpdateRrset(u.before(), u.after(), List.of()));
      } else if (c instanceof Change.DeleteRrset d) {
        out.add(new Change.DeleteRrset(d.before(), List.of()));
      }
    }
    return out;
  }
}
