package dev.hzone.api;

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
 * Waits for actions to finish, many at once: each poll is one {@code GET /actions?id=..&id=..} for all the
 * actions still running (up to {@link PollOptions#maxIdsPerRequest()} ids per request), so waiting for a
 * hundred changes costs what waiting for one does. Polls start after 500 ms and slow down to every 2.5 s
 * (see {@link PollOptions}); the time-out raises {@link ActionTimeoutException}.
 *
 * <p>An action can fail after its request returned 201. {@link #waitFor} waits until every action is done and
 * then raises {@link ActionFailedException} if any ended in {@code error}, with the API's code and message.
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
   * Waits for all {@code actions}, telling {@code listener} about every update; returns them finished, in the
   * order given (an id given twice once).
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

  /** Waits until all are done, successful or not, and returns them without raising for failed ones. */
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
    for (int poll = 0; !running.isEmpty(); poll++) {
      Duration left = options.timeout().minus(Duration.between(start, clock.instant()));
      if (left.isNegative() || left.isZero()) {
        throw new ActionTimeoutException(List.copyOf(running), options.timeout());
      }
      sleep(min(options.interval(poll), left));
      for (List<Long> chunk : chunks(List.copyOf(running))) {
        List<Action> updates = actions.get(chunk);
        checkAllFound(chunk, updates);
        for (Action u : updates) {
          if (!running.contains(u.id())) {
            continue;
          }
          latest.put(u.id(), u);
          listener.onUpdate(u);
          if (u.isDone()) {
            running.remove(u.id());
          }
        }
      }
    }
    return List.copyOf(latest.values());
  }

  private List<List<Long>> chunks(List<Long> ids) {
    List<List<Long>> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += options.maxIdsPerRequest()) {
      out.add(ids.subList(i, Math.min(ids.size(), i + options.maxIdsPerRequest())));
    }
    return out;
  }

  /** Fails instead of polling for ever when the API forgot an action. */
  private static void checkAllFound(List<Long> asked, List<Action> got) {
    TreeSet<Long> missing = new TreeSet<>(asked);
    for (Action a : got) {
      missing.remove(a.id());
    }
    if (!missing.isEmpty()) {
      throw new ApiException(404, ErrorCode.NOT_FOUND.apiValue(),
          "the API does not know action(s) " + missing, List.of(), List.of(), Optional.empty());
    }
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
