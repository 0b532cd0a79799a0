package dev.hzone.sync.plan;

import java.util.Objects;

/**
 * A reason a plan is refused unless forced ({@code --force}).
 *
 * @param zone the zone it concerns
 * @param rule a kebab-case rule id: {@code too-many-updates}, {@code too-many-deletes}, {@code
 *     empty-zone}, {@code apex-ns-loss}
 * @param message one line for people, naming the numbers and the setting that changes the limit
 */
public record SafetyViolation(String zone, String rule, String message) {
  public SafetyViolation {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }
}
