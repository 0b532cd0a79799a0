package dev.hzone.sync.apply;

import dev.hzone.api.ActionClient;
import dev.hzone.api.PollOptions;
import dev.hzone.api.Sleeper;
import dev.hzone.sync.plan.PlanCost;
import dev.hzone.sync.remote.ActionState;
import dev.hzone.sync.remote.DnsProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous front of {@code dev.hzone.api.ActionWaiter} for the {@link Applier}: every
 * running action of every zone and RRSet is polled in one round ({@link DnsProvider#pollActions},
 * which for the API is {@code ActionWaiter.poll}: one {@code GET /actions?id=...} per 25 ids), so
 * the requests spent on waiting do not grow with the number of changes. The schedule is the
 * waiter's {@link PollOptions}: the interval grows while nothing finishes and starts again when
 * something did. An action still running after the time-out fails, and so does one the API does not
 * list: that it finished is not known (the API forgot it, or answered fewer than were asked), so
 * nothing that depends on it may start.
 *
 * <p>A round waits until no request is being sent ({@link #sending}), for up to {@link
 * #SENDING_WAIT}: every action the round could include is then known, so the polls of an apply
 * follow from its plan ({@link PlanCost}) instead of from how the sending and the rounds happen to
 * interleave, and no round is spent on half a wave. A run that keeps sending for longer (thousands
 * of requests, or paced to the rate limit) is polled every {@link #SENDING_WAIT} meanwhile, so that
 * its zones are confirmed as they go. Each round asks for its actions {@value
 * ActionClient#MAX_IDS_PER_REQUEST} at a time, one {@link DnsProvider#pollActions} call (one
 * request) each.
 */
final class ActionPoller implements AutoCloseable {
  private static final int MAX_CONSECUTIVE_POLL_FAILURES = 5;

  /** The longest a round waits for requests still being sent. */
  static final Duration SENDING_WAIT = Duration.ofSeconds(5);

  private final DnsProvider provider;
  private final Sleeper sleeper;
  private final Clock clock;
  private final PollOptions schedule;
  private final Map<Long, Waiting> pending = new HashMap<>();
  private final Thread thread;
  private boolean closed;
  private int polls;
  private int sending;

  private record Waiting(CompletableFuture<ActionState> future, Instant since) {}

  ActionPoller(DnsProvider provider, Sleeper sleeper, Clock clock, PollOptions schedule) {
    this.provider = provider;
    this.sleeper = sleeper;
    this.clock = clock;
    this.schedule = schedule;
    this.thread = new Thread(this::run, "hzone-action-poller");
    this.thread.setDaemon(true);
    this.thread.start();
  }

  /**
   * Completes with the action's final state (success or error), or exceptionally when it cannot be
   * known.
   */
  synchronized CompletableFuture<ActionState> await(long id) {
    Waiting w = pending.get(id);
    if (w == null) {
      w = new Waiting(new CompletableFuture<>(), clock.instant());
      pending.put(id, w);
      notifyAll();
    }
    return w.future();
  }

  /**
   * A request is about to be sent: the next round waits for it. Each call is matched by {@link
   * #sent}.
   */
  synchronized void sending() {
    sending++;
  }

  /** The request is answered, and its action (if running) is awaited. */
  synchronized void sent() {
    sending--;
    notifyAll();
  }

  /** The poll requests sent so far. */
  synchronized int polls() {
    return polls;
  }

  private void run() {
    int idlePolls = 0;
    int failures = 0;
    try {
      while (true) {
        synchronized (this) {
          while (pending.isEmpty() && !closed) {
            wait();
          }
          if (closed) {
            return;
          }
        }
        sleeper.sleep(schedule.interval(idlePolls));
        List<Long> ids;
        synchronized (this) {
          // Wait for the requests on their way, but not for ever: in a long (paced) run, zones are
          // confirmed as
          // they go, a round at least every SENDING_WAIT.
          long until = System.nanoTime() + SENDING_WAIT.toNanos();
          for (long left = SENDING_WAIT.toMillis();
              sending > 0 && !closed && left > 0;
              left = (until - System.nanoTime()) / 1_000_000) {
            wait(left);
          }
          if (closed) {
            return;
          }
          ids = new ArrayList<>(pending.keySet());
        }
        Map<Long, ActionState> states = new HashMap<>();
        try {
          int max = ActionClient.MAX_IDS_PER_REQUEST;
          for (int i = 0; i < ids.size(); i += max) {
            synchronized (this) {
              polls++;
            }
            states.putAll(provider.pollActions(ids.subList(i, Math.min(ids.size(), i + max))));
          }
          failures = 0;
        } catch (RuntimeException e) {
          if (++failures >= MAX_CONSECUTIVE_POLL_FAILURES) {
            failAll("polling actions failed " + failures + " times: " + e.getMessage());
            failures = 0;
          }
          idlePolls++;
          continue;
        }
        boolean progress = settle(ids, states);
        idlePolls = progress ? 0 : idlePolls + 1;
      }
    } catch (InterruptedException e) {
      failAll("interrupted while waiting for actions");
      Thread.currentThread().interrupt();
    }
  }

  private synchronized boolean settle(List<Long> ids, Map<Long, ActionState> states) {
    boolean progress = false;
    Instant now = clock.instant();
    for (Long id : ids) {
      Waiting w = pending.get(id);
      ActionState s = states.get(id);
      if (s == null) {
        // Not listed is not finished (hcloud-go fails the same way): what depends on it must not
        // start.
        pending.remove(id);
        w.future()
            .completeExceptionally(
                new IllegalStateException(
                    "the API does not list action "
                        + id
                        + ", so whether it finished is unknown; run plan again to see what is left"));
        progress = true;
      } else if (s.finished()) {
        pending.remove(id);
        w.future().complete(s);
        progress = true;
      } else if (Duration.between(w.since(), now).compareTo(schedule.timeout()) > 0) {
        pending.remove(id);
        w.future()
            .completeExceptionally(
                new IllegalStateException(
                    "action "
                        + id
                        + " still running after "
                        + schedule.timeout().toSeconds()
                        + " s"));
        progress = true;
      }
    }
    return progress;
  }

  private synchronized void failAll(String reason) {
    for (Waiting w : pending.values()) {
      w.future().completeExceptionally(new IllegalStateException(reason));
    }
    pending.clear();
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      notifyAll();
    }
    thread.interrupt();
    try {
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    failAll("the apply ended");
  }
}
