package dev.hzone.emulator.cloud;

import dev.hzone.emulator.actions.Actions;
import dev.hzone.emulator.state.StateStore;
import dev.hzone.emulator.web.Router;
import java.util.Random;

/**
 * Registers the compute resources beyond servers' own routes: the servers' other actions and
 * metrics, images, ISOs, placement groups, volumes, networks and firewalls.
 */
public final class ComputeRoutes {
  private ComputeRoutes() {}

  public static void register(Router router, StateStore store, Actions actions, Random random) {
    new ServerConfigActionsHandler(store, actions, random).register(router);
    new ImagesHandler(store, actions).register(router);
    new IsosHandler().register(router);
    new PlacementGroupsHandler(store).register(router);
    new VolumesHandler(store, actions).register(router);
    new NetworksHandler(store, actions).register(router);
    new FirewallsHandler(store, actions).register(router);
  }
}
