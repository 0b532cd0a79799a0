package dev.hzone.sync.plan;

import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ZoneData;
import dev.hzone.sync.ZoneAttributes;
import dev.hzone.sync.remote.Operation;
import dev.hzone.sync.remote.ReadMethod;
import dev.hzone.sync.remote.RemoteZone;
import dev.hzone.sync.remote.ZoneInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Compares a zone as the repository says it should be with the zone as read from the API and
 * returns the {@link ZonePlan}. Pure: no I/O, clock or randomness, so a plan is a function of its
 * inputs.
 *
 * <p>The steps, in order:
 *
 * <ol>
 *   <li>A zone that does not exist is created (if allowed) with its whole zone file ({@link
 *       ZoneCreation}).
 *   <li>A mode that differs stops the plan: Hetzner cannot change it.
 *   <li>The zone's settings (TTL, labels, protection, primaries) are compared.
 *   <li>For a primary zone, the {@link ZoneFilter}s decide what hzone owns, by copying what it does
 *       not own from remote into desired.
 *   <li>Each RRSet is compared canonically and gets its cheapest requests ({@link RrsetDiffer}); a
 *       change-protected RRSet whose protection hzone does not manage is left alone, with a
 *       warning.
 *   <li>The strategy is chosen: RRSet requests, or one zone-file import ({@link ZoneImport}).
 * </ol>
 */
public final class Planner {
  private final ZoneFileFormatter formatter;

  /**
   * @param formatter writes the zone files that zone creation and import send
   */
  public Planner(ZoneFileFormatter formatter) {
    this.formatter = Objects.requireNonNull(formatter, "formatter");
  }

  /**
   * Plans the records of an existing primary zone read as {@code remote} (its {@code defaultTtl}
   * the zone TTL, Hetzner's usual nameservers assigned, TTLs read exactly), with default settings.
   */
  public ZonePlan plan(ZoneData desired, ZoneData remote, PlanOptions options) {
    ZoneAttributes attrs =
        new ZoneAttributes(
            ZoneMode.PRIMARY,
            remote.defaultTtl().orElse(ZoneAttributes.DEFAULT_TTL),
            Map.of(),
            false,
            List.of());
    ZoneInfo info =
        new ZoneInfo(
            0,
            remote.name(),
            attrs,
            dev.hzone.api.cloud.Zone.AuthoritativeNameservers.HETZNER_DEFAULTS);
    return plan(
        DesiredZone.of(desired),
        Optional.of(new RemoteZone(info, remote, ReadMethod.RRSET_LIST)),
        options);
  }

  /** Plans one zone; {@code remote} is empty when the zone does not exist. */
  public ZonePlan plan(DesiredZone desired, Optional<RemoteZone> remote, PlanOptions options) {
    String zone = desired.name();
    ZoneSettings settings = desired.settings();
    if (remote.isEmpty()) {
      if (options.zoneCreation() == PlanOptions.ZoneCreation.REFUSE) {
        throw new PlanningException(
            zone, "the zone does not exist at Hetzner; run with --create-zones to " + "create it");
      }
      return new ZoneCreation(formatter).plan(desired);
    }
    RemoteZone r = remote.get();
    if (r.info().mode() == ZoneMode.UNKNOWN) {
      throw new PlanningException(
          zone,
          "the API gives the zone a mode this version of hzone does not know; "
              + "nothing is planned for it: update hzone, or leave the zone out of this run");
    }
    if (r.info().mode() != settings.mode()) {
      throw new PlanningException(
          zone,
          "the zone is "
              + r.info().mode().apiValue()
              + " at Hetzner but "
              + settings.mode().apiValue()
              + " here; a zone's mode cannot change: delete the zone and create it again");
    }
    ZoneAttributes before = r.info().attributes();
    ZoneAttributes after = desiredAttributes(before, desired);
    if (settings.mode() == ZoneMode.SECONDARY) {
      List<Change> changes = new ArrayList<>();
      zoneUpdate(zone, before, after).ifPresent(changes::add);
      return new ZonePlan(
          zone,
          true,
          ZoneMode.SECONDARY,
          Strategy.RRSETS,
          r.readMethod(),
          r.fingerprint(),
          0,
          false,
          changes,
          List.of(),
          List.of(),
          settings.safety());
    }

    ZoneData desiredData = desired.data().withDefaultTtl(OptionalInt.of(after.ttl()));
    ZonePair pair =
        ZoneFilter.applyAll(
            ZoneFilter.standard(r.info(), settings), ZonePair.of(desiredData, r.data()));
    List<String> warnings = new ArrayList<>(pair.warnings());
    List<IgnoredRrset> ignored = new ArrayList<>(pair.ignored());
    ignored.addAll(UnknownTypes.leftAlone(desiredData, r.data()));
    warnings.addAll(UnknownTypes.notCreated(desiredData, r.data()));
    RrsetDiffer differ = new RrsetDiffer(r.exactTtls(), before.ttl(), after.ttl());
    List<Change> rrsetChanges = diff(pair, differ, settings, warnings);
    int existing =
        (int) r.data().rrsets().keySet().stream().filter(k -> !pair.foreign().contains(k)).count();
    boolean desiredEmpty = isEmpty(desired.data());

    ZoneImport zoneImport = new ZoneImport(formatter);
    Strategy strategy = zoneImport.choose(options.strategy(), rrsetChanges, pair, r);
    List<Change> changes = new ArrayList<>();
    if (strategy == Strategy.IMPORT && !rrsetChanges.isEmpty()) {
      importedZoneUpdate(zone, before, after).ifPresent(changes::add);
      changes.add(zoneImport.importChange(zone, pair.desired(), after.ttl()));
      changes.addAll(ZoneImport.carried(rrsetChanges));
    } else {
      zoneUpdate(zone, before, after).ifPresent(changes::add);
      changes.addAll(rrsetChanges);
    }
    return new ZonePlan(
        zone,
        true,
        ZoneMode.PRIMARY,
        strategy,
        r.readMethod(),
        r.fingerprint(),
        existing,
        desiredEmpty,
        changes,
        ignored,
        warnings,
        settings.safety());
  }

  /** The RRSet changes, in key order. */
  private static List<Change> diff(
      ZonePair pair, RrsetDiffer differ, ZoneSettings settings, List<String> warnings) {
    List<Change> out = new ArrayList<>();
    Map<RrsetKey, Rrset> d = pair.desired().rrsets();
    Map<RrsetKey, Rrset> r = pair.remote().rrsets();
    for (Rrset want : d.values()) {
      Rrset have = r.get(want.key());
      if (have == null) {
        out.add(new Change.CreateRrset(want, differ.create(want)));
        continue;
      }
      List<Operation> ops = differ.update(have, want);
      if (ops.isEmpty()) {
        continue;
      }
      if (have.changeProtected()
          && settings.rrset(want.key()).changeProtected().isEmpty()
          && RrsetDiffer.blocked(ops)) {
        warnings.add(
            want.key().id()
                + " is change-protected at Hetzner, so it is not changed; set protected "
                + "for it in hzone.toml to let hzone manage it");
        continue;
      }
      out.add(new Change.UpdateRrset(have, want, ops));
    }
    for (Rrset have : r.values()) {
      if (d.containsKey(have.key())) {
        continue;
      }
      if (have.changeProtected() && settings.rrset(have.key()).changeProtected().isEmpty()) {
        warnings.add(have.key().id() + " is change-protected at Hetzner, so it is not deleted");
        continue;
      }
      out.add(new Change.DeleteRrset(have, differ.delete(have)));
    }
    out.sort((a, b) -> keyOf(a).compareTo(keyOf(b)));
    return out;
  }

  private static RrsetKey keyOf(Change c) {
    if (c instanceof Change.CreateRrset cr) {
      return cr.after().key();
    }
    if (c instanceof Change.UpdateRrset u) {
      return u.after().key();
    }
    if (c instanceof Change.DeleteRrset dr) {
      return dr.before().key();
    }
    throw new IllegalArgumentException("not an RRSet change: " + c.subject());
  }

  /**
   * The zone's settings as they should be: the remote ones with what the repository manages
   * replaced.
   */
  static ZoneAttributes desiredAttributes(ZoneAttributes before, DesiredZone desired) {
    ZoneSettings s = desired.settings();
    ZoneAttributes a = before;
    // Secondary zones have a TTL of their own too (ledger L-SECONDARY-TTL): hzone.toml's ttl sets
    // it.
    OptionalInt ttl = desiredZoneTtl(desired);
    if (ttl.isPresent()) {
      a = a.withTtl(ttl.getAsInt());
    }
    if (s.mode() == ZoneMode.SECONDARY) {
      a = a.withPrimaries(s.primaries());
    }
    if (s.labels().isPresent()) {
      a = a.withLabels(s.labels().get());
    }
    if (s.deleteProtected().isPresent()) {
      a = a.withDeleteProtected(s.deleteProtected().get());
    }
    return a;
  }

  /**
   * The zone TTL the repository asks for: the file's {@code $TTL}, else {@code ttl} in hzone.toml.
   */
  static OptionalInt desiredZoneTtl(DesiredZone desired) {
    return desired.data().defaultTtl().isPresent()
        ? desired.data().defaultTtl()
        : desired.settings().ttl();
  }

  /** The zone-level requests from {@code before} to {@code after}, as one change, if any. */
  static Optional<Change> zoneUpdate(String zone, ZoneAttributes before, ZoneAttributes after) {
    List<Operation> ops = new ArrayList<>();
    if (before.ttl() != after.ttl()) {
      ops.add(new Operation.ChangeZoneTtl(after.ttl()));
    }
    if (!before.labels().equals(after.labels())) {
      ops.add(new Operation.SetZoneLabels(after.labels()));
    }
    if (before.deleteProtected() != after.deleteProtected()) {
      ops.add(new Operation.ChangeZoneProtection(after.deleteProtected()));
    }
    if (!ZoneAttributes.samePrimaries(before.primaries(), after.primaries())) {
      ops.add(new Operation.SetPrimaries(after.primaries()));
    }
    return ops.isEmpty()
        ? Optional.empty()
        : Optional.of(new Change.UpdateZone(zone, before, after, ops));
  }

  /**
   * The zone-level change of an import: a new zone TTL travels as the {@code $TTL} of the file
   * sent, so it is listed (people see it) without a request of its own; other settings keep theirs.
   */
  static Optional<Change> importedZoneUpdate(
      String zone, ZoneAttributes before, ZoneAttributes after) {
    return zoneUpdate(zone, before, after)
        .map(
            c -> {
              Change.UpdateZone u = (Change.UpdateZone) c;
              List<Operation> ops =
                  u.operations().stream()
                      .filter(o -> !(o instanceof Operation.ChangeZoneTtl))
                      .toList();
              return new Change.UpdateZone(zone, before, after, ops);
            });
  }

  /** Whether a zone file holds nothing besides the apex SOA and NS. */
  static boolean isEmpty(ZoneData data) {
    for (RrsetKey k : data.rrsets().keySet()) {
      if (!(k.isApex() && (k.type() == RecordType.SOA || k.type() == RecordType.NS))) {
        return false;
      }
    }
    return true;
  }
}
