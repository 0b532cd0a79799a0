package dev.hzone.zonefile.lint;

import dev.hzone.dns.Rrset;
import dev.hzone.zonefile.Finding;
import dev.hzone.zonefile.ParsedZone;
import java.util.ArrayList;
import java.util.List;

/**
 * A lint rule that looks at the RRSets of one owner name at a time. {@link Linter} walks a zone
 * once for all such rules, instead of once per rule: on a zone of a million RRSets each walk makes
 * a million keys and RRSets, which was most of the time {@code file check} spent linting.
 */
public interface NameRule extends LintRule {
  /** Adds the findings about the zone as a whole, before any name's; none by default. */
  default void checkZone(ParsedZone zone, List<Finding> out) {}

  /**
   * Adds the findings about the RRSets of one owner name.
   *
   * @param rrsets every RRSet of the name, in key order (never empty)
   */
  void checkName(ParsedZone zone, List<Rrset> rrsets, List<Finding> out);

  @Override
  default List<Finding> check(ParsedZone zone) {
    List<Finding> out = new ArrayList<>();
    walk(zone, List.of(this), List.of(out));
    return out;
  }

  /**
   * Runs {@code rules} over {@code zone} in one walk, each adding to the list at its own index of
   * {@code outs}.
   */
  static void walk(ParsedZone zone, List<NameRule> rules, List<List<Finding>> outs) {
    for (int k = 0; k < rules.size(); k++) {
      rules.get(k).checkZone(zone, outs.get(k));
    }
    // The RRSets come in key order, so those of one name are next to each other.
    List<Rrset> name = new ArrayList<>();
    for (Rrset r : zone.zone().rrsets().values()) {
      if (!name.isEmpty() && !name.get(0).name().equals(r.name())) {
        for (int k = 0; k < rules.size(); k++) {
          rules.get(k).checkName(zone, name, outs.get(k));
        }
        name.clear();
      }
      name.add(r);
    }
    if (!name.isEmpty()) {
      for (int k = 0; k < rules.size(); k++) {
        rules.get(k).checkName(zone, name, outs.get(k));
      }
    }
  }
}
