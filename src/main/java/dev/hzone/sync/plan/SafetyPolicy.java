package dev.hzone.sync.plan;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a zone's plan may do without {@code --force}, as data (octoDNS's safety rules): updates and
 * deletes each at most a fraction of the zone's existing RRSets, for zones with at least {@code
 * minExistingRrsets}; never empty a zone; never take values away from the apex NS RRSet.
 *
 * @param maxUpdateFraction most RRSets that may change, as a fraction of the existing ones (0.3)
 * @param maxDeleteFraction most RRSets that may go, as a fraction of the existing ones (0.3)
 * @param minExistingRrsets zones with fewer existing RRSets are exempt from the fractions (10)
 */
public record SafetyPolicy(
    double maxUpdateFraction, double maxDeleteFraction, int minExistingRrsets) {

  /** The defaults: 30% updates, 30% deletes, for zones of 10 or more RRSets. */
  public static final SafetyPolicy DEFAULT = new SafetyPolicy(0.3, 0.3, 10);

  public SafetyPolicy {
    if (!(maxUpdateFraction >= 0 && maxUpdateFraction <= 1)) {
      throw new IllegalArgumentException(
          "maxUpdateFraction must be within 0..1, not " + maxUpdateFraction);
    }
    if (!(maxDeleteFraction >= 0 && maxDeleteFraction <= 1)) {
      throw new IllegalArgumentException(
          "maxDeleteFraction must be within 0..1, not " + maxDeleteFraction);
    }
    if (minExistingRrsets < 0) {
      throw new IllegalArgumentException("minExistingRrsets must not be negative");
    }
  }

  /** Every rule the zone plan breaks; empty when it is safe. */
  public List<SafetyViolation> check(ZonePlan plan) {
    List<SafetyViolation> out = new ArrayList<>();
    String zone = plan.zone();
    int existing = plan.existingRrsets();
    int updates = 0;
    int deletes = 0;
    for (Change c : plan.changes()) {
      if (c instanceof Change.UpdateRrset) {
        updates++;
      } else if (c instanceof Change.DeleteRrset) {
        deletes++;
      }
    }
    if (existing >= minExistingRrsets && existing > 0) {
      double uf = (double) updates / existing;
      if (uf > maxUpdateFraction) {
        out.add(
            new SafetyViolation(
                zone,
                "too-many-updates",
                String.format(
                    Locale.ROOT,
                    "%s: %d of %d existing RRSets would change (%.0f%%), above the limit of %.0f%% "
                        + "(max_update_percent in hzone.toml)",
                    zone,
                    updates,
                    existing,
                    uf * 100,
                    maxUpdateFraction * 100)));
      }
      double df = (double) deletes / existing;
      if (df > maxDeleteFraction) {
        out.add(
            new SafetyViolation(
                zone,
                "too-many-deletes",
                String.format(
                    Locale.ROOT,
                    "%s: %d of %d existing RRSets would be deleted (%.0f%%), above the limit of %.0f%% "
                        + "(max_delete_percent in hzone.toml)",
                    zone,
                    deletes,
                    existing,
                    df * 100,
                    maxDeleteFraction * 100)));
      }
    }
    if (plan.desiredEmpty() && deletes > 0) {
      out.add(
          new SafetyViolation(
              zone,
              "empty-zone",
              zone
                  + ": the zone file has no records besides SOA and NS;"
                  + " applying it would delete "
                  + deletes
                  + " RRSets"));
    }
    List<String> lost = lostApexNs(plan);
    if (!lost.isEmpty()) {
      out.add(
          new SafetyViolation(
              zone,
              "apex-ns-loss",
              zone + ": the apex NS RRSet would lose " + String.join(", ", lost)));
    }
    return out;
  }

  private static List<String> lostApexNs(ZonePlan plan) {
    RrsetKey apexNs = RrsetKey.of(RrsetKey.APEX, RecordType.NS);
    for (Change c : plan.changes()) {
      Rrset before = null;
      Rrset after = null;
      if (c instanceof Change.UpdateRrset u && u.before().key().equals(apexNs)) {
        before = u.before();
        after = u.after();
      } else if (c instanceof Change.DeleteRrset d && d.before().key().equals(apexNs)) {
        before = d.before();
      }
      if (before != null) {
        Set<String> kept = after == null ? Set.of() : after.byCanonicalValue().keySet();
        List<String> lost = new ArrayList<>();
        before
            .byCanonicalValue()
            .forEach(
                (canon, rv) -> {
                  if (!kept.contains(canon)) {
                    lost.add(rv.value());
                  }
                });
        return lost;
      }
    }
    return List.of();
  }
}
