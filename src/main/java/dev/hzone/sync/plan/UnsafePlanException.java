package dev.hzone.sync.plan;

import dev.hzone.sync.SyncException;
import java.util.ArrayList;
import java.util.List;

/** A plan that breaks safety rules ({@link SafetyPolicy}); {@code --force} applies it anyway. */
public final class UnsafePlanException extends SyncException {
  private final List<SafetyViolation> violations;

  public UnsafePlanException(List<SafetyViolation> violations) {
    super(message(violations));
    this.violations = List.copyOf(violations);
  }

  public List<SafetyViolation> violations() {
    return violations;
  }

  private static String message(List<SafetyViolation> violations) {
    List<String> lines = new ArrayList<>();
    for (SafetyViolation v : violations) {
      lines.add(v.message());
    }
    return "refusing an unsafe plan (run with --force to apply it anyway):\n  "
        + String.join("\n  ", lines);
  }
}
