package dev.hzone.resolve;

import dev.hzone.api.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * Waits until nameservers serve a change: asks every target (a server, or a server and a question)
 * in rounds on a fixed schedule from the start ({@code start + n * interval}, so the time the
 * queries took is not added to the pause), until each has given an answer that settles it or the
 * deadline passes; the last round is at the deadline. A settled target is not asked again. Nothing
 * here knows what is asked: the caller's {@link Round} asks, its predicate says what settles a
 * target, and the {@link Outcome} holds the last observation of every target. Used by the ACME hook
 * (the challenge TXT), {@code apply --verify-dns} (every changed RRSet) and {@code migrate verify}
 * (one round).
 *
 * <pre>{@code
 * PropagationWaiter.Outcome<InetSocketAddress, Boolean> o =
 *     new PropagationWaiter(new PropagationWaiter.Schedule(Duration.ofSeconds(60), Duration.ofSeconds(2)),
 *         Sleeper.SYSTEM, Clock.systemUTC())
 *     .await(servers, (pending, left) -> askEach(pending), (server, served) -> served, PropagationWaiter.Listener.none());
 * }</pre>
 */
public final class PropagationWaiter {
  /**
   * When to ask.
   *
   * @param timeout how long to keep asking; zero for a single round
   * @param interval time between the starts of two rounds
   */
  public record Schedule(Duration timeout, Duration interval) {
    public Schedule {
      Objects.requireNonNull(timeout, "timeout");
      Objects.requireNonNull(interval, "interval");
      if (timeout.isNegative()) {
        throw new IllegalArgumentException("the timeout must not be negative");
      }
      if (interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("the polling interval must be positive");
      }
    }

    /** One round, no waiting: what the servers serve now. */
    public static Schedule once() {
      return new Schedule(Duration.ZERO, Duration.ofSeconds(1));
    }
  }

  /**
   * One round of questions.
   *
   * @param <T> a target
   * @param <O> what was observed of one
   */
  @FunctionalInterface
  public interface Round<T, O> {
    /**
     * Asks every target of {@code pending} once.
     *
     * @param left the time until the deadline (zero in the last round), to bound the queries by
     * @return an observation for every target of {@code pending}
     */
    Map<T, O> ask(List<T> pending, Duration left) throws InterruptedException;
  }

  /** Progress, for people; both methods have no-op defaults. */
  public interface Listener<T, O> {
    /** {@code target} was settled by {@code observation}, {@code after} the wait began. */
    default void settled(T target, O observation, Duration after) {}

    /**
     * After a round, the last observations of the targets not settled yet; the next round follows.
     */
    default void lagging(List<O> observations, Duration after) {}

    /** A listener that ignores everything. */
    static <T, O> Listener<T, O> none() {
      return new Listener<>() {};
    }
  }

  /**
   * How the wait ended.
   *
   * @param settled each settled target with the observation that settled it, in the targets' order
   * @param pending each target never settled with its last observation, in the targets' order
   * @param elapsed from the start to the end of the last round
   * @param rounds how many rounds were asked
   */
  public record Outcome<T, O>(Map<T, O> settled, Map<T, O> pending, Duration elapsed, int rounds) {
    /** Whether every target was settled. */
    public boolean complete() {
      return pending.isEmpty();
    }
  }

  private final Schedule schedule;
  private final Sleeper sleeper;
  private final Clock clock;

  public PropagationWaiter(Schedule schedule, Sleeper sleeper, Clock clock) {
    this.schedule = Objects.requireNonNull(schedule, "schedule");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The schedule. */
  public Schedule schedule() {
    return schedule;
  }

  /**
   * Asks round after round until every target is settled or the deadline passes.
   *
   * @param targets what to ask, each once per round until settled; duplicates are asked once
   * @param round asks the targets not settled yet
   * @param settles whether an observation settles its target (given the target and the observation)
   * @throws IllegalStateException when {@code round} gives no observation for a target it was asked
   *     about
   */
  public <T, O> Outcome<T, O> await(
      List<T> targets, Round<T, O> round, BiPredicate<T, O> settles, Listener<T, O> listener)
      throws InterruptedException {
    Instant start = clock.instant();
    Instant deadline = start.plus(schedule.timeout());
    Map<T, O> settled = new LinkedHashMap<>();
    Map<T, O> last = new LinkedHashMap<>();
    for (T t : targets) {
      last.put(t, null);
    }
    for (int n = 1; ; n++) {
      List<T> pending = new ArrayList<>(last.keySet());
      Duration left = Duration.between(clock.instant(), deadline);
      Map<T, O> seen = round.ask(List.copyOf(pending), left.isNegative() ? Duration.ZERO : left);
      for (T t : pending) {
        O o = seen.get(t);
        if (o == null) {
          throw new IllegalStateException("no observation of " + t + " in round " + n);
        }
        if (settles.test(t, o)) {
          last.remove(t);
          settled.put(t, o);
          listener.settled(t, o, Duration.between(start, clock.instant()));
        } else {
          last.put(t, o);
        }
      }
      Instant now = clock.instant();
      if (last.isEmpty() || !now.isBefore(deadline)) {
        return new Outcome<>(
            inOrder(targets, settled), inOrder(targets, last), Duration.between(start, now), n);
      }
      listener.lagging(List.copyOf(last.values()), Duration.between(start, now));
      Instant next = start.plus(schedule.interval().multipliedBy(n));
      if (next.isAfter(deadline)) {
        next = deadline;
      }
      sleeper.sleep(Duration.between(now, next));
    }
  }

  private static <T, O> Map<T, O> inOrder(List<T> targets, Map<T, O> found) {
    Map<T, O> out = new LinkedHashMap<>();
    for (T t : targets) {
      if (found.containsKey(t)) {
        out.put(t, found.get(t));
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }
}
