package dev.hzone.emulator.actions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Runs work when an action finishes: at once when it is already due, else on a timer thread. */
public interface Scheduler extends AutoCloseable {

  /** Runs {@code task} at {@code when}, or now if that has passed. */
  void at(Instant when, Runnable task);

  @Override
  default void close() {}

  /** Runs every task at once, in the caller's thread (for tests with a fixed clock). */
  Scheduler IMMEDIATE = (when, task) -> task.run();

  /** A timer thread on {@code clock}; failures of tasks go to {@code log}. */
  static Scheduler timer(Clock clock, Consumer<String> log) {
    ScheduledExecutorService ex =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "hzone-emulator-actions");
              t.setDaemon(true);
              return t;
            });
    return new Scheduler() {
      @Override
      public void at(Instant when, Runnable task) {
        Runnable guarded =
            () -> {
              try {
                task.run();
              } catch (RuntimeException e) {
                log.accept("error after an action finished: " + e);
              }
            };
        long delay = Duration.between(clock.instant(), when).toMillis();
        if (delay <= 0) {
          guarded.run();
        } else {
          ex.schedule(guarded, delay, TimeUnit.MILLISECONDS);
        }
      }

      @Override
      public void close() {
        ex.shutdownNow();
      }
    };
  }
}
