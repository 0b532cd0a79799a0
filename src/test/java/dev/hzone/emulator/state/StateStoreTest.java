package dev.hzone.emulator.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.dns.ZoneData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateStoreTest {
  private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");
  private final Clock clock = Clock.fixed(T, ZoneOffset.UTC);

  private static ZoneEntry zone(long id, String name) {
    return new ZoneEntry(
        id,
        ZoneMode.PRIMARY,
        Map.of(),
        false,
        T,
        List.of(),
        ZoneData.of(name, OptionalInt.of(3600), List.of()));
  }

  private static ActionEntry action(long id, long zone, Instant finishes) {
    return new ActionEntry(
        id, "x", List.of(ResourceRef.zone(zone)), T, finishes, Optional.empty(), Optional.empty());
  }

  @Test
  void aChangeThatThrowsLeavesNothingBehind() {
    StateStore store = StateStore.inMemory(clock);
    long first =
        store.write(
            tx -> {
              long id = tx.nextZoneId();
              tx.putZone(zone(id, "a.com"));
              return id;
            });
    assertThrows(
        IllegalStateException.class,
        () ->
            store.write(
                tx -> {
                  tx.putZone(zone(tx.nextZoneId(), "b.com"));
                  tx.removeZone(first);
                  tx.putAction(action(tx.nextActionId(), first, T));
                  throw new IllegalStateException("refused");
                }));
    store.read(
        v -> {
          assertEquals(List.of("a.com"), v.zones().stream().map(ZoneEntry::name).toList());
          assertTrue(v.zoneByName("b.com").isEmpty());
          assertTrue(v.actions().isEmpty());
          return null;
        });
    long next = store.write(Transaction::nextZoneId);
    assertEquals(first + 1, next, "IDs taken by an undone change are handed out again");
  }

  @Test
  void afterCommitHooksRunOnlyWhenTheChangeStands() {
    StateStore store = StateStore.inMemory(clock);
    List<String> ran = new java.util.ArrayList<>();
    store.write(
        tx -> {
          tx.afterCommit(() -> ran.add("kept"));
          return null;
        });
    assertThrows(
        IllegalStateException.class,
        () ->
            store.write(
                tx -> {
                  tx.afterCommit(() -> ran.add("undone"));
                  throw new IllegalStateException();
                }));
    assertEquals(List.of("kept"), ran);
  }

  @Test
  void keepsTheNewestFinishedActionsOfEachZoneAndEveryRunningOne() {
    StateStore store = StateStore.inMemory(clock);
    Instant longAgo = T.minus(StateStore.ACTION_RETENTION).minusSeconds(1);
    store.write(
        tx -> {
          tx.putZone(zone(1, "a.com"));
          tx.putAction(action(tx.nextActionId(), 1, T.plusSeconds(60)));
          return null;
        });
    for (int i = 0; i < StateStore.ACTIONS_KEPT_PER_SHARD + 10; i++) {
      store.write(
          tx -> {
            tx.putAction(action(tx.nextActionId(), 1, longAgo));
            return null;
          });
    }
    store.read(
        v -> {
          List<ActionEntry> kept = v.actionsOf(ResourceRef.zone(1));
          assertEquals(StateStore.ACTIONS_KEPT_PER_SHARD, kept.size());
          assertTrue(kept.get(0).isRunning(T), "the running action is kept");
          assertEquals(
              IdCounters.Kind.ACTION.first() + 12, kept.get(1).id(), "the oldest finished ones go");
          return null;
        });
  }

  @Test
  void keepsEveryActionThatFinishedRecentlyWhateverTheirNumber() {
    StateStore store = StateStore.inMemory(clock);
    store.write(
        tx -> {
          tx.putZone(zone(1, "a.com"));
          return null;
        });
    int many = StateStore.ACTIONS_KEPT_PER_SHARD * 3;
    for (int i = 0; i < many; i++) {
      store.write(
          tx -> {
            tx.putAction(action(tx.nextActionId(), 1, T.minusSeconds(5)));
            return null;
          });
    }
    store.read(
        v -> {
          assertEquals(
              many, v.actionsOf(ResourceRef.zone(1)).size(), "a client may still poll these");
          return null;
        });
  }

  @Test
  void writesOnlyTheShardsAChangeTouches(@TempDir Path dir) throws Exception {
    try (StateFiles files = StateFiles.open(dir)) {
      StateStore store = StateStore.persistent(clock, files);
      store.write(
          tx -> {
            tx.putZone(zone(tx.nextZoneId(), "a.com"));
            tx.putZone(zone(tx.nextZoneId(), "b.com"));
            return null;
          });
      Path a = dir.resolve("zones/" + IdCounters.Kind.ZONE.first() + ".json");
      Path b = dir.resolve("zones/" + (IdCounters.Kind.ZONE.first() + 1) + ".json");
      long bTime = Files.getLastModifiedTime(b).toMillis();
      Thread.sleep(20);
      store.write(
          tx -> {
            tx.putZone(tx.zoneByName("a.com").orElseThrow().withLabels(Map.of("k", "v")));
            return null;
          });
      assertTrue(Files.readString(a).contains("\"k\":\"v\""));
      assertEquals(bTime, Files.getLastModifiedTime(b).toMillis(), "b.com's file is not rewritten");
      assertTrue(Files.exists(dir.resolve("state.json")));
    }
  }
}
