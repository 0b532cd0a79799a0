package dev.hzone.emulator.dnsapi;

import dev.hzone.emulator.actions.Actions;
import dev.hzone.emulator.actions.Scheduler;
import dev.hzone.emulator.publish.ZonePublisher;
import dev.hzone.emulator.state.StateStore;
import dev.hzone.emulator.web.Router;

/**
 * The emulated DNS part of the Cloud API: zones, zone actions, RRSets and RRSet actions, with the
 * rules of Hetzner's service (managed SOA and NS, serials, protection, modes, locks). Every
 * finished change to a primary zone is handed to the {@link ZonePublisher}.
 */
public final class DnsApi {
  private final ZoneChanges changes;
  private final ZoneFileImport importer = new ZoneFileImport();

  public DnsApi(StateStore store, Actions actions, Scheduler scheduler, ZonePublisher publisher) {
    this(store, actions, scheduler, publisher, NameserverSets.HETZNER);
  }

  /**
   * @param nameservers the Hetzner nameservers to assign to zones
   */
  public DnsApi(
      StateStore store,
      Actions actions,
      Scheduler scheduler,
      ZonePublisher publisher,
      NameserverSets nameservers) {
    this.changes = new ZoneChanges(store, actions, scheduler, publisher, nameservers);
  }

  /** Adds the DNS routes. */
  public void register(Router router) {
    new ZonesHandler(changes, importer).register(router);
    new ZoneActionsHandler(changes, importer).register(router);
    new RrsetsHandler(changes).register(router);
    new RrsetActionsHandler(changes).register(router);
  }

  /** Hands every primary zone to the publisher, as at start-up. */
  public void publishAll() {
    changes.publishAll();
  }
}
