package dev.hzone.emulator.state;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An action: it runs from {@code started} until {@code finishes} and then has succeeded, or failed
 * with {@code failure}. Its status is a function of the clock, so an emulator restarted on its
 * state finds the actions that were running finished at the time they were due.
 *
 * @param id action ID
 * @param command e.g. {@code create_zone}, {@code set_rrset_records}, {@code poweron}
 * @param resources the resources it works on
 * @param started start time
 * @param finishes when it stops running
 * @param failure its error, if it fails
 * @param lockScope the part of its first resource it locks while running: an RRSet id such as
 *     {@code www/A}, or empty for the whole resource
 */
public record ActionEntry(
    long id,
    String command,
    List<ResourceRef> resources,
    Instant started,
    Instant finishes,
    Optional<Failure> failure,
    Optional<String> lockScope) {

  /**
   * Why an action failed.
   *
   * @param code machine code, e.g. {@code action_failed}
   * @param message for people
   */
  public record Failure(String code, String message) {
    public Failure {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }
  }

  public ActionEntry {
    Objects.requireNonNull(command, "command");
    resources = List.copyOf(resources);
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(finishes, "finishes");
    Objects.requireNonNull(failure, "failure");
    Objects.requireNonNull(lockScope, "lockScope");
  }

  /** The status at {@code now}. */
  public ActionStatus status(Instant now) {
    if (now.isBefore(finishes)) {
      return ActionStatus.RUNNING;
    }
    return failure.isPresent() ? ActionStatus.ERROR : ActionStatus.SUCCESS;
  }

  public boolean isRunning(Instant now) {
    return now.isBefore(finishes);
  }

  /** Whether the action works on {@code ref}. */
  public boolean concerns(ResourceRef ref) {
    return resources.contains(ref);
  }

  /** The type of its first resource ({@code zone}, {@code server}). */
  public String resourceType() {
    return resources.isEmpty() ? "" : resources.get(0).type();
  }
}
