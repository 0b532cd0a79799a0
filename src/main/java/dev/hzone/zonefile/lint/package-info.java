/**
 * Lint rules for parsed zones: one class per rule, each a {@link dev.hzone.zonefile.lint.LintRule}
 * with a kebab-case id, run together by a {@link dev.hzone.zonefile.lint.Linter} before anything
 * could reach the API. Uses {@code dev.hzone.dns} and {@code dev.hzone.zonefile}.
 *
 * <pre>{@code
 * List<Finding> findings = Linter.withoutSuffixList().check(parsed);
 * boolean ok = findings.stream().noneMatch(Finding::isError);
 * }</pre>
 */
package dev.hzone.zonefile.lint;
