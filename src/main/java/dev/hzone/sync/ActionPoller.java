package dev.hzone.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Waits for many actions at once: every running action of every zone and RRSet is polled in one {@code GET
 * /actions?id=...} per round, so the requests spent on waiting do not grow with the number of changes. The
 * interval starts at {@code initial}, grows by half after a round in which nothing finished, up to
 * {@code max}, and starts again when something finished. An action still running after {@code timeout} fails;
 * one the API no longer lists completes as {@link ActionState.Status#FORGOTTEN}.
 */
final class ActionPoller implements AutoCloseable {
  /** How often to poll. */
  record Schedule(Duration initial, Duration max, Duration timeout) {
    /** 500 ms growing to 2.5 s (the hcloud CLI's pace), giving up after 10 minutes. */
    static final Schedule DEFAULT = new Schedule(Duration.ofMillis(500), Duration.ofMillis(2500), Duration.ofMinutes(10));
  }

  private static final int MAX_CONSECUTIVE_POLL_FAILURES = 5;

  private final DnsProvider provider;
  private final Sleeper sleeper;
  private final Clock clock;
  private final Schedule schedule;
  private final Map<Long, Waiting> pending = new HashMap<>();
  private final Thread thread;
  private boolean closed;
  private int polls;

  private record Waiting(CompletableFuture<ActionState> future, Instant since) {}

  ActionPoller(DnsProvider provider, Sleeper sleeper, Clock clock, Schedule schedule) {
    this.provider = provider;
    this.sleeper = sleeper;
    this.clock = clock;
    this.schedule = schedule;
    this.thread = new Thread(this::run, "hzone-action-poller");
    this.thread.setDaemon(true);
    this.thread.start();
  }

  /** Completes with the action's final state (success or error), or exceptionally when it cannot be known. */
  synchronized CompletableFuture<ActionState> await(long id) {
    Waiting w = pending.get(id);
    if (w == null) {
      w = new Waiting(new CompletableFuture<>(), clock.instant());
      pending.put(id, w);
      notifyAll();
    }
    return w.future();
  }

  /** The poll requests sent so far. */
  synchronized int polls() {
    return polls;
  }

  private void run() {
    Duration interval = schedule.initial();
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
        sleeper.sleep(interval);
        List<Long> ids;
        synchronized (this) {
          ids = new ArrayList<>(pending.keySet());
          polls++;
        }
        Map<Long, ActionState> states;
        try {
          states = provider.pollActions(ids);
          failures = 0;
        } catch (RuntimeException e) {
          if (++failures >= MAX_CONSECUTIVE_POLL_FAILURES) {
            failAll("polling actions failed " + failures + " times: " + e.getMessage());
            failures = 0;
          }
          interval = grow(interval);
          continue;
        }
        boolean progress = settle(ids, states);
        interval = progress ? schedule.initial() : grow(interval);
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
        // Only actions seen running are polled, so one the API no longer lists has finished: it was
        // dropped from the API's history before this poll. The outcome is unknown; the caller confirms.
        pending.remove(id);
        w.future().complete(ActionState.forgotten(id));
        progress = true;
      } else if (s.finished()) {
        pending.remove(id);
        w.future().complete(s);
        progress = true;
      } else if (Duration.between(w.since(), now).compareTo(schedule.timeout()) > 0) {
        pending.remove(id);
        w.future().completeExceptionally(new IllegalStateException("action " + id + " still running after "
            + schedule.timeout().toSeconds() + " s"));
        progress = true;
      }
    }
    return progress;
  }

  private Duration grow(Duration d) {
    Duration next = d.multipliedBy(3).dividedBy(2);
    return next.compareTo(schedule.max()) > 0 ? schedule.max() : next;
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
