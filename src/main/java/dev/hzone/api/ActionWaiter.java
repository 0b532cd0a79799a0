package dev.hzone.api;

import dev.hzone.api.cloud.Action;
import dev.hzone.api.cloud.ActionStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Waits for actions to finish, many at once: each poll is one {@code GET /actions?id=..&id=..} per
 * {@value ActionClient#MAX_IDS_PER_REQUEST} actions still running, so waiting for a hundred changes
 * costs four requests a round, not a hundred. Polls start after 500 ms and slow down to every 2.5 s
 * while nothing finishes (see {@link PollOptions}); the time-out raises {@link
 * ActionTimeoutException}. An action the API does not list is never taken as finished: waiting
 * fails with {@code not_found} naming it, as hcloud-go does.
 *
 * <p>This is hzone's one way of polling actions: the sync applier ({@code
 * dev.hzone.sync.apply.Applier}) polls through {@link #poll} with the same {@link PollOptions}, and
 * the ACME hook waits through {@link #waitFor}.
 *
 * <p>An action can fail after its request returned 201. {@link #waitFor} waits until every action
 * is done and then raises {@link ActionFailedException} if any ended in {@code error}, with the
 * API's code and message.
 *
 * <pre>{@code
 * Action a = client.rrsets().setRecords("example.com", RrsetKey.of("www", RecordType.A), records);
 * client.actionWaiter().waitFor(List.of(a), update -> log(update.progress()));
 * }</pre>
 */
public final class ActionWaiter {
  private final ActionClient actions;
  private final PollOptions options;
  private final Sleeper sleeper;
  private final Clock clock;

  ActionWaiter(ActionClient actions, PollOptions options, Sleeper sleeper, Clock clock) {
    this.actions = actions;
    this.options = options;
    this.sleeper = sleeper;
    this.clock = clock;
  }

  /** The same waiter with other poll options, e.g. another time-out. */
  public ActionWaiter withOptions(PollOptions newOptions) {
    return new ActionWaiter(actions, newOptions, sleeper, clock);
  }

  /** The poll options in use. */
  public PollOptions options() {
    return options;
  }

  /** Waits for one action; returns it finished, or raises if it failed. */
  public Action waitFor(Action action) {
    return waitFor(List.of(action), ActionListener.NONE).get(0);
  }

  /** Waits for all {@code actions}; returns them finished, in the order given. */
  public List<Action> waitFor(Collection<Action> actions) {
    return waitFor(actions, ActionListener.NONE);
  }

  /**
   * Waits for all {@code actions}, telling {@code listener} about every update; returns them
   * finished, in the order given (an id given twice once).
   *
   * @throws ActionFailedException when all are done and at least one ended in {@code error}
   * @throws ActionTimeoutException when some still run after the time-out
   */
  public List<Action> waitFor(Collection<Action> actions, ActionListener listener) {
    List<Action> done = awaitDone(actions, listener);
    List<Action> failed = new ArrayList<>();
    for (Action a : done) {
      if (a.status() == ActionStatus.ERROR) {
        failed.add(a);
      }
    }
    if (!failed.isEmpty()) {
      failed.sort(Comparator.comparingLong(Action::id));
      throw new ActionFailedException(failed);
    }
    return done;
  }

  /**
   * Waits until all are done, successful or not, and returns them without raising for failed ones.
   */
  List<Action> awaitDone(Collection<Action> given, ActionListener listener) {
    Map<Long, Action> latest = new LinkedHashMap<>();
    TreeSet<Long> running = new TreeSet<>();
    for (Action a : given) {
      if (latest.putIfAbsent(a.id(), a) == null) {
        if (a.isDone()) {
          listener.onUpdate(a);
        } else {
          running.add(a.id());
        }
      }
    }
    Instant start = clock.instant();
    int idlePolls = 0;
    while (!running.isEmpty()) {
      Duration left = options.timeout().minus(Duration.between(start, clock.instant()));
      if (left.isNegative() || left.isZero()) {
        throw new ActionTimeoutException(List.copyOf(running), options.timeout());
      }
      sleep(min(options.interval(idlePolls), left));
      Map<Long, Action> updates = poll(running);
      checkAllFound(running, updates);
      boolean progress = false;
      for (Action u : updates.values()) {
        latest.put(u.id(), u);
        listener.onUpdate(u);
        if (u.isDone()) {
          running.remove(u.id());
          progress = true;
        }
      }
      idlePolls = progress ? 0 : idlePolls + 1;
    }
    return List.copyOf(latest.values());
  }

  /**
   * One poll round: the current state of the actions {@code ids}, by id, in one request per {@value
   * ActionClient#MAX_IDS_PER_REQUEST} ids. An id missing from the result is one the API does not
   * know; it has not finished (callers fail it, as {@link #waitFor} does).
   */
  public Map<Long, Action> poll(Collection<Long> ids) {
    Map<Long, Action> out = new LinkedHashMap<>();
    for (Action a : actions.get(ids)) {
      if (ids.contains(a.id())) {
        out.put(a.id(), a);
      }
    }
    return out;
  }

  /** The poll options' interval after {@code idlePolls} polls without progress. */
  public Duration interval(int idlePolls) {
    return options.interval(idlePolls);
  }

  /**
   * Fails instead of polling for ever when the API forgot an action: it is not known to have
   * finished.
   */
  private static void checkAllFound(Collection<Long> asked, Map<Long, Action> got) {
    TreeSet<Long> missing = new TreeSet<>(asked);
    missing.removeAll(got.keySet());
    if (!missing.isEmpty()) {
      throw notFound(missing);
    }
  }

  /** The error for actions the API does not list: their outcome is unknown. */
  public static ApiException notFound(Collection<Long> ids) {
    return new ApiException(
        404,
        ErrorCode.NOT_FOUND.apiValue(),
        "the API does not know action(s) "
            + new TreeSet<>(ids)
            + "; whether they finished is unknown",
        List.of(),
        List.of(),
        Optional.empty());
  }

  private void sleep(Duration d) {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiTransportException("interrupted while waiting for actions", e);
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
