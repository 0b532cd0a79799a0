package dev.hzone.api.cloud;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An asynchronous task of the API. Every call that changes something returns the action that
 * carries the change out; it is done when its status is {@link ActionStatus#SUCCESS} or {@link
 * ActionStatus#ERROR}. Wait for actions with {@link dev.hzone.api.ActionWaiter}: a request that
 * returned 201 can still end in an error.
 *
 * @param id the action's id
 * @param command what it does, e.g. {@code set_rrset_records}
 * @param status running, success or error
 * @param progress 0 to 100
 * @param started when it started
 * @param finished when it finished, empty while running
 * @param resources the resources it works on
 * @param error why it failed, when it did
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#actions">Actions</a>
 */
public record Action(
    long id,
    String command,
    ActionStatus status,
    int progress,
    Instant started,
    Optional<Instant> finished,
    List<ActionResource> resources,
    Optional<ActionError> error) {

  public Action {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(status, "status");
    finished = finished == null ? Optional.empty() : finished;
    resources = resources == null ? List.of() : List.copyOf(resources);
    error = error == null ? Optional.empty() : error;
  }

  /** True once the action succeeded or failed. */
  public boolean isDone() {
    return status == ActionStatus.SUCCESS || status == ActionStatus.ERROR;
  }

  /**
   * A resource an action works on.
   *
   * @param id the resource's id
   * @param type its kind, e.g. {@code zone}, {@code server}
   */
  public record ActionResource(long id, String type) {}

  /**
   * Why an action failed.
   *
   * @param code the error code, e.g. {@code action_failed}
   * @param message what went wrong
   */
  public record ActionError(String code, String message) {}
}
