package dev.hzone.emulator.state;

import java.util.List;
import java.util.Objects;

/**
 * What a server's actions set beyond {@link ServerEntry}: rescue, backups, ISO, placement group,
 * protection, private networks. A server without one has the defaults ({@link #defaults}). The
 * reverse DNS of its addresses lives with them, in its {@link PrimaryIpEntry primary IPs}.
 *
 * @param server the server ID
 * @param rescueEnabled whether the next boot is into the rescue system
 * @param backupWindow the backup window, e.g. {@code 22-02}, or null when backups are off
 * @param iso the attached ISO's ID, or null
 * @param placementGroup the placement group's ID, or null
 * @param deleteProtected delete protection
 * @param rebuildProtected rebuild protection
 * @param privateNets the networks it is attached to, in attach order
 */
public record ServerConfig(
    long server,
    boolean rescueEnabled,
    String backupWindow,
    Long iso,
    Long placementGroup,
    boolean deleteProtected,
    boolean rebuildProtected,
    List<PrivateNet> privateNets) {

  /**
   * The server's address in a network.
   *
   * @param network the network ID
   * @param ip its address
   * @param aliasIps its alias addresses
   * @param macAddress the MAC address of its interface
   */
  public record PrivateNet(long network, String ip, List<String> aliasIps, String macAddress) {
    public PrivateNet {
      Objects.requireNonNull(ip, "ip");
      aliasIps = List.copyOf(aliasIps);
      Objects.requireNonNull(macAddress, "macAddress");
    }
  }

  public ServerConfig {
    privateNets = List.copyOf(privateNets);
  }

  /** A new server's: nothing enabled, attached or protected. */
  public static ServerConfig defaults(long server) {
    return new ServerConfig(server, false, null, null, null, false, false, List.of());
  }

  public ServerConfig withRescue(boolean on) {
    return new ServerConfig(
        server,
        on,
        backupWindow,
        iso,
        placementGroup,
        deleteProtected,
        rebuildProtected,
        privateNets);
  }

  public ServerConfig withBackupWindow(String window) {
    return new ServerConfig(
        server,
        rescueEnabled,
        window,
        iso,
        placementGroup,
        deleteProtected,
        rebuildProtected,
        privateNets);
  }

  public ServerConfig withIso(Long newIso) {
    return new ServerConfig(
        server,
        rescueEnabled,
        backupWindow,
        newIso,
        placementGroup,
        deleteProtected,
        rebuildProtected,
        privateNets);
  }

  public ServerConfig withPlacementGroup(Long group) {
    return new ServerConfig(
        server,
        rescueEnabled,
        backupWindow,
        iso,
        group,
        deleteProtected,
        rebuildProtected,
        privateNets);
  }

  public ServerConfig withProtection(boolean delete, boolean rebuild) {
    return new ServerConfig(
        server, rescueEnabled, backupWindow, iso, placementGroup, delete, rebuild, privateNets);
  }

  public ServerConfig withPrivateNets(List<PrivateNet> nets) {
    return new ServerConfig(
        server,
        rescueEnabled,
        backupWindow,
        iso,
        placementGroup,
        deleteProtected,
        rebuildProtected,
        nets);
  }
}
