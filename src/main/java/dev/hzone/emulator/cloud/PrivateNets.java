package dev.hzone.emulator.cloud;

import dev.hzone.emulator.state.NetworkEntry;
import dev.hzone.emulator.state.ServerConfig;
import dev.hzone.emulator.state.ServerEntry;
import dev.hzone.emulator.state.StateView;
import dev.hzone.emulator.web.ApiError;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A server's place in a private network: its address, alias addresses and interface. */
final class PrivateNets {
  private PrivateNets() {}

  /**
   * The attachment of server {@code s} to network {@code networkId}, checked but not stored.
   *
   * @throws ApiError 404 for an unknown network; 422 {@code server_already_attached}, {@code
   *     ip_not_available}, {@code no_subnet_available}
   */
  static ServerConfig.PrivateNet plan(
      StateView v,
      ServerEntry s,
      long networkId,
      Optional<String> ip,
      Optional<String> ipRange,
      List<String> aliases) {
    NetworkEntry n = NetworksHandler.find(v, networkId);
    ServerConfig c = ServerLinks.config(v, s.id());
    if (c.privateNets().stream().anyMatch(p -> p.network() == networkId)) {
      throw new ApiError(
          422,
          "server_already_attached",
          "server " + s.id() + " is already attached to network " + networkId,
          null);
    }
    String zone = Catalog.location(s.location()).orElseThrow().networkZone();
    String address = NetworksHandler.allocate(v, n, zone, ip, ipRange);
    checkAliases(v, n, s.id(), address, aliases);
    String mac =
        String.format(
            "86:00:00:%02x:%02x:%02x", (s.id() >> 8) & 255, s.id() & 255, networkId & 255);
    return new ServerConfig.PrivateNet(networkId, address, aliases, mac);
  }

  /** Alias addresses must lie in the network, be distinct and be used by no other server. */
  static void checkAliases(
      StateView v, NetworkEntry n, long server, String own, List<String> aliases) {
    Ipv4Net range = Ipv4Net.parse(n.ipRange(), "ip_range");
    Set<Long> usedByOthers = new HashSet<>();
    for (ServerConfig c : v.all(dev.hzone.emulator.state.CloudKinds.SERVER_CONFIGS)) {
      if (c.server() == server) {
        continue;
      }
      for (ServerConfig.PrivateNet p : c.privateNets()) {
        if (p.network() == n.id()) {
          usedByOthers.add(Ipv4Net.address(p.ip(), "ip"));
          p.aliasIps().forEach(a -> usedByOthers.add(Ipv4Net.address(a, "alias_ips")));
        }
      }
    }
    Set<Long> seen = new HashSet<>();
    for (String a : aliases) {
      long addr = Ipv4Net.address(a, "alias_ips");
      if (!range.contains(addr)
          || a.equals(own)
          || !seen.add(addr)
          || usedByOthers.contains(addr)) {
        throw new ApiError(
            422,
            "ip_not_available",
            "alias IP " + a + " is not available in network " + n.id(),
            null);
      }
    }
  }
}
