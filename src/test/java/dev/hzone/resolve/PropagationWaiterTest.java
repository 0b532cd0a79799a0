package dev.hzone.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.api.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PropagationWaiterTest {
  /** A clock that moves only when slept on or advanced, recording each sleep. */
  private static final class Time extends Clock implements Sleeper {
    Instant now = Instant.parse("2026-12-03T12:00:00Z");
    final List<Duration> sleeps = new ArrayList<>();

    @Override
    public void sleep(Duration d) {
      sleeps.add(d);
      if (d.compareTo(Duration.ZERO) > 0) {
        now = now.plus(d);
      }
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private final Time time = new Time();
  private final List<List<String>> asked = new ArrayList<>();
  private final List<Duration> lefts = new ArrayList<>();

  /**
   * Each server serves from the given second on; a round takes 100 ms. Observations: "serves" or
   * "lags".
   */
  private PropagationWaiter.Round<String, String> servesFrom(Map<String, Integer> second) {
    Instant start = time.instant();
    return (pending, left) -> {
      asked.add(pending);
      lefts.add(left);
      long now = Duration.between(start, time.instant()).toSeconds();
      Map<String, String> out = new LinkedHashMap<>();
      for (String s : pending) {
        out.put(s, now >= second.get(s) ? "serves" : "lags at " + now);
      }
      time.now = time.now.plusMillis(100);
      return out;
    };
  }

  private PropagationWaiter waiter(int timeoutSeconds, int intervalSeconds) {
    return new PropagationWaiter(
        new PropagationWaiter.Schedule(
            Duration.ofSeconds(timeoutSeconds), Duration.ofSeconds(intervalSeconds)),
        time,
        time);
  }

  @Test
  void roundsFollowAFixedScheduleAndSettledServersAreNotAskedAgain() throws Exception {
    List<String> events = new ArrayList<>();
    PropagationWaiter.Outcome<String, String> o =
        waiter(60, 2)
            .await(
                List.of("a", "b"),
                servesFrom(Map.of("a", 0, "b", 3)),
                (s, seen) -> seen.equals("serves"),
                new PropagationWaiter.Listener<>() {
                  @Override
                  public void settled(String target, String observation, Duration after) {
                    events.add(target + " after " + after.toMillis());
                  }

                  @Override
                  public void lagging(List<String> observations, Duration after) {
                    events.add("lagging " + observations);
                  }
                });
    assertTrue(o.complete());
    assertEquals(List.of(List.of("a", "b"), List.of("b"), List.of("b")), asked);
    // Rounds start at 0, 2 and 4 s: each pause makes up for the 100 ms the round took.
    assertEquals(List.of(Duration.ofMillis(1900), Duration.ofMillis(1900)), time.sleeps);
    assertEquals(
        List.of("a after 100", "lagging [lags at 0]", "lagging [lags at 2]", "b after 4100"),
        events);
    assertEquals(Duration.ofMillis(4100), o.elapsed());
    assertEquals(3, o.rounds());
    assertEquals(List.of("a", "b"), List.copyOf(o.settled().keySet()));
  }

  @Test
  void theLastRoundIsAtTheDeadlineAndTheOutcomeNamesWhatLagsWithItsLastObservation()
      throws Exception {
    PropagationWaiter.Outcome<String, String> o =
        waiter(5, 2)
            .await(
                List.of("a", "b", "c"),
                servesFrom(Map.of("a", 0, "b", 100, "c", 100)),
                (s, seen) -> seen.equals("serves"),
                PropagationWaiter.Listener.none());
    assertFalse(o.complete());
    // Rounds at 0, 2, 4 and the deadline, 5 s; the last is told no time is left.
    assertEquals(4, o.rounds());
    assertEquals(Duration.ZERO, lefts.get(3));
    assertEquals(Duration.ofSeconds(5), lefts.get(0));
    assertEquals(Map.of("b", "lags at 5", "c", "lags at 5"), o.pending());
    assertEquals(List.of("b", "c"), List.copyOf(o.pending().keySet()));
    assertEquals(Map.of("a", "serves"), o.settled());
  }

  @Test
  void onceAsksOneRoundAndNeverSleeps() throws Exception {
    PropagationWaiter.Outcome<String, String> o =
        new PropagationWaiter(PropagationWaiter.Schedule.once(), time, time)
            .await(
                List.of("a"),
                servesFrom(Map.of("a", 100)),
                (s, seen) -> seen.equals("serves"),
                PropagationWaiter.Listener.none());
    assertEquals(1, o.rounds());
    assertEquals(List.of(), time.sleeps);
    assertEquals(Map.of("a", "lags at 0"), o.pending());
  }

  @Test
  void theSettlingRuleSeesTheTarget() throws Exception {
    // "b" wants "lags at 0": settled by what a different rule would call lagging.
    PropagationWaiter.Outcome<String, String> o =
        waiter(10, 1)
            .await(
                List.of("a", "b"),
                servesFrom(Map.of("a", 0, "b", 100)),
                (s, seen) -> seen.equals(s.equals("b") ? "lags at 0" : "serves"),
                PropagationWaiter.Listener.none());
    assertTrue(o.complete());
    assertEquals(1, o.rounds());
  }

  @Test
  void aRoundThatForgetsATargetIsAnError() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                waiter(10, 1)
                    .await(
                        List.of("a", "b"),
                        (pending, left) -> Map.of("a", "serves"),
                        (s, seen) -> true,
                        PropagationWaiter.Listener.none()));
    assertTrue(e.getMessage().contains("no observation of b"), e.getMessage());
  }

  @Test
  void aScheduleNeedsAPositiveInterval() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new PropagationWaiter.Schedule(Duration.ofSeconds(1), Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PropagationWaiter.Schedule(Duration.ofSeconds(-1), Duration.ofSeconds(1)));
  }
}
