package dev.hzone.emulator.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The maps that hold the state, with the indexes kept beside them (zones by name, actions by
 * shard). Not thread-safe: {@link StateStore} guards it with its lock.
 *
 * <p>A shard is what one state file holds: {@code zones/ID} (a zone and its actions), {@code
 * ssh_keys}, {@code servers} (servers and their actions).
 */
final class StateMaps {
  static final String SSH_KEYS = "ssh_keys";
  static final String SERVERS = "servers";

  final Map<Long, ZoneEntry> zones = new TreeMap<>();
  final Map<String, Long> zoneIdsByName = new HashMap<>();
  final Set<Long> deletedZones = new TreeSet<>();
  final Map<Long, ActionEntry> actions = new TreeMap<>();
  final Map<String, TreeSet<Long>> actionsByShard = new HashMap<>();
  final Map<Long, SshKeyEntry> sshKeys = new TreeMap<>();
  final Map<Long, ServerEntry> servers = new TreeMap<>();

  /** The {@link CloudKind} records by kind name, then key; they live in the servers shard. */
  final Map<String, TreeMap<Long, Object>> cloud = new HashMap<>();

  final IdCounters ids;

  StateMaps(StateFiles.Loaded loaded) {
    this.ids = loaded.ids();
    for (ZoneEntry z : loaded.zones()) {
      zones.put(z.id(), z);
      zoneIdsByName.put(z.name(), z.id());
    }
    deletedZones.addAll(loaded.deletedZones());
    loaded.actions().forEach(this::indexAction);
    loaded.sshKeys().forEach(k -> sshKeys.put(k.id(), k));
    loaded.servers().forEach(s -> servers.put(s.id(), s));
    for (CloudKind<?> k : CloudKinds.ALL) {
      TreeMap<Long, Object> m = cloudMap(k);
      loaded.cloud().getOrDefault(k.name(), List.of()).forEach(x -> m.put(k.key(x), x));
    }
  }

  TreeMap<Long, Object> cloudMap(CloudKind<?> kind) {
    return cloud.computeIfAbsent(kind.name(), n -> new TreeMap<>());
  }

  static String zoneShard(long id) {
    return "zones/" + id;
  }

  static String shardOf(ActionEntry a) {
    if (a.resources().isEmpty()) {
      return SERVERS;
    }
    ResourceRef r = a.resources().get(0);
    return r.type().equals("zone") ? zoneShard(r.id()) : SERVERS;
  }

  void indexAction(ActionEntry a) {
    actions.put(a.id(), a);
    actionsByShard.computeIfAbsent(shardOf(a), k -> new TreeSet<>()).add(a.id());
  }

  void unindexAction(ActionEntry a) {
    actions.remove(a.id());
    TreeSet<Long> s = actionsByShard.get(shardOf(a));
    if (s != null) {
      s.remove(a.id());
    }
  }

  /** The actions of a shard, by ID. */
  List<ActionEntry> shardActions(String shard) {
    List<ActionEntry> out = new ArrayList<>();
    for (long id : actionsByShard.getOrDefault(shard, new TreeSet<>())) {
      out.add(actions.get(id));
    }
    return out;
  }

  /** Reads the maps at {@code now}, under whatever lock the caller holds. */
  class View implements StateView {
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

    @Override
    public <T> Optional<T> find(CloudKind<T> kind, long key) {
      return Optional.ofNullable(cloudMap(kind).get(key)).map(kind.type()::cast);
    }

    @Override
    public <T> List<T> all(CloudKind<T> kind) {
      List<T> out = new ArrayList<>();
      cloudMap(kind).values().forEach(x -> out.add(kind.type().cast(x)));
      return out;
    }
  }
}
