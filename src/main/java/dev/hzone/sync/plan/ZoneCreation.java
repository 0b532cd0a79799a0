package dev.hzone.sync.plan;

import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ZoneData;
import dev.hzone.sync.ZoneAttributes;
import dev.hzone.sync.remote.Operation;
import dev.hzone.sync.remote.ReadMethod;
import dev.hzone.sync.remote.RemoteZone;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Plans a zone that does not exist: one {@code POST /zones} carrying the whole zone file (a
 * primary) or the primaries (a secondary), then what a zone file cannot carry (protection,
 * comments, labels). The file sent holds the user's records only: the API adds its default SOA
 * where there is none and the nameservers it assigns to this zone to the apex NS (ledger
 * L-CREATE-ZONEFILE), so hzone makes up neither.
 */
final class ZoneCreation {
  private final ZoneFileFormatter formatter;

  ZoneCreation(ZoneFileFormatter formatter) {
    this.formatter = formatter;
  }

  ZonePlan plan(DesiredZone desired) {
    String zone = desired.name();
    ZoneSettings s = desired.settings();
    ZoneAttributes after =
        new ZoneAttributes(
            s.mode(),
            Planner.desiredZoneTtl(desired).orElse(ZoneAttributes.DEFAULT_TTL),
            s.labels().orElse(Map.of()),
            s.deleteProtected().orElse(false),
            s.mode() == ZoneMode.SECONDARY ? s.primaries() : List.of());
    List<String> warnings = new ArrayList<>();
    List<Operation> ops = new ArrayList<>();
    List<Change> changes = new ArrayList<>();
    if (s.mode() == ZoneMode.SECONDARY) {
      ops.add(new Operation.CreateZone(zone, after, java.util.Optional.empty()));
      if (after.deleteProtected()) {
        ops.add(new Operation.ChangeZoneProtection(true));
      }
    } else {
      ZoneData target = target(desired, after.ttl(), warnings);
      ops.add(
          new Operation.CreateZone(zone, after, java.util.Optional.of(formatter.format(target))));
      if (after.deleteProtected()) {
        ops.add(new Operation.ChangeZoneProtection(true));
      }
      ops.addAll(FollowUps.of(target, true));
      for (Rrset r : target.rrsets().values()) {
        changes.add(new Change.CreateRrset(r, List.of()));
      }
    }
    changes.add(0, new Change.CreateZone(zone, after, ops));
    return new ZonePlan(
        zone,
        false,
        s.mode(),
        Strategy.RRSETS,
        ReadMethod.NONE,
        RemoteZone.ABSENT_FINGERPRINT,
        0,
        false,
        changes,
        List.of(),
        warnings,
        s.safety());
  }

  /**
   * The zone as sent: the file's RRSets with their settings, less those an ignore pattern matches.
   */
  private static ZoneData target(DesiredZone desired, int ttl, List<String> warnings) {
    ZoneSettings s = desired.settings();
    TreeMap<RrsetKey, Rrset> t = new TreeMap<>();
    for (Rrset r : desired.data().rrsets().values()) {
      IgnorePattern match = null;
      for (IgnorePattern p : s.ignore()) {
        if (p.matches(r.key())) {
          match = p;
          break;
        }
      }
      if (match != null) {
        warnings.add(
            r.key().id()
                + " is in the zone file but matches ignore pattern "
                + match.describe()
                + "; it is not created");
        continue;
      }
      t.put(r.key(), UnmanagedAttributesFilter.withSettings(r, s));
    }
    // RRSets of types hzone does not know are never sent, and never silently: a warning each.
    ZoneData none = new ZoneData(desired.name(), OptionalInt.of(ttl), new TreeMap<>());
    warnings.addAll(UnknownTypes.notCreated(desired.data(), none));
    return new ZoneData(desired.name(), OptionalInt.of(ttl), t);
  }
}
