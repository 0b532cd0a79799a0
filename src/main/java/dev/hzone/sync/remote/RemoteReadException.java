package dev.hzone.sync.remote;

import dev.hzone.sync.SyncException;
import java.util.List;

/**
 * Reading a zone from the API failed or gave an incomplete answer. The run stops: a failed read
 * never becomes a plan that deletes what could not be read.
 */
public final class RemoteReadException extends SyncException {
  private final List<String> failures;

  /**
   * @param failures one line per zone that could not be read, naming it and why
   */
  public RemoteReadException(List<String> failures, Throwable cause) {
    super(
        "could not read "
            + (failures.size() == 1 ? "a zone" : failures.size() + " zones")
            + " from the API, "
            + "so nothing was planned or changed:\n  "
            + String.join("\n  ", failures),
        cause);
    this.failures = List.copyOf(failures);
  }

  public List<String> failures() {
    return failures;
  }
}
