package dev.hzone.zonefile.lint;

import dev.hzone.zonefile.Finding;
import dev.hzone.zonefile.ParsedZone;
import java.util.List;

/**
 * One check of a parsed zone against what DNS or the Hetzner API accepts. A rule returns every
 * finding, not just the first, each with the file and line of the RRSet concerned.
 */
public interface LintRule {
  /** A kebab-case id ({@code cname-coexistence}), used as the findings' rule id. */
  String id();

  /** What the rule checks, in one line, for documentation and {@code --help}. */
  String description();

  /** The findings for {@code zone}; empty when it passes. */
  List<Finding> check(ParsedZone zone);
}
