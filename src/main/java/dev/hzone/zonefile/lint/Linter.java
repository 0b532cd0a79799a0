package dev.hzone.zonefile.lint;

import dev.hzone.zonefile.Finding;
import dev.hzone.zonefile.FindingFormatter;
import dev.hzone.zonefile.ParsedZone;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs a set of {@link LintRule}s over a zone and collects all their findings, sorted by file and
 * line. The reader has already rejected what cannot be represented (syntax, unsupported types,
 * class other than IN, out-of-zone owners, conflicting TTLs) and dropped duplicates; these rules
 * check the rest.
 */
public final class Linter {
  private final List<LintRule> rules;

  public Linter(List<LintRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /**
   * The standard rules.
   *
   * @param registrableDomain the registrable domain of a name (public suffix list), empty for a
   *     public suffix itself; used to find zones that are subdomains
   */
  public static Linter standard(Function<String, Optional<String>> registrableDomain) {
    List<LintRule> rules = new ArrayList<>(withoutSuffixList().rules);
    rules.add(new SubdomainZoneRule(registrableDomain));
    return new Linter(rules);
  }

  /** The standard rules except the subdomain check, which needs a public suffix list. */
  public static Linter withoutSuffixList() {
    return new Linter(
        List.of(
            new CnameAtApexRule(),
            new CnameCoexistenceRule(),
            new SingletonRule(),
            new SoaAtApexRule(),
            new DsAtApexRule(),
            new TtlRangeRule()));
  }

  public List<LintRule> rules() {
    return rules;
  }

  /** Every finding of every rule, by file and line. */
  public List<Finding> check(ParsedZone zone) {
    // The rules that look at names share one walk over the zone; the findings stay grouped by
    // rule, in the rules' order, as if each had run on its own.
    List<List<Finding>> found = new ArrayList<>();
    List<NameRule> byName = new ArrayList<>();
    List<List<Finding>> byNameOut = new ArrayList<>();
    for (LintRule r : rules) {
      List<Finding> out = new ArrayList<>();
      found.add(out);
      if (r instanceof NameRule n) {
        byName.add(n);
        byNameOut.add(out);
      } else {
        out.addAll(r.check(zone));
      }
    }
    NameRule.walk(zone, byName, byNameOut);
    List<Finding> out = new ArrayList<>();
    found.forEach(out::addAll);
    out.sort(FindingFormatter.ORDER);
    return out;
  }
}
