package dev.hzone.sync.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.api.PollOptions;
import dev.hzone.api.Sleeper;
import dev.hzone.dns.ZoneData;
import dev.hzone.sync.remote.ActionState;
import dev.hzone.sync.remote.DnsProvider;
import dev.hzone.sync.remote.Operation;
import dev.hzone.sync.remote.ZoneInfo;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The poller's batching, without timing: the test decides when each poll round may start (a sleeper
 * that waits for a permit), so what every poll asks for is fixed, however loaded the machine is.
 */
class ActionPollerTest {
  private static final PollOptions SCHEDULE =
      new PollOptions(Duration.ofMillis(500), Duration.ofMillis(2500), 1.5, Duration.ofMinutes(10));

  /** Answers polls: every action runs for {@code rounds} polls; records the ids of each poll. */
  private static final class Polls implements DnsProvider {
    final List<List<Long>> asked = new ArrayList<>();
    final Map<Long, Integer> left = new HashMap<>();
    final java.util.Set<Long> unknown = new java.util.HashSet<>();
    final int rounds;

    Polls(int rounds) {
      this.rounds = rounds;
    }

    @Override
    public synchronized Map<Long, ActionState> pollActions(Collection<Long> ids) {
      asked.add(List.copyOf(new TreeSet<>(ids)));
      Map<Long, ActionState> out = new HashMap<>();
      for (long id : ids) {
        if (unknown.contains(id)) {
          continue;
        }
        int n = left.merge(id, 1, Integer::sum);
        out.put(id, n >= rounds ? ActionState.success(id) : ActionState.running(id));
      }
      notifyAll();
      return out;
    }

    synchronized List<List<Long>> asked() {
      return List.copyOf(asked);
    }

    synchronized void awaitPolls(int n) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (asked.size() < n && System.nanoTime() < deadline) {
        wait(100);
      }
    }

    @Override
    public Optional<ZoneInfo> findZone(String name) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<ZoneInfo> listZones() {
      throw new UnsupportedOperationException();
    }

    @Override
    public ZoneData exportZone(ZoneInfo zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ZoneData listRrsets(ZoneInfo zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<ActionState> execute(String zone, Operation operation) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long requestsSent() {
      return asked().size();
    }

    @Override
    public OptionalInt rateLimitRemaining() {
      return OptionalInt.empty();
    }
  }

  /** A sleeper that lets one poll round go per permit, and records the waits it was asked for. */
  private static final class Gate implements Sleeper {
    final Semaphore permits = new Semaphore(0);
    final List<Duration> waits = new ArrayList<>();

    @Override
    public void sleep(Duration d) throws InterruptedException {
      synchronized (this) {
        waits.add(d);
      }
      permits.acquire();
    }
  }

  @Test
  void everyRunningActionIsAskedForInEachRoundTwentyFiveARequest() throws Exception {
    Polls api = new Polls(2);
    Gate gate = new Gate();
    List<CompletableFuture<ActionState>> futures = new ArrayList<>();
    try (ActionPoller poller = new ActionPoller(api, gate, Clock.systemUTC(), SCHEDULE)) {
      for (long id = 1; id <= 60; id++) {
        futures.add(poller.await(id));
      }
      gate.permits.release(2);
      for (CompletableFuture<ActionState> f : futures) {
        assertEquals(ActionState.Status.SUCCESS, f.get(30, TimeUnit.SECONDS).status());
      }
      assertEquals(6, poller.polls());
    }
    List<List<Long>> round = new ArrayList<>();
    for (long first = 1; first <= 60; first += 25) {
      List<Long> ids = new ArrayList<>();
      for (long id = first; id < Math.min(61, first + 25); id++) {
        ids.add(id);
      }
      round.add(ids);
    }
    List<List<Long>> twoRounds = new ArrayList<>(round);
    twoRounds.addAll(round);
    assertEquals(
        twoRounds,
        api.asked(),
        "two rounds, each three requests (25, 25 and 10 ids) for all 60 actions");
  }

  @Test
  void aRoundWaitsUntilNoRequestIsBeingSentSoThatItHoldsTheWholeWave() throws Exception {
    Polls api = new Polls(1);
    Gate gate = new Gate();
    try (ActionPoller poller = new ActionPoller(api, gate, Clock.systemUTC(), SCHEDULE)) {
      poller.sending();
      poller.sending();
      CompletableFuture<ActionState> first = poller.await(1);
      poller.sent();
      gate.permits.release(); // the interval is over, but one request is still on its way
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (gate.permits.availablePermits() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(1); // until the poller has taken the permit
      }
      synchronized (api) {
        api.wait(300); // a poller that did not wait would poll now (Polls notifies)
      }
      assertEquals(List.of(), api.asked(), "no round while a request is being sent");
      CompletableFuture<ActionState> second = poller.await(2);
      poller.sent();
      assertEquals(ActionState.Status.SUCCESS, first.get(30, TimeUnit.SECONDS).status());
      assertEquals(ActionState.Status.SUCCESS, second.get(30, TimeUnit.SECONDS).status());
      assertEquals(List.of(List.of(1L, 2L)), api.asked(), "one round for both");
      assertEquals(1, poller.polls());
    }
  }

  @Test
  void actionsThatComeDuringARoundJoinTheNextOne() throws Exception {
    Polls api = new Polls(2);
    Gate gate = new Gate();
    try (ActionPoller poller = new ActionPoller(api, gate, Clock.systemUTC(), SCHEDULE)) {
      CompletableFuture<ActionState> first = poller.await(1);
      gate.permits.release();
      api.awaitPolls(1);
      CompletableFuture<ActionState> second = poller.await(2);
      CompletableFuture<ActionState> third = poller.await(3);
      gate.permits.release(2);
      assertEquals(ActionState.Status.SUCCESS, first.get(30, TimeUnit.SECONDS).status());
      assertEquals(ActionState.Status.SUCCESS, second.get(30, TimeUnit.SECONDS).status());
      assertEquals(ActionState.Status.SUCCESS, third.get(30, TimeUnit.SECONDS).status());
      assertEquals(3, poller.polls());
    }
    assertEquals(List.of(List.of(1L), List.of(1L, 2L, 3L), List.of(2L, 3L)), api.asked());
  }

  @Test
  void theIntervalGrowsWhileNothingFinishesAndStartsAgainWhenSomethingDoes() throws Exception {
    Polls api = new Polls(4);
    Gate gate = new Gate();
    try (ActionPoller poller = new ActionPoller(api, gate, Clock.systemUTC(), SCHEDULE)) {
      CompletableFuture<ActionState> f = poller.await(1);
      gate.permits.release(4);
      assertTrue(f.get(30, TimeUnit.SECONDS).finished());
      CompletableFuture<ActionState> g = poller.await(2);
      gate.permits.release(4);
      assertTrue(g.get(30, TimeUnit.SECONDS).finished());
    }
    List<Duration> waits;
    synchronized (gate) {
      waits = List.copyOf(gate.waits);
    }
    assertEquals(
        List.of(
            Duration.ofMillis(500),
            Duration.ofMillis(750),
            Duration.ofMillis(1125),
            Duration.ofMillis(1688),
            Duration.ofMillis(500),
            Duration.ofMillis(750),
            Duration.ofMillis(1125),
            Duration.ofMillis(1688)),
        waits.subList(0, 8));
  }

  @Test
  void anActionMissingFromTheAnswerFailsInsteadOfCountingAsFinished() throws Exception {
    Polls api = new Polls(1);
    api.unknown.add(2L);
    Gate gate = new Gate();
    try (ActionPoller poller = new ActionPoller(api, gate, Clock.systemUTC(), SCHEDULE)) {
      CompletableFuture<ActionState> known = poller.await(1);
      CompletableFuture<ActionState> missing = poller.await(2);
      gate.permits.release();
      assertEquals(ActionState.Status.SUCCESS, known.get(30, TimeUnit.SECONDS).status());
      java.util.concurrent.ExecutionException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              java.util.concurrent.ExecutionException.class,
              () -> missing.get(30, TimeUnit.SECONDS));
      assertTrue(
          e.getCause().getMessage().contains("does not list action 2"), e.getCause().getMessage());
    }
  }
}
