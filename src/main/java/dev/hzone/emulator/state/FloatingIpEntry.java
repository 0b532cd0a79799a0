package dev.hzone.emulator.state;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A floating IP.
 *
 * @param id floating IP ID
 * @param name unique name
 * @param description free text, if any
 * @param type {@code ipv4} or {@code ipv6}
 * @param ip the address (IPv4) or network (IPv6, {@code 2001:db8:f1:1::/64})
 * @param server the server it is assigned to, if any
 * @param homeLocation location ID from the catalogue
 * @param dnsPtr reverse DNS names by address
 * @param deleteProtected the API's {@code protection.delete}
 * @param labels user labels
 * @param created creation time
 */
public record FloatingIpEntry(
    long id,
    String name,
    Optional<String> description,
    String type,
    String ip,
    Optional<Long> server,
    long homeLocation,
    Map<String, String> dnsPtr,
    boolean deleteProtected,
    Map<String, String> labels,
    Instant created) {

  public FloatingIpEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(ip, "ip");
    Objects.requireNonNull(server, "server");
    dnsPtr = Map.copyOf(dnsPtr);
    labels = Map.copyOf(labels);
    Objects.requireNonNull(created, "created");
  }

  public FloatingIpEntry withServer(Optional<Long> s) {
    return new FloatingIpEntry(
        id, name, description, type, ip, s, homeLocation, dnsPtr, deleteProtected, labels, created);
  }

  public FloatingIpEntry withDnsPtr(Map<String, String> ptr) {
    return new FloatingIpEntry(
        id,
        name,
        description,
        type,
        ip,
        server,
        homeLocation,
        ptr,
        deleteProtected,
        labels,
        created);
  }

  public FloatingIpEntry withDeleteProtected(boolean p) {
    return new FloatingIpEntry(
        id, name, description, type, ip, server, homeLocation, dnsPtr, p, labels, created);
  }

  public FloatingIpEntry withUpdate(
      String newName, Optional<String> newDescription, Map<String, String> newLabels) {
    return new FloatingIpEntry(
        id,
        newName,
        newDescription,
        type,
        ip,
        server,
        homeLocation,
        dnsPtr,
        deleteProtected,
        newLabels,
        created);
  }
}
