package dev.hzone.emulator;

import dev.hzone.emulator.actions.Actions;
import dev.hzone.emulator.actions.ActionsHandler;
import dev.hzone.emulator.actions.Scheduler;
import dev.hzone.emulator.cloud.CertificatesHandler;
import dev.hzone.emulator.cloud.ComputeRoutes;
import dev.hzone.emulator.cloud.DatacentersHandler;
import dev.hzone.emulator.cloud.FloatingIpsHandler;
import dev.hzone.emulator.cloud.LoadBalancerTypes;
import dev.hzone.emulator.cloud.LoadBalancersHandler;
import dev.hzone.emulator.cloud.LocationsHandler;
import dev.hzone.emulator.cloud.PricingHandler;
import dev.hzone.emulator.cloud.PrimaryIpsHandler;
import dev.hzone.emulator.cloud.ReverseDns;
import dev.hzone.emulator.cloud.ServerActionsHandler;
import dev.hzone.emulator.cloud.ServerTypesHandler;
import dev.hzone.emulator.cloud.ServersHandler;
import dev.hzone.emulator.cloud.SshKeysHandler;
import dev.hzone.emulator.dnsapi.DnsApi;
import dev.hzone.emulator.dnsapi.NameserverSets;
import dev.hzone.emulator.publish.ZonePublisher;
import dev.hzone.emulator.state.StateStore;
import dev.hzone.emulator.web.Router;
import java.util.Random;

/** The emulated part of the Cloud API: one handler per resource, all registered in one place. */
final class ApiRoutes {
  private ApiRoutes() {}

  /**
   * Registers every route on {@code router}; returns the DNS API, which publishes the zones at
   * start-up.
   */
  static DnsApi register(
      Router router,
      StateStore store,
      Actions actions,
      Scheduler scheduler,
      ZonePublisher publisher,
      NameserverSets nameservers,
      Random random) {
    DnsApi dnsApi = new DnsApi(store, actions, scheduler, publisher, nameservers);
    dnsApi.register(router);
    new ActionsHandler(store).register(router);
    new SshKeysHandler(store).register(router);
    new ServersHandler(store, actions, random).register(router);
    new ServerActionsHandler(store, actions).register(router);
    new LocationsHandler().register(router);
    new DatacentersHandler().register(router);
    new ServerTypesHandler().register(router);
    ComputeRoutes.register(router, store, actions, random);
    new PricingHandler().register(router);
    new PrimaryIpsHandler(store, actions).register(router);
    new FloatingIpsHandler(store, actions).register(router);
    new LoadBalancerTypes().register(router);
    new LoadBalancersHandler(store, actions).register(router);
    new CertificatesHandler(store, actions).register(router);
    new ReverseDns(store, publisher).start();
    return dnsApi;
  }
}
