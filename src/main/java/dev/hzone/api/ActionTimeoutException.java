package dev.hzone.api;

import java.time.Duration;
import java.util.List;

/** Actions were still running when {@link PollOptions#timeout()} ran out. */
public final class ActionTimeoutException extends HcloudException {
  private final List<Long> pending;

  public ActionTimeoutException(List<Long> pending, Duration waited) {
    super(
        pending.size() + " action(s) still running after " + waited.toSeconds() + " s: " + pending);
    this.pending = List.copyOf(pending);
  }

  /** The ids of the actions that had not finished. */
  public List<Long> pending() {
    return pending;
  }
}
