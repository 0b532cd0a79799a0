package dev.hzone.emulator.state;

import dev.hzone.dns.ZoneData;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One zone as the emulator stores it: the API's zone fields plus, for primary zones, the records
 * (with their TTLs, labels and protection) as {@link ZoneData}, whose default TTL is the zone's
 * {@code ttl}.
 *
 * @param id zone ID
 * @param mode primary or secondary
 * @param labels user labels
 * @param deleteProtected {@code protection.delete}
 * @param created creation time
 * @param primaryNameservers for secondary zones, where the zone is pulled from
 * @param data name, default TTL and RRSets (none for secondary zones)
 */
public record ZoneEntry(
    long id,
    ZoneMode mode,
    Map<String, String> labels,
    boolean deleteProtected,
    Instant created,
    List<PrimaryNameserver> primaryNameservers,
    ZoneData data) {

  public ZoneEntry {
    Objects.requireNonNull(mode, "mode");
    labels = Map.copyOf(labels);
    Objects.requireNonNull(created, "created");
    primaryNameservers = List.copyOf(primaryNameservers);
    Objects.requireNonNull(data, "data");
    if (data.defaultTtl().isEmpty()) {
      throw new IllegalArgumentException("zone " + data.name() + " has no default TTL");
    }
  }

  /** The zone name: lower case, no trailing dot, punycode. */
  public String name() {
    return data.name();
  }

  /** The zone's default TTL. */
  public int ttl() {
    return data.defaultTtl().getAsInt();
  }

  public boolean isPrimary() {
    return mode == ZoneMode.PRIMARY;
  }

  public ZoneEntry withData(ZoneData newData) {
    return new ZoneEntry(id, mode, labels, deleteProtected, created, primaryNameservers, newData);
  }

  public ZoneEntry withLabels(Map<String, String> newLabels) {
    return new ZoneEntry(id, mode, newLabels, deleteProtected, created, primaryNameservers, data);
  }

  public ZoneEntry withDeleteProtected(boolean prot) {
    return new ZoneEntry(id, mode, labels, prot, created, primaryNameservers, data);
  }

  public ZoneEntry withPrimaryNameservers(List<PrimaryNameserver> primaries) {
    return new ZoneEntry(id, mode, labels, deleteProtected, created, primaries, data);
  }
}
