package dev.hzone.emulator.state;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A private network: its IP range, subnets and routes. Which servers are attached is kept with each
 * server ({@link ServerConfig#privateNets()}), so that the server's and the network's views never
 * disagree.
 *
 * @param id network ID
 * @param name unique name
 * @param ipRange the network's range, e.g. {@code 10.0.0.0/16} (only grows)
 * @param subnets its subnets
 * @param routes its routes
 * @param exposeRoutesToVswitch whether routes are exposed to a connected vSwitch
 * @param deleteProtected delete protection
 * @param labels user labels
 * @param created creation time
 */
public record NetworkEntry(
    long id,
    String name,
    String ipRange,
    List<Subnet> subnets,
    List<Route> routes,
    boolean exposeRoutesToVswitch,
    boolean deleteProtected,
    Map<String, String> labels,
    Instant created) {

  /**
   * A subnet.
   *
   * @param type {@code cloud}, {@code server} or {@code vswitch}
   * @param ipRange its range inside the network's
   * @param networkZone e.g. {@code eu-central}
   * @param gateway its gateway address (the first address of the range)
   * @param vswitchId the vSwitch of a {@code vswitch} subnet, else null
   */
  public record Subnet(
      String type, String ipRange, String networkZone, String gateway, Long vswitchId) {
    public Subnet {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(ipRange, "ipRange");
      Objects.requireNonNull(networkZone, "networkZone");
      Objects.requireNonNull(gateway, "gateway");
    }
  }

  /**
   * A route.
   *
   * @param destination the destination network
   * @param gateway the address in the network that packets go to
   */
  public record Route(String destination, String gateway) {
    public Route {
      Objects.requireNonNull(destination, "destination");
      Objects.requireNonNull(gateway, "gateway");
    }
  }

  public NetworkEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(ipRange, "ipRange");
    subnets = List.copyOf(subnets);
    routes = List.copyOf(routes);
    labels = Map.copyOf(labels);
    Objects.requireNonNull(created, "created");
  }

  public NetworkEntry withSubnets(List<Subnet> s) {
    return new NetworkEntry(
        id, name, ipRange, s, routes, exposeRoutesToVswitch, deleteProtected, labels, created);
  }

  public NetworkEntry withRoutes(List<Route> r) {
    return new NetworkEntry(
        id, name, ipRange, subnets, r, exposeRoutesToVswitch, deleteProtected, labels, created);
  }

  public NetworkEntry withIpRange(String range) {
    return new NetworkEntry(
        id, name, range, subnets, routes, exposeRoutesToVswitch, deleteProtected, labels, created);
  }

  public NetworkEntry withDeleteProtected(boolean p) {
    return new NetworkEntry(
        id, name, ipRange, subnets, routes, exposeRoutesToVswitch, p, labels, created);
  }

  public NetworkEntry withUpdate(String newName, Map<String, String> newLabels, boolean expose) {
    return new NetworkEntry(
        id, newName, ipRange, subnets, routes, expose, deleteProtected, newLabels, created);
  }
}
