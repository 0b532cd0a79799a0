package dev.hzone.sync.apply;

import dev.hzone.api.PollOptions;
import dev.hzone.api.RetryPolicy;
import dev.hzone.api.Sleeper;
import dev.hzone.sync.plan.Change;
import dev.hzone.sync.plan.Plan;
import dev.hzone.sync.plan.Waves;
import dev.hzone.sync.plan.ZonePlan;
import dev.hzone.sync.remote.ActionState;
import dev.hzone.sync.remote.DnsProvider;
import dev.hzone.sync.remote.Operation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Carries out a {@link Plan}, exactly its operations and nothing else, through a {@link
 * DnsProvider}.
 *
 * <ul>
 *   <li>Zones go in parallel; within a zone, phase by phase ({@link Waves#phases}), and within a
 *       phase every change at once; within a change, wave by wave ({@link Waves}). At most {@code
 *       concurrency} requests are in flight in all.
 *   <li>Every action is awaited, all of them by one {@link ActionPoller} that polls every running
 *       action in one request. An operation whose action ends in error, or that meets a server
 *       error ({@link RetryPolicy#maySendAgain}, the client's policy for writes), is sent once
 *       more; failing again, it fails its change, even though its request succeeded.
 *   <li>A failed change stops only itself (and, for a zone that could not be created, the rest of
 *       that zone): everything else still goes, and the result names every failure. Since a plan is
 *       made from what is there, running plan and apply again after a failure or an interruption
 *       converges.
 * </ul>
 */
public final class Applier {
  /**
   * How to apply.
   *
   * @param concurrency the most requests in flight at once
   */
  public record Options(int concurrency) {
    /** Eight requests at a time: fast, yet far from the API's burst limits. */
    public static final Options DEFAULT = new Options(8);

    public Options {
      if (concurrency < 1) {
        throw new IllegalArgumentException("concurrency must be at least 1");
      }
    }
  }

  private final DnsProvider provider;
  private final Options options;
  private final Sleeper sleeper;
  private final Clock clock;
  private final PollOptions schedule;

  public Applier(DnsProvider provider, Options options, Sleeper sleeper, Clock clock) {
    this(provider, options, sleeper, clock, PollOptions.DEFAULT);
  }

  Applier(
      DnsProvider provider, Options options, Sleeper sleeper, Clock clock, PollOptions schedule) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.options = Objects.requireNonNull(options, "options");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.schedule = schedule;
  }

  /** Applies the plan; the result lists every change that failed. */
  public ApplyResult apply(Plan plan, ApplyListener listener) {
    Instant start = clock.instant();
    long requestsBefore = provider.requestsSent();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            options.concurrency(),
            r -> {
              Thread t = new Thread(r, "hzone-apply");
              t.setDaemon(true);
              return t;
            });
    int changes = 0;
    for (ZonePlan z : plan.zones()) {
      changes += z.changes().size();
    }
    listener.started(changes, plan.cost());
    try (ActionPoller poller = new ActionPoller(provider, sleeper, clock, schedule)) {
      Run run = new Run(pool, poller, listener);
      List<CompletableFuture<Void>> zones = new ArrayList<>();
      poller.sending(); // the first round waits until every zone's first requests are on their way
      try {
        for (ZonePlan z : plan.zones()) {
          zones.add(run.zone(z));
        }
      } finally {
        poller.sent();
      }
      CompletableFuture.allOf(zones.toArray(CompletableFuture[]::new)).join();
      ApplyResult result =
          new ApplyResult(
              run.applied.get(),
              run.failures(),
              provider.requestsSent() - requestsBefore,
              poller.polls(),
              Duration.between(start, clock.instant()));
      listener.finished(result);
      return result;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The state of one apply. */
  private final class Run {
    private final ExecutorService pool;
    private final ActionPoller poller;
    private final ApplyListener listener;
    private final AtomicInteger applied = new AtomicInteger();
    private final List<ApplyResult.FailedChange> failures = new ArrayList<>();

    Run(ExecutorService pool, ActionPoller poller, ApplyListener listener) {
      this.pool = pool;
      this.poller = poller;
      this.listener = listener;
    }

    synchronized List<ApplyResult.FailedChange> failures() {
      return List.copyOf(failures);
    }

    private synchronized void fail(String zone, Change c, String reason, boolean skipped) {
      failures.add(new ApplyResult.FailedChange(zone, c.subject(), reason));
      if (skipped) {
        listener.changeSkipped(zone, c, reason);
      } else {
        listener.changeFailed(zone, c, reason);
      }
    }

    CompletableFuture<Void> zone(ZonePlan z) {
      CompletableFuture<Boolean> chain = CompletableFuture.completedFuture(true);
      int[] phases = Waves.phases(z);
      for (int phase = 0; phase <= 2; phase++) {
        int p = phase;
        chain = chain.thenCompose(go -> phase(z, phases, p, go));
      }
      return chain.thenCompose(
          ok -> {
            boolean clean =
                !z.isEmpty() && failures().stream().noneMatch(f -> f.zone().equals(z.zone()));
            return clean ? CompletableFuture.runAsync(() -> zoneApplied(z), pool) : done();
          });
    }

    private void zoneApplied(ZonePlan z) {
      try {
        listener.zoneApplied(z);
      } catch (RuntimeException e) {
        // what a listener does with a finished zone is not part of the apply
      }
    }

    private CompletableFuture<Void> done() {
      return CompletableFuture.completedFuture(null);
    }

    /**
     * Runs one phase; completes with whether the zone may go on (false once its creation failed).
     */
    private CompletableFuture<Boolean> phase(ZonePlan z, int[] phases, int phase, boolean go) {
      List<CompletableFuture<Boolean>> fs = new ArrayList<>();
      for (int i = 0; i < phases.length; i++) {
        Change c = z.changes().get(i);
        if (phases[i] != phase || c.operations().isEmpty()) {
          continue;
        }
        if (!go) {
          fail(z.zone(), c, "not tried: the zone could not be created", true);
          continue;
        }
        fs.add(change(z, c));
      }
      return CompletableFuture.allOf(fs.toArray(CompletableFuture[]::new))
          .thenApply(v -> go && (phase != 0 || fs.stream().allMatch(CompletableFuture::join)));
    }

    private CompletableFuture<Boolean> change(ZonePlan z, Change c) {
      String zone = z.zone();
      listener.changeStarted(zone, c);
      CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
      for (List<Operation> wave : Waves.of(c.operations())) {
        chain =
            chain.thenCompose(
                v -> {
                  List<CompletableFuture<Void>> ops = new ArrayList<>();
                  for (Operation op : wave) {
                    ops.add(operation(zone, op));
                  }
                  return CompletableFuture.allOf(ops.toArray(CompletableFuture[]::new));
                });
      }
      return chain.handle(
          (v, e) -> {
            if (e == null) {
              applied.incrementAndGet();
              if (c instanceof Change.CreateZone || c instanceof Change.ImportZone) {
                // The RRSet changes inside the zone file sent are done with it.
                int carried =
                    (int) z.changes().stream().filter(x -> x.operations().isEmpty()).count();
                applied.addAndGet(carried);
                listener.carriedDone(zone, carried);
              }
              listener.changeDone(zone, c);
              return true;
            }
            fail(zone, c, reason(e), false);
            return false;
          });
    }

    /**
     * Sends one operation and waits for its action. An operation whose action ended in error, or
     * that met a server error, is sent once more: both mean the change did not happen, and the same
     * request again is what running apply again would send for it. A second failure fails the
     * change.
     */
    private CompletableFuture<Void> operation(String zone, Operation op) {
      return attempt(zone, op, "")
          .exceptionallyCompose(
              e -> {
                Throwable cause = unwrap(e);
                if (cause instanceof OperationException oe && oe.sendAgain) {
                  return attempt(zone, op, " (sent twice)");
                }
                return CompletableFuture.failedFuture(cause);
              });
    }

    private CompletableFuture<Void> attempt(String zone, Operation op, String note) {
      // From here until its action is awaited, or until what follows an action-less request has
      // been sent
      // off, the poller holds its next round (see ActionPoller): so the rounds are the plan's
      // (PlanCost).
      CompletableFuture<ActionState> sent = new CompletableFuture<>();
      poller.sending();
      try {
        pool.execute(
            () -> {
              try {
                Optional<ActionState> state = provider.execute(zone, op);
                if (state.isEmpty() || state.get().finished()) {
                  sent.complete(state.orElse(null));
                } else {
                  poller
                      .await(state.get().id())
                      .whenComplete(
                          (s, e) -> {
                            if (e != null) {
                              sent.completeExceptionally(
                                  new CompletionException(
                                      new OperationException(
                                          op.apiName() + ": " + message(e) + note, e, false)));
                            } else {
                              sent.complete(s);
                            }
                          });
                }
              } catch (RuntimeException e) {
                sent.completeExceptionally(
                    new CompletionException(
                        new OperationException(
                            op.apiName() + " failed: " + message(e) + note,
                            e,
                            RetryPolicy.maySendAgain(e))));
              } finally {
                poller.sent();
              }
            });
      } catch (RuntimeException e) {
        poller.sent();
        throw e;
      }
      return sent.thenAccept(
          s -> {
            if (s != null && s.status() == ActionState.Status.ERROR) {
              throw new CompletionException(
                  new OperationException(
                      op.apiName()
                          + ": action "
                          + s.id()
                          + " failed: "
                          + s.errorCode()
                          + (s.errorMessage().isEmpty() ? "" : ": " + s.errorMessage())
                          + note,
                      null,
                      true));
            }
          });
    }
  }

  private static Throwable unwrap(Throwable e) {
    Throwable t = e;
    while ((t instanceof CompletionException
            || t instanceof java.util.concurrent.ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static String reason(Throwable e) {
    Throwable t = unwrap(e);
    return t instanceof OperationException ? t.getMessage() : message(t);
  }

  private static String message(Throwable e) {
    Throwable t = e;
    while ((t instanceof CompletionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return Optional.ofNullable(t.getMessage()).orElse(t.getClass().getSimpleName());
  }

  /**
   * One request that failed, with a message naming it, and whether sending it again may cure it.
   */
  private static final class OperationException extends RuntimeException {
    private final boolean sendAgain;

    OperationException(String message, Throwable cause, boolean sendAgain) {
      super(message, cause);
      this.sendAgain = sendAgain;
    }
  }
}
