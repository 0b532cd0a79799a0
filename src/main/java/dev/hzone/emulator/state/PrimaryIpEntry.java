package dev.hzone.emulator.state;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A primary IP: the one home of a server's public addresses and of their reverse DNS. A server's
 * {@code public_net} shows the primary IPs assigned to it.
 *
 * @param id primary IP ID
 * @param name unique name
 * @param type {@code ipv4} or {@code ipv6}
 * @param ip the address (IPv4) or network (IPv6, {@code 2001:db8:1::/64})
 * @param location location ID from the catalogue
 * @param assignee the server it is assigned to, if any
 * @param autoDelete whether it is deleted with its server
 * @param dnsPtr reverse DNS names by address
 * @param deleteProtected the API's {@code protection.delete}
 * @param labels user labels
 * @param created creation time
 */
public record PrimaryIpEntry(
    long id,
    String name,
    String type,
    String ip,
    long location,
    Optional<Long> assignee,
    boolean autoDelete,
    Map<String, String> dnsPtr,
    boolean deleteProtected,
    Map<String, String> labels,
    Instant created) {

  public PrimaryIpEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(ip, "ip");
    Objects.requireNonNull(assignee, "assignee");
    dnsPtr = Map.copyOf(dnsPtr);
    labels = Map.copyOf(labels);
    Objects.requireNonNull(created, "created");
  }

  public boolean isIpv4() {
    return type.equals("ipv4");
  }

  public PrimaryIpEntry withAssignee(Optional<Long> a) {
    return new PrimaryIpEntry(
        id, name, type, ip, location, a, autoDelete, dnsPtr, deleteProtected, labels, created);
  }

  public PrimaryIpEntry withDnsPtr(Map<String, String> ptr) {
    return new PrimaryIpEntry(
        id, name, type, ip, location, assignee, autoDelete, ptr, deleteProtected, labels, created);
  }

  public PrimaryIpEntry withDeleteProtected(boolean p) {
    return new PrimaryIpEntry(
        id, name, type, ip, location, assignee, autoDelete, dnsPtr, p, labels, created);
  }

  public PrimaryIpEntry withUpdate(
      String newName, boolean newAutoDelete, Map<String, String> newLabels) {
    return new PrimaryIpEntry(
        id,
        newName,
        type,
        ip,
        location,
        assignee,
        newAutoDelete,
        dnsPtr,
        deleteProtected,
        newLabels,
        created);
  }
}
