package dev.hzone.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.api.cloud.Zone;
import dev.hzone.testing.FakeTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ChallengePublisherTest {
  private final FakeTime time = new FakeTime();
  private final FakeChallengeZones api = new FakeChallengeZones().withZone("example.test");
  private final ChallengePublisher publisher =
      new ChallengePublisher(api, time, time, AcmeListener.NONE);
  private final Challenge apex = Challenge.ofDomain("example.test", "apexValue");
  private final Challenge wildcard = Challenge.ofDomain("*.example.test", "wildValue");

  private Instant deadline() {
    return time.instant().plusSeconds(60);
  }

  @Test
  void presentAddsOneQuotedValueWithTtl60() throws Exception {
    publisher.present(apex, deadline());
    assertEquals(
        List.of("add example.test _acme-challenge \"apexValue\" ttl=OptionalInt[60]"),
        api.writes());
    assertEquals(List.of("\"apexValue\""), api.txt("example.test", "_acme-challenge"));
  }

  @Test
  void presentAppendsToOtherValuesAndKeepsTheRrsetTtl() throws Exception {
    FakeChallengeZones api =
        new FakeChallengeZones().withZone("example.test", "_acme-challenge TXT 300 \"other\"");
    new ChallengePublisher(api, time, time, AcmeListener.NONE).present(apex, deadline());
    assertEquals(List.of("\"other\"", "\"apexValue\""), api.txt("example.test", "_acme-challenge"));
    assertTrue(api.writes().get(0).endsWith("ttl=OptionalInt[300]"), api.writes().get(0));
  }

  @Test
  void presentTwiceWritesOnce() throws Exception {
    publisher.present(apex, deadline());
    publisher.present(apex, deadline());
    assertEquals(1, api.writes().size());
  }

  @Test
  void valueStoredInAnotherSplittingCountsAsPresent() throws Exception {
    FakeChallengeZones api =
        new FakeChallengeZones()
            .withZone("example.test", "_acme-challenge TXT - \"apex\" \"Value\"");
    new ChallengePublisher(api, time, time, AcmeListener.NONE).present(apex, deadline());
    assertEquals(List.of(), api.writes());
  }

  @Test
  void cleanupRemovesExactlyTheStoredValueAndLeavesOthers() throws Exception {
    publisher.present(apex, deadline());
    publisher.present(wildcard, deadline());
    publisher.cleanup(apex, deadline());
    assertEquals(List.of("\"wildValue\""), api.txt("example.test", "_acme-challenge"));
    assertEquals("remove example.test _acme-challenge \"apexValue\"", api.writes().get(2));
    publisher.cleanup(wildcard, deadline());
    assertEquals(List.of(), api.txt("example.test", "_acme-challenge"));
  }

  @Test
  void cleanupOfAGoneValueWritesNothing() throws Exception {
    publisher.cleanup(apex, deadline());
    assertEquals(List.of(), api.writes());
  }

  @Test
  void busyZoneIsRetriedAfterAPause() throws Exception {
    api.busyAnswers.set(2);
    publisher.present(apex, deadline());
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), time.sleeps);
    assertEquals(List.of("\"apexValue\""), api.txt("example.test", "_acme-challenge"));
  }

  @Test
  void busyUntilTheDeadlineFails() {
    api.busyAnswers.set(1000);
    AcmeException e =
        assertThrows(
            AcmeException.class, () -> publisher.present(apex, time.instant().plusSeconds(5)));
    assertTrue(e.getMessage().contains("stayed busy"), e.getMessage());
  }

  @Test
  void failedWriteThatTookEffectIsSuccess() throws Exception {
    FakeChallengeZones lossy =
        new FakeChallengeZones() {
          @Override
          public synchronized void addTxt(
              Zone zone, String name, String value, java.util.OptionalInt ttl) {
            super.addTxt(zone, name, value, ttl);
            throw new IllegalStateException("connection reset after the write");
          }
        }.withZone("example.test");
    new ChallengePublisher(lossy, time, time, AcmeListener.NONE).present(apex, deadline());
    assertEquals(List.of("\"apexValue\""), lossy.txt("example.test", "_acme-challenge"));
  }

  @Test
  void failedWriteWithoutEffectIsReported() {
    FakeChallengeZones broken =
        new FakeChallengeZones() {
          @Override
          public synchronized void addTxt(
              Zone zone, String name, String value, java.util.OptionalInt ttl) {
            throw new IllegalStateException("server error");
          }
        }.withZone("example.test");
    assertThrows(
        IllegalStateException.class,
        () ->
            new ChallengePublisher(broken, time, time, AcmeListener.NONE)
                .present(apex, deadline()));
  }

  @Test
  void apexAndWildcardAtOnceBothEndUpPresentAndBothCleanUp() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (boolean presenting : new boolean[] {true, false}) {
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<ChallengeTarget>> runs = new ArrayList<>();
        for (Challenge c : List.of(apex, wildcard)) {
          runs.add(
              pool.submit(
                  () -> {
                    together.await();
                    return presenting
                        ? publisher.present(c, deadline())
                        : publisher.cleanup(c, deadline());
                  }));
        }
        for (Future<ChallengeTarget> f : runs) {
          f.get();
        }
        Set<String> expected = presenting ? Set.of("\"apexValue\"", "\"wildValue\"") : Set.of();
        assertEquals(expected, new HashSet<>(api.txt("example.test", "_acme-challenge")));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
