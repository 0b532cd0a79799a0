package dev.hzone.api;

import java.util.List;
import java.util.Objects;

/**
 * One private network the server is attached to, as the metadata service's {@code private-networks} lists it.
 *
 * @param ip the server's address in the network
 * @param aliasIps further addresses of the server in the network
 * @param interfaceNum the number of the network interface
 * @param macAddress the interface's MAC address
 * @param networkId the network's id
 * @param networkName the network's name
 * @param network the network's IP range
 * @param subnet the subnet's IP range
 * @param gateway the subnet's gateway
 */
public record PrivateNetwork(
    String ip,
    List<String> aliasIps,
    long interfaceNum,
    String macAddress,
    long networkId,
    String networkName,
    String network,
    String subnet,
    String gateway) {
  public PrivateNetwork {
    Objects.requireNonNull(ip, "ip");
    aliasIps = List.copyOf(aliasIps);
    Objects.requireNonNull(macAddress, "macAddress");
    Objects.requireNonNull(networkName, "networkName");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(subnet, "subnet");
    Objects.requireNonNull(gateway, "gateway");
  }
}
