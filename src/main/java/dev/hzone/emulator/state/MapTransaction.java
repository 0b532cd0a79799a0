package dev.hzone.emulator.state;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link Transaction} that changes {@link StateMaps} in place under the store's write lock,
 * keeping an undo log, the set of shards it touched and the hooks to run once it stands.
 */
final class MapTransaction extends StateMaps.View implements Transaction {
  private final StateMaps maps;
  private final Deque<Runnable> undo = new ArrayDeque<>();
  private final Set<String> dirty = new LinkedHashSet<>();
  private final List<Runnable> hooks = new ArrayList<>();
  private final IdCounters idsBefore;

  MapTransaction(StateMaps maps, Instant now) {
    maps.super(now);
    this.maps = maps;
    this.idsBefore = maps.ids.copy();
  }

  List<Runnable> hooks() {
    return hooks;
  }

  /** Whether this transaction changed {@code shard}. */
  boolean touched(String shard) {
    return dirty.contains(shard);
  }

  @Override
  public long nextZoneId() {
    return maps.ids.take(IdCounters.Kind.ZONE);
  }

  @Override
  public long nextActionId() {
    return maps.ids.take(IdCounters.Kind.ACTION);
  }

  @Override
  public long nextSshKeyId() {
    return maps.ids.take(IdCounters.Kind.SSH_KEY);
  }

  @Override
  public long nextServerId() {
    return maps.ids.take(IdCounters.Kind.SERVER);
  }

  @Override
  public long nextPrimaryIpId() {
    return maps.ids.take(IdCounters.Kind.PRIMARY_IP);
  }

  @Override
  public void putZone(ZoneEntry zone) {
    ZoneEntry old = maps.zones.put(zone.id(), zone);
    maps.zoneIdsByName.put(zone.name(), zone.id());
    undo.push(
        () -> {
          maps.zoneIdsByName.remove(zone.name());
          if (old == null) {
            maps.zones.remove(zone.id());
          } else {
            maps.zones.put(old.id(), old);
            maps.zoneIdsByName.put(old.name(), old.id());
          }
        });
    dirty.add(StateMaps.zoneShard(zone.id()));
  }

  @Override
  public void removeZone(long id) {
    ZoneEntry old = maps.zones.remove(id);
    if (old == null) {
      return;
    }
    maps.zoneIdsByName.remove(old.name());
    maps.deletedZones.add(id);
    undo.push(
        () -> {
          maps.zones.put(id, old);
          maps.zoneIdsByName.put(old.name(), id);
          maps.deletedZones.remove(id);
        });
    dirty.add(StateMaps.zoneShard(id));
  }

  @Override
  public void putAction(ActionEntry action) {
    ActionEntry old = maps.actions.get(action.id());
    if (old != null) {
      maps.unindexAction(old);
    }
    maps.indexAction(action);
    undo.push(
        () -> {
          maps.unindexAction(action);
          if (old != null) {
            maps.indexAction(old);
          }
        });
    dirty.add(StateMaps.shardOf(action));
  }

  @Override
  public void putSshKey(SshKeyEntry key) {
    SshKeyEntry old = maps.sshKeys.put(key.id(), key);
    undo.push(() -> restore(maps.sshKeys, key.id(), old));
    dirty.add(StateMaps.SSH_KEYS);
  }

  @Override
  public void removeSshKey(long id) {
    SshKeyEntry old = maps.sshKeys.remove(id);
    undo.push(() -> restore(maps.sshKeys, id, old));
    dirty.add(StateMaps.SSH_KEYS);
  }

  @Override
  public void putServer(ServerEntry server) {
    ServerEntry old = maps.servers.put(server.id(), server);
    undo.push(() -> restore(maps.servers, server.id(), old));
    dirty.add(StateMaps.SERVERS);
  }

  @Override
  public void removeServer(long id) {
    ServerEntry old = maps.servers.remove(id);
    undo.push(() -> restore(maps.servers, id, old));
    dirty.add(StateMaps.SERVERS);
  }

  @Override
  public long nextId(IdCounters.Kind kind) {
    return maps.ids.take(kind);
  }

  @Override
  public <T> void put(CloudKind<T> kind, T value) {
    long key = kind.key(value);
    Map<Long, Object> m = maps.cloudMap(kind);
    Object old = m.put(key, value);
    undo.push(() -> restore(m, key, old));
    dirty.add(StateMaps.SERVERS);
  }

  @Override
  public void remove(CloudKind<?> kind, long key) {
    Map<Long, Object> m = maps.cloudMap(kind);
    Object old = m.remove(key);
    if (old != null) {
      undo.push(() -> restore(m, key, old));
      dirty.add(StateMaps.SERVERS);
    }
  }

  @Override
  public void afterCommit(Runnable hook) {
    hooks.add(hook);
  }

  private static <V> void restore(Map<Long, V> map, long id, V old) {
    if (old == null) {
      map.remove(id);
    } else {
      map.put(id, old);
    }
  }

  /** Forgets the oldest finished actions of each touched shard beyond {@code kept}. */
  void prune(int kept, java.time.Duration retention) {
    java.time.Instant forgetBefore = now().minus(retention);
    for (String shard : dirty) {
      List<ActionEntry> list = maps.shardActions(shard);
      int excess = list.size() - kept;
      for (ActionEntry a : list) {
        if (excess <= 0) {
          break;
        }
        // A client may still be polling an action that finished recently: only older ones are
        // forgotten.
        if (!a.isRunning(now()) && a.finishes().isBefore(forgetBefore)) {
          maps.unindexAction(a);
          undo.push(() -> maps.indexAction(a));
          excess--;
        }
      }
    }
  }

  /** Writes the touched shards (and the ID counters when they moved) to {@code files}. */
  void persist(Optional<StateFiles> files) {
    if (files.isEmpty()) {
      return;
    }
    StateFiles f = files.get();
    for (String shard : dirty) {
      if (shard.equals(StateMaps.SSH_KEYS)) {
        f.writeSshKeys(List.copyOf(maps.sshKeys.values()));
      } else if (shard.equals(StateMaps.SERVERS)) {
        f.writeServers(
            List.copyOf(maps.servers.values()), maps.shardActions(StateMaps.SERVERS), maps.cloud);
      } else {
        long id = Long.parseLong(shard.substring("zones/".length()));
        f.writeZone(id, Optional.ofNullable(maps.zones.get(id)), maps.shardActions(shard));
      }
    }
    if (!maps.ids.equals(idsBefore)) {
      f.writeIds(maps.ids);
    }
  }

  /** Takes every change back, IDs included. */
  void undo() {
    while (!undo.isEmpty()) {
      undo.pop().run();
    }
    maps.ids.resetTo(idsBefore);
  }
}
