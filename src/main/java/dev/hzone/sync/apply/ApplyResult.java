package dev.hzone.sync.apply;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How an apply went.
 *
 * @param applied changes that succeeded (carried RRSet changes included)
 * @param failures changes that failed or were skipped, each with the reason
 * @param requests API requests sent, polls and retries included
 * @param polls of those, action polls
 * @param wallTime how long it took
 */
public record ApplyResult(
    int applied, List<FailedChange> failures, long requests, int polls, Duration wallTime) {

  /** A change that failed, or was skipped because another failed. */
  public record FailedChange(String zone, String subject, String reason) {
    public FailedChange {
      Objects.requireNonNull(zone, "zone");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(reason, "reason");
    }

    /** {@code example.com www/A: set_records failed: ...}. */
    public String describe() {
      return zone + " " + subject + ": " + reason;
    }
  }

  public ApplyResult {
    failures = List.copyOf(failures);
    Objects.requireNonNull(wallTime, "wallTime");
  }

  public boolean succeeded() {
    return failures.isEmpty();
  }
}
