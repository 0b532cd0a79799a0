package dev.hzone.emulator.state;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The emulator's state: zones, actions, SSH keys and servers as immutable records in maps guarded by one
 * read-write lock. Every change is a {@link Transaction}; when it succeeds, the files it touched are written
 * (each by write-then-rename, see {@link StateFiles}) before the change becomes visible, so an answer the
 * client got is always on disk.
 *
 * <p>The state is kept in shards that change atomically on their own: one per zone (the zone and its
 * actions), one for SSH keys, one for servers and their actions. Every transaction touches one shard, so a
 * crash at any moment leaves each file either old or new and never a half-done change.
 */
public final class StateStore {
  /**
   * Finished actions kept per shard; older ones are forgotten (the real API keeps them longer). Every write
   * of a zone rewrites its actions too, so this bounds the cost of a write.
   */
  public static final int ACTIONS_KEPT_PER_SHARD = 200;

  private final Clock clock;
  private final Optional<StateFiles> files;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<Long, ZoneEntry> zones = new TreeMap<>();
  private final Map<String, Long> zoneIdsByName = new HashMap<>();
  private final Set<Long> deletedZones = new TreeSet<>();
  private final Map<Long, ActionEntry> actions = new TreeMap<>();
  private final Map<String, TreeSet<Long>> actionsByShard = new HashMap<>();
  private final Map<Long, SshKeyEntry> sshKeys = new TreeMap<>();
  private final Map<Long, ServerEntry> servers = new TreeMap<>();
  private final IdCounters ids;

  private StateStore(Clock clock, Optional<StateFiles> files, StateFiles.Loaded loaded) {
    this.clock = clock;
    this.files = files;
    this.ids = loaded.ids();
    for (ZoneEntry z : loaded.zones()) {
      zones.put(z.id(), z);
      zoneIdsByName.put(z.name(), z.id());
    }
    deletedZones.addAll(loaded.deletedZones());
    loaded.actions().forEach(this::indexAction);
    loaded.sshKeys().forEach(k -> sshKeys.put(k.id(), k));
    loaded.servers().forEach(s -> servers.put(s.id(), s));
  }

  /** A store kept in memory only. */
  public static StateStore inMemory(Clock clock) {
    return new StateStore(clock, Optional.empty(), StateFiles.Loaded.empty());
  }

  /**
   * A store that reads {@code files} now and writes them on every change.
   *
   * @throws StateFileException when a file is torn or corrupt
   */
  public static StateStore persistent(Clock clock, StateFiles files) {
    return new StateStore(clock, Optional.of(files), files.load());
  }

  /** Reads the state under the read lock. */
  public <T> T read(Function<StateView, T> reader) {
    lock.readLock().lock();
    try {
      return reader.apply(new View(clock.instant()));
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Changes the state: runs {@code change} under the write lock, writes the touched files, then runs the
   * transaction's after-commit hooks. If {@code change} throws, nothing changes.
   */
  public <T> T write(Function<Transaction, T> change) {
    Txn txn;
    T result;
    lock.writeLock().lock();
    try {
      txn = new Txn(clock.instant());
      try {
        result = change.apply(txn);
        txn.prune();
        txn.persist();
      } catch (RuntimeException e) {
        txn.undo();
        throw e;
      }
    } finally {
      lock.writeLock().unlock();
    }
    txn.hooks.forEach(Runnable::run);
    return result;
  }

  static String zoneShard(long id) {
    return "zones/" + id;
  }

  static final String SSH_KEYS = "ssh_keys";
  static final String SERVERS = "servers";

  private static String shardOf(ActionEntry a) {
    if (a.resources().isEmpty()) {
      return SERVERS;
    }
    ResourceRef r = a.resources().get(0);
    return r.type().equals("zone") ? zoneShard(r.id()) : SERVERS;
  }

  private void indexAction(ActionEntry a) {
    actions.put(a.id(), a);
    actionsByShard.computeIfAbsent(shardOf(a), k -> new TreeSet<>()).add(a.id());
  }

  private void unindexAction(ActionEntry a) {
    actions.remove(a.id());
    TreeSet<Long> s = actionsByShard.get(shardOf(a));
    if (s != null) {
      s.remove(a.id());
    }
  }

  private List<ActionEntry> shardActions(String shard) {
    List<ActionEntry> out = new ArrayList<>();
    for (long id : actionsByShard.getOrDefault(shard, new TreeSet<>())) {
      out.add(actions.get(id));
    }
    return out;
  }

  /** Reads under whatever lock the caller holds. */
  private class View implements StateView {
    private final Instant now;

    View(Instant now) {
      this.now = now;
    }

    @Override
    public Instant now() {
      return now;
    }

    @Override
    public Optional<ZoneEntry> zone(long id) {
      return Optional.ofNullable(zones.get(id));
    }

    @Override
    public Optional<ZoneEntry> zoneByName(String name) {
      Long id = zoneIdsByName.get(name);
      return id == null ? Optional.empty() : zone(id);
    }

    @Override
    public List<ZoneEntry> zones() {
      return List.copyOf(zones.values());
    }

    @Override
    public Optional<ActionEntry> action(long id) {
      return Optional.ofNullable(actions.get(id));
    }

    @Override
    public List<ActionEntry> actions() {
      return List.copyOf(actions.values());
    }

    @Override
    public List<ActionEntry> actionsOf(ResourceRef ref) {
      String shard = ref.type().equals("zone") ? zoneShard(ref.id()) : SERVERS;
      List<ActionEntry> out = new ArrayList<>();
      for (ActionEntry a : shardActions(shard)) {
        if (a.concerns(ref)) {
          out.add(a);
        }
      }
      return out;
    }

    @Override
    public Optional<SshKeyEntry> sshKey(long id) {
      return Optional.ofNullable(sshKeys.get(id));
    }

    @Override
    public List<SshKeyEntry> sshKeys() {
      return List.copyOf(sshKeys.values());
    }

    @Override
    public Optional<ServerEntry> server(long id) {
      return Optional.ofNullable(servers.get(id));
    }

    @Override
    public List<ServerEntry> servers() {
      return List.copyOf(servers.values());
    }
  }

  /** Changes the maps in place, keeping an undo log, under the write lock. */
  private final class Txn extends View implements Transaction {
    private final Deque<Runnable> undo = new ArrayDeque<>();
    private final Set<String> dirty = new LinkedHashSet<>();
    private final List<Runnable> hooks = new ArrayList<>();
    private final IdCounters idsBefore = ids.copy();

    Txn(Instant now) {
      super(now);
    }

    @Override
    public long nextZoneId() {
      return ids.take(IdCounters.Kind.ZONE);
    }

    @Override
    public long nextActionId() {
      return ids.take(IdCounters.Kind.ACTION);
    }

    @Override
    public long nextSshKeyId() {
      return ids.take(IdCounters.Kind.SSH_KEY);
    }

    @Override
    public long nextServerId() {
      return ids.take(IdCounters.Kind.SERVER);
    }

    @Override
    public long nextPrimaryIpId() {
      return ids.take(IdCounters.Kind.PRIMARY_IP);
    }

    @Override
    public void putZone(ZoneEntry zone) {
      ZoneEntry old = zones.put(zone.id(), zone);
      String oldName = old == null ? null : old.name();
      zoneIdsByName.put(zone.name(), zone.id());
      undo.push(() -> {
        zoneIdsByName.remove(zone.name());
        if (old == null) {
          zones.remove(zone.id());
        } else {
          zones.put(old.id(), old);
          zoneIdsByName.put(oldName, old.id());
        }
      });
      dirty.add(zoneShard(zone.id()));
    }

    @Override
    public void removeZone(long id) {
      ZoneEntry old = zones.remove(id);
      if (old == null) {
        return;
      }
      zoneIdsByName.remove(old.name());
      deletedZones.add(id);
      undo.push(() -> {
        zones.put(id, old);
        zoneIdsByName.put(old.name(), id);
        deletedZones.remove(id);
      });
      dirty.add(zoneShard(id));
    }

    @Override
    public void putAction(ActionEntry action) {
      ActionEntry old = actions.get(action.id());
      if (old != null) {
        unindexAction(old);
      }
      indexAction(action);
      undo.push(() -> {
        unindexAction(action);
        if (old != null) {
          indexAction(old);
        }
      });
      dirty.add(shardOf(action));
    }

    @Override
    public void putSshKey(SshKeyEntry key) {
      SshKeyEntry old = sshKeys.put(key.id(), key);
      undo.push(() -> restore(sshKeys, key.id(), old));
      dirty.add(SSH_KEYS);
    }

    @Override
    public void removeSshKey(long id) {
      SshKeyEntry old = sshKeys.remove(id);
      undo.push(() -> restore(sshKeys, id, old));
      dirty.add(SSH_KEYS);
    }

    @Override
    public void putServer(ServerEntry server) {
      ServerEntry old = servers.put(server.id(), server);
      undo.push(() -> restore(servers, server.id(), old));
      dirty.add(SERVERS);
    }

    @Override
    public void removeServer(long id) {
      ServerEntry old = servers.remove(id);
      undo.push(() -> restore(servers, id, old));
      dirty.add(SERVERS);
    }

    @Override
    public void afterCommit(Runnable hook) {
      hooks.add(hook);
    }

    private <V> void restore(Map<Long, V> map, long id, V old) {
      if (old == null) {
        map.remove(id);
      } else {
        map.put(id, old);
      }
    }

    /** Forgets the oldest finished actions of each touched shard beyond the kept number. */
    void prune() {
      for (String shard : dirty) {
        List<ActionEntry> list = shardActions(shard);
        int excess = list.size() - ACTIONS_KEPT_PER_SHARD;
        for (ActionEntry a : list) {
          if (excess <= 0) {
            break;
          }
          if (!a.isRunning(now())) {
            unindexAction(a);
            undo.push(() -> indexAction(a));
            excess--;
          }
        }
      }
    }

    void persist() {
      if (files.isEmpty()) {
        return;
      }
      StateFiles f = files.get();
      for (String shard : dirty) {
        if (shard.equals(SSH_KEYS)) {
          f.writeSshKeys(List.copyOf(sshKeys.values()));
        } else if (shard.equals(SERVERS)) {
          f.writeServers(List.copyOf(servers.values()), shardActions(SERVERS));
        } else {
          long id = Long.parseLong(shard.substring("zones/".length()));
          f.writeZone(id, Optional.ofNullable(zones.get(id)), shardActions(shard));
        }
      }
      if (!ids.equals(idsBefore)) {
        f.writeIds(ids);
      }
    }

    void undo() {
      while (!undo.isEmpty()) {
        undo.pop().run();
      }
      ids.resetTo(idsBefore);
    }
  }
}
