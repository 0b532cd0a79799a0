package dev.hzone.emulator.state;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A server: what it was created from and whether it is powered on once its running actions are
 * done.
 *
 * @param id server ID
 * @param name unique host name
 * @param serverType server type ID from the catalogue
 * @param location location ID from the catalogue
 * @param image image ID from the catalogue
 * @param poweredOn the power state after running actions
 * @param created creation time
 * @param labels user labels
 * @param sshKeys IDs of the SSH keys it was created with
 * @param ipv4 its primary IPv4 and that Primary IP's ID
 * @param ipv6 its primary IPv6 /64 network and that Primary IP's ID
 */
public record ServerEntry(
    long id,
    String name,
    long serverType,
    long location,
    long image,
    boolean poweredOn,
    Instant created,
    Map<String, String> labels,
    List<Long> sshKeys,
    PrimaryIp ipv4,
    PrimaryIp ipv6) {

  /**
   * A primary IP of the server.
   *
   * @param id Primary IP ID
   * @param ip the address (IPv4) or network (IPv6, {@code 2001:db8:1::/64})
   */
  public record PrimaryIp(long id, String ip) {
    public PrimaryIp {
      Objects.requireNonNull(ip, "ip");
    }
  }

  public ServerEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(created, "created");
    labels = Map.copyOf(labels);
    sshKeys = List.copyOf(sshKeys);
    Objects.requireNonNull(ipv4, "ipv4");
    Objects.requireNonNull(ipv6, "ipv6");
  }

  public ServerEntry withPoweredOn(boolean on) {
    return new ServerEntry(
        id, name, serverType, location, image, on, created, labels, sshKeys, ipv4, ipv6);
  }

  public ServerEntry withName(String newName) {
    return new ServerEntry(
        id, newName, serverType, location, image, poweredOn, created, labels, sshKeys, ipv4, ipv6);
  }

  public ServerEntry withLabels(Map<String, String> newLabels) {
    return new ServerEntry(
        id, name, serverType, location, image, poweredOn, created, newLabels, sshKeys, ipv4, ipv6);
  }

  public ServerEntry withServerType(long newType) {
    return new ServerEntry(
        id, name, newType, location, image, poweredOn, created, labels, sshKeys, ipv4, ipv6);
  }

  /** After a rebuild: a catalogue image or a snapshot/backup ID. */
  public ServerEntry withImage(long newImage) {
    return new ServerEntry(
        id, name, serverType, location, newImage, poweredOn, created, labels, sshKeys, ipv4, ipv6);
  }
}
