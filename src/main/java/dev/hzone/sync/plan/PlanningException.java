package dev.hzone.sync.plan;

import dev.hzone.sync.SyncException;
import java.util.List;

/**
 * A plan that cannot be made: a zone that does not exist without {@code --create-zones}, a mode
 * that would have to change, an import that the zone's protected RRSets forbid. Nothing has been
 * sent.
 */
public final class PlanningException extends SyncException {
  private final List<String> problems;

  /** One problem with one zone. */
  public PlanningException(String zone, String problem) {
    this(List.of(zone + ": " + problem));
  }

  /** Every problem found, one line each. */
  public PlanningException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
