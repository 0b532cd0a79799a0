package dev.hzone.emulator.state;

import java.util.List;
import java.util.Optional;

/** Every {@link CloudKind} the state keeps; the loader reads the members these name. */
public final class CloudKinds {
  public static final CloudKind<ServerConfig> SERVER_CONFIGS =
      new CloudKind<>("server_configs", ServerConfig.class, ServerConfig::server, Optional.empty());
  public static final CloudKind<VolumeEntry> VOLUMES =
      new CloudKind<>(
          "volumes", VolumeEntry.class, VolumeEntry::id, Optional.of(IdCounters.Kind.VOLUME));
  public static final CloudKind<NetworkEntry> NETWORKS =
      new CloudKind<>(
          "networks", NetworkEntry.class, NetworkEntry::id, Optional.of(IdCounters.Kind.NETWORK));
  public static final CloudKind<FirewallEntry> FIREWALLS =
      new CloudKind<>(
          "firewalls",
          FirewallEntry.class,
          FirewallEntry::id,
          Optional.of(IdCounters.Kind.FIREWALL));
  public static final CloudKind<PlacementGroupEntry> PLACEMENT_GROUPS =
      new CloudKind<>(
          "placement_groups",
          PlacementGroupEntry.class,
          PlacementGroupEntry::id,
          Optional.of(IdCounters.Kind.PLACEMENT_GROUP));
  public static final CloudKind<ImageEntry> IMAGES =
      new CloudKind<>(
          "images", ImageEntry.class, ImageEntry::id, Optional.of(IdCounters.Kind.IMAGE));

  public static final CloudKind<PrimaryIpEntry> PRIMARY_IPS =
      new CloudKind<>(
          "primary_ips",
          PrimaryIpEntry.class,
          PrimaryIpEntry::id,
          Optional.of(IdCounters.Kind.PRIMARY_IP));
  public static final CloudKind<FloatingIpEntry> FLOATING_IPS =
      new CloudKind<>(
          "floating_ips",
          FloatingIpEntry.class,
          FloatingIpEntry::id,
          Optional.of(IdCounters.Kind.FLOATING_IP));
  public static final CloudKind<LoadBalancerEntry> LOAD_BALANCERS =
      new CloudKind<>(
          "load_balancers",
          LoadBalancerEntry.class,
          LoadBalancerEntry::id,
          Optional.of(IdCounters.Kind.LOAD_BALANCER));
  public static final CloudKind<CertificateEntry> CERTIFICATES =
      new CloudKind<>(
          "certificates",
          CertificateEntry.class,
          CertificateEntry::id,
          Optional.of(IdCounters.Kind.CERTIFICATE));

  /** All kinds, in the order they are written. */
  public static final List<CloudKind<?>> ALL =
      List.of(
          SERVER_CONFIGS,
          VOLUMES,
          NETWORKS,
          FIREWALLS,
          PLACEMENT_GROUPS,
          IMAGES,
          PRIMARY_IPS,
          FLOATING_IPS,
          LOAD_BALANCERS,
          CERTIFICATES);

  private CloudKinds() {}
}
