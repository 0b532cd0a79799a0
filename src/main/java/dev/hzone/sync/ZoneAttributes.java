package dev.hzone.sync;

import dev.hzone.api.cloud.ZoneMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The zone-level settings that a plan compares and changes, apart from its records.
 *
 * @param mode primary or secondary (immutable at Hetzner)
 * @param ttl the zone's default TTL, used by RRSets without their own
 * @param labels the zone's labels
 * @param deleteProtected the zone's {@code protection.delete}
 * @param primaries a secondary zone's primaries; empty for a primary zone
 */
public record ZoneAttributes(
    ZoneMode mode,
    int ttl,
    Map<String, String> labels,
    boolean deleteProtected,
    List<PrimaryServer> primaries) {

  /** The zone TTL Hetzner gives a zone created without one. */
  public static final int DEFAULT_TTL = 3600;

  public ZoneAttributes {
    Objects.requireNonNull(mode, "mode");
    labels = Map.copyOf(labels);
    primaries = List.copyOf(primaries);
  }

  public ZoneAttributes withTtl(int newTtl) {
    return new ZoneAttributes(mode, newTtl, labels, deleteProtected, primaries);
  }

  public ZoneAttributes withLabels(Map<String, String> newLabels) {
    return new ZoneAttributes(mode, ttl, newLabels, deleteProtected, primaries);
  }

  public ZoneAttributes withDeleteProtected(boolean prot) {
    return new ZoneAttributes(mode, ttl, labels, prot, primaries);
  }

  public ZoneAttributes withPrimaries(List<PrimaryServer> newPrimaries) {
    return new ZoneAttributes(mode, ttl, labels, deleteProtected, newPrimaries);
  }

  /** Whether both lists name the same primaries with the same keys, in any order. */
  public static boolean samePrimaries(List<PrimaryServer> a, List<PrimaryServer> b) {
    if (a.size() != b.size()) {
      return false;
    }
    outer:
    for (PrimaryServer p : a) {
      for (PrimaryServer q : b) {
        if (p.sameAs(q)) {
          continue outer;
        }
      }
      return false;
    }
    return true;
  }
}
