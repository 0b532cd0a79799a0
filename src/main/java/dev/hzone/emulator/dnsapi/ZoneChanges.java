package dev.hzone.emulator.dnsapi;

import dev.hzone.dns.ZoneData;
import dev.hzone.emulator.actions.Actions;
import dev.hzone.emulator.actions.Scheduler;
import dev.hzone.emulator.publish.ZonePublisher;
import dev.hzone.emulator.state.ActionEntry;
import dev.hzone.emulator.state.ResourceRef;
import dev.hzone.emulator.state.StateStore;
import dev.hzone.emulator.state.StateView;
import dev.hzone.emulator.state.Transaction;
import dev.hzone.emulator.state.ZoneEntry;
import dev.hzone.emulator.web.ApiError;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What every DNS handler shares: finding a zone by ID or name, the mode checks, and committing a
 * change (DNS actions lock nothing, ledger L-LOCK in {@code LEDGER.md}): start the action, store
 * the zone with its SOA serial managed (unless the action is to fail), and publish the zone to the
 * DNS server when the action has finished.
 */
final class ZoneChanges {
  private final StateStore store;
  private final Actions actions;
  private final Scheduler scheduler;
  private final ZonePublisher publisher;
  private final NameserverSets nameservers;

  ZoneChanges(
      StateStore store,
      Actions actions,
      Scheduler scheduler,
      ZonePublisher publisher,
      NameserverSets nameservers) {
    this.store = store;
    this.actions = actions;
    this.scheduler = scheduler;
    this.publisher = publisher;
    this.nameservers = nameservers;
  }

  /** The Hetzner nameservers assigned to {@code zone} (ledger L-ASSIGNED-PER-ZONE). */
  List<String> assigned(String zone) {
    return nameservers.forZone(zone);
  }

  StateStore store() {
    return store;
  }

  Actions actions() {
    return actions;
  }

  /** Where zones are served; it also knows what a secondary zone's last transfer delivered. */
  ZonePublisher publisher() {
    return publisher;
  }

  /** The zone {@code idOrName} (an ID, or a name in any case, with or without trailing dot). */
  static ZoneEntry find(StateView view, String idOrName) {
    Optional<ZoneEntry> z;
    if (!idOrName.isEmpty() && idOrName.chars().allMatch(Character::isDigit)) {
      try {
        z = view.zone(Long.parseLong(idOrName));
      } catch (NumberFormatException e) {
        z = Optional.empty();
      }
    } else {
      String name = idOrName.toLowerCase(Locale.ROOT);
      z = view.zoneByName(name.endsWith(".") ? name.substring(0, name.length() - 1) : name);
    }
    return z.orElseThrow(
        () -> ApiError.notFound("zone with ID or name '" + idOrName + "' not found"));
  }

  /** Refuses secondary zones with {@code incorrect_zone_mode}. */
  static void requirePrimary(ZoneEntry z) {
    if (!z.isPrimary()) {
      throw ApiError.incorrectZoneMode(
          "this operation is not supported for zone " + z.name() + " in secondary mode");
    }
  }

  /** Refuses primary zones with {@code incorrect_zone_mode}. */
  static void requireSecondary(ZoneEntry z) {
    if (z.isPrimary()) {
      throw ApiError.incorrectZoneMode(
          "this operation is not supported for zone " + z.name() + " in primary mode");
    }
  }

  static LocalDate today(StateView view) {
    return LocalDate.ofInstant(view.now(), ZoneOffset.UTC);
  }

  /**
   * Starts {@code command} on {@code zone} and, unless the action is to fail, stores {@code
   * newData} with the SOA serial managed; the DNS server gets the zone when the action has
   * finished.
   */
  ActionEntry commitData(
      Transaction tx,
      ZoneEntry zone,
      ZoneData newData,
      String command,
      Optional<String> scope,
      boolean fails) {
    ActionEntry a = actions.start(tx, command, ResourceRef.zone(zone.id()), scope, fails);
    if (!fails) {
      tx.putZone(zone.withData(ZoneRules.manageSerial(zone.data(), newData, today(tx))));
    }
    publishWhenDone(tx, zone.name(), a);
    return a;
  }

  /**
   * Starts {@code command} on {@code zone} and, unless the action is to fail, stores {@code
   * changed}.
   */
  ActionEntry commitEntry(
      Transaction tx, ZoneEntry zone, ZoneEntry changed, String command, boolean fails) {
    ActionEntry a =
        actions.start(tx, command, ResourceRef.zone(zone.id()), Optional.empty(), fails);
    if (!fails) {
      tx.putZone(changed);
    }
    publishWhenDone(tx, zone.name(), a);
    return a;
  }

  /**
   * Once {@code tx} is committed and {@code action} has finished, serves the zone as it then is.
   */
  void publishWhenDone(Transaction tx, String zoneName, ActionEntry action) {
    tx.afterCommit(() -> scheduler.at(action.finishes(), () -> publish(zoneName)));
  }

  /**
   * Serves the current state of {@code zoneName}, hands a secondary zone to the publisher to follow
   * its primaries, or withdraws the zone when it no longer exists. Synchronised so that a
   * publication never overtakes a later one for the same zone.
   */
  synchronized void publish(String zoneName) {
    Optional<ZoneEntry> z = store.read(v -> v.zoneByName(zoneName));
    if (z.isPresent() && z.get().isPrimary()) {
      publisher.publish(z.get().data());
    } else if (z.isPresent()) {
      publisher.secondary(z.get());
    } else {
      publisher.withdraw(zoneName);
    }
  }

  /** Serves every primary zone and hands every secondary zone on (at start-up). */
  synchronized void publishAll() {
    for (ZoneEntry z : store.read(StateView::zones)) {
      if (z.isPrimary()) {
        publisher.publish(z.data());
      } else {
        publisher.secondary(z);
      }
    }
  }
}
