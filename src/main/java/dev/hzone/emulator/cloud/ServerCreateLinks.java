package dev.hzone.emulator.cloud;

import dev.hzone.emulator.state.CloudKinds;
import dev.hzone.emulator.state.FirewallEntry;
import dev.hzone.emulator.state.ServerConfig;
import dev.hzone.emulator.state.ServerEntry;
import dev.hzone.emulator.state.Transaction;
import dev.hzone.emulator.state.VolumeEntry;
import dev.hzone.emulator.web.ApiError;
import dev.hzone.emulator.web.Body;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The links a new server gets from {@code POST /servers}: {@code volumes} (detached, in its
 * location), {@code networks} (an address in each), {@code firewalls} and {@code placement_group}.
 * Unknown IDs are {@code invalid_input} on their field; nothing is made when any is wrong.
 */
final class ServerCreateLinks {
  private final List<Long> volumes;
  private final List<Long> networks;
  private final List<Long> firewalls;
  private final Optional<Long> placementGroup;
  private final List<ServerConfig.PrivateNet> planned = new ArrayList<>();

  private ServerCreateLinks(
      List<Long> volumes,
      List<Long> networks,
      List<Long> firewalls,
      Optional<Long> placementGroup) {
    this.volumes = volumes;
    this.networks = networks;
    this.firewalls = firewalls;
    this.placementGroup = placementGroup;
  }

  static ServerCreateLinks parse(Body b) {
    List<Long> volumes = ids(b, "volumes");
    List<Long> networks = ids(b, "networks");
    List<Long> firewalls = new ArrayList<>();
    for (Body f : b.objects("firewalls")) {
      firewalls.add(f.requireLong("firewall"));
    }
    b.optBoolean("automount");
    java.util.OptionalLong pg = b.optLong("placement_group");
    return new ServerCreateLinks(
        volumes,
        networks,
        firewalls,
        pg.isPresent() ? Optional.of(pg.getAsLong()) : Optional.empty());
  }

  private static List<Long> ids(Body b, String field) {
    List<Long> out = new ArrayList<>();
    com.google.gson.JsonArray a = b.optArray(field).orElse(new com.google.gson.JsonArray());
    for (int i = 0; i < a.size(); i++) {
      com.google.gson.JsonElement e = a.get(i);
      if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
        throw ApiError.invalidInput(field + "[" + i + "]", "must be an ID");
      }
      out.add(e.getAsLong());
    }
    return out;
  }

  /** Checks every link for server {@code s} (not yet stored) and plans its network addresses. */
  void check(Transaction tx, ServerEntry s) {
    for (long id : volumes) {
      VolumeEntry v =
          tx.find(CloudKinds.VOLUMES, id)
              .orElseThrow(
                  () -> ApiError.invalidInput("volumes", "volume with ID " + id + " not found"));
      if (v.server() != null) {
        throw new ApiError(
            422,
            "volume_already_attached",
            "volume " + id + " is attached to server " + v.server(),
            null);
      }
      if (v.location() != s.location()) {
        throw ApiError.invalidInput(
            "volumes", "volume " + id + " is in another location than the server");
      }
    }
    for (long id : firewalls) {
      if (tx.find(CloudKinds.FIREWALLS, id).isEmpty()) {
        throw ApiError.invalidInput("firewalls", "firewall with ID " + id + " not found");
      }
    }
    if (placementGroup.isPresent()) {
      if (tx.find(CloudKinds.PLACEMENT_GROUPS, placementGroup.get()).isEmpty()) {
        throw ApiError.invalidInput(
            "placement_group", "placement group with ID " + placementGroup.get() + " not found");
      }
      PlacementGroupsHandler.checkRoom(tx, placementGroup.get());
    }
    for (long id : networks) {
      if (tx.find(CloudKinds.NETWORKS, id).isEmpty()) {
        throw ApiError.invalidInput("networks", "network with ID " + id + " not found");
      }
      planned.add(PrivateNets.plan(tx, s, id, Optional.empty(), Optional.empty(), List.of()));
    }
  }

  /** Stores the links of the new server {@code s}. */
  void apply(Transaction tx, ServerEntry s) {
    for (long id : volumes) {
      tx.put(CloudKinds.VOLUMES, tx.find(CloudKinds.VOLUMES, id).orElseThrow().withServer(s.id()));
    }
    for (long id : firewalls) {
      FirewallEntry f = tx.find(CloudKinds.FIREWALLS, id).orElseThrow();
      List<FirewallEntry.Target> targets = new ArrayList<>(f.appliedTo());
      targets.add(new FirewallEntry.Target(s.id(), null));
      tx.put(CloudKinds.FIREWALLS, f.withAppliedTo(targets));
    }
    if (!planned.isEmpty() || placementGroup.isPresent()) {
      ServerConfig c =
          ServerLinks.config(tx, s.id())
              .withPrivateNets(planned)
              .withPlacementGroup(placementGroup.orElse(null));
      tx.put(CloudKinds.SERVER_CONFIGS, c);
    }
  }
}
