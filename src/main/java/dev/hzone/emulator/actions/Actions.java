package dev.hzone.emulator.actions;

import dev.hzone.emulator.state.ActionEntry;
import dev.hzone.emulator.state.ResourceRef;
import dev.hzone.emulator.state.StateView;
import dev.hzone.emulator.state.Transaction;
import dev.hzone.emulator.web.ApiError;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Starts actions and enforces locks. Every action runs for the configured duration ({@code
 * --action-ms}) and then succeeds, unless fault injection decided that it fails.
 *
 * <p>Locking, where the API says {@code 423 locked}: a running action locks its Cloud resources
 * (servers, volumes...). DNS actions lock nothing (ledger L-LOCK in {@code emulator/LEDGER.md}):
 * the official Terraform provider and DNSControl send several actions on one zone or RRSet without
 * waiting, against the live API.
 */
public final class Actions {
  private final Duration duration;

  /** Actions that run for {@code duration}. */
  public Actions(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("action duration must not be negative");
    }
    this.duration = duration;
  }

  public Duration duration() {
    return duration;
  }

  /**
   * Starts an action and stores it in {@code tx}.
   *
   * @param command the action's command
   * @param resource the resource it works on
   * @param scope an RRSet id when it works on one RRSet of a zone, else empty
   * @param fails whether it ends in error (fault injection)
   */
  public ActionEntry start(
      Transaction tx, String command, ResourceRef resource, Optional<String> scope, boolean fails) {
    return start(tx, command, resource, scope, fails, 1);
  }

  /**
   * Starts an action that runs {@code lengths} times the configured duration (a follow-up action
   * such as {@code start_server} after {@code create_server}).
   */
  public ActionEntry start(
      Transaction tx,
      String command,
      ResourceRef resource,
      Optional<String> scope,
      boolean fails,
      int lengths) {
    ActionEntry a =
        new ActionEntry(
            tx.nextActionId(),
            command,
            List.of(resource),
            tx.now(),
            tx.now().plus(duration.multipliedBy(lengths)),
            fails
                ? Optional.of(new ActionEntry.Failure("action_failed", "Action failed"))
                : Optional.empty(),
            scope);
    tx.putAction(a);
    return a;
  }

  /**
   * Starts an action that works on several resources (a volume and the server it attaches to); it
   * shows in the action lists of each and locks each while it runs.
   */
  public ActionEntry start(
      Transaction tx, String command, List<ResourceRef> resources, boolean fails) {
    ActionEntry a =
        new ActionEntry(
            tx.nextActionId(),
            command,
            resources,
            tx.now(),
            tx.now().plus(duration),
            fails
                ? Optional.of(new ActionEntry.Failure("action_failed", "Action failed"))
                : Optional.empty(),
            Optional.empty());
    tx.putAction(a);
    return a;
  }

  /**
   * Refuses with {@code 423 locked} when a running action overlaps {@code scope} of {@code
   * resource}.
   *
   * @param scope an RRSet id, or empty for the whole resource
   */
  public void checkNotLocked(StateView view, ResourceRef resource, Optional<String> scope) {
    for (ActionEntry a : view.actionsOf(resource)) {
      if (!a.isRunning(view.now())) {
        continue;
      }
      boolean overlaps = scope.isEmpty() || a.lockScope().isEmpty() || a.lockScope().equals(scope);
      if (overlaps) {
        throw ApiError.locked(
            "the "
                + resource.type()
                + " is locked: action "
                + a.id()
                + " ("
                + a.command()
                + ") is still running");
      }
    }
  }

  /** Whether any action on {@code resource} is running. */
  public static boolean isBusy(StateView view, ResourceRef resource) {
    for (ActionEntry a : view.actionsOf(resource)) {
      if (a.isRunning(view.now())) {
        return true;
      }
    }
    return false;
  }
}
