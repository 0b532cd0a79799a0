package dev.hzone.sync.plan;

import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ZoneData;
import dev.hzone.sync.SyncException;
import dev.hzone.sync.ZoneAttributes;
import dev.hzone.sync.remote.DnsProvider;
import dev.hzone.sync.remote.ReadCache;
import dev.hzone.sync.remote.ReadMethod;
import dev.hzone.sync.remote.RemoteReadException;
import dev.hzone.sync.remote.RemoteZone;
import dev.hzone.sync.remote.ZoneInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Reads zones from the API at the lowest cost and plans them. Per run, the zones' descriptions come
 * from pages of the zone list (50 zones each) or one {@code GET /zones/{name}} per zone, whichever
 * is fewer requests; per zone, one zone-file export by name, or the RRSet list where labels or
 * protection are managed, an import is wanted, or the export cannot tell an inherited TTL from an
 * explicit one and the zone TTL changes ({@link RemoteZone#ttlOriginMatters}). With a {@link
 * ReadCache}, a zone whose nameservers all serve the serial of its last read costs no request at
 * all. Many zones in parallel, bounded. A read that fails, or looks incomplete (no SOA or apex NS
 * in a primary zone), stops the whole run, since planning from it could delete what was not read.
 */
public final class RemotePlanner {
  private final DnsProvider provider;
  private final Planner planner;
  private final int parallelism;
  private final ReadCache cache;
  private final IntConsumer readsAhead;

  /** What the last plan knew of each zone at Hetzner, for {@link #refresh}. */
  private final Map<String, ZoneInfo> known = new ConcurrentHashMap<>();

  /** The zones of the last plan that the read cache may stand in for ({@link #cacheable}). */
  private final Set<String> cacheableZones = ConcurrentHashMap.newKeySet();

  /**
   * @param parallelism the most zones read at once
   */
  public RemotePlanner(DnsProvider provider, Planner planner, int parallelism) {
    this(provider, planner, parallelism, ReadCache.NONE);
  }

  /**
   * @param parallelism the most zones read at once
   * @param cache zones read by earlier runs, used where their SOA serial proves them current
   */
  public RemotePlanner(DnsProvider provider, Planner planner, int parallelism, ReadCache cache) {
    this(provider, planner, parallelism, cache, n -> {});
  }

  private RemotePlanner(
      DnsProvider provider,
      Planner planner,
      int parallelism,
      ReadCache cache,
      IntConsumer readsAhead) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.planner = Objects.requireNonNull(planner, "planner");
    this.cache = Objects.requireNonNull(cache, "cache");
    this.readsAhead = Objects.requireNonNull(readsAhead, "readsAhead");
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1");
    }
    this.parallelism = parallelism;
  }

  /**
   * The same planner, telling {@code readsAhead} how many record reads a plan is about to send,
   * once the zones are looked up and before the first of those reads: one per zone at Hetzner that
   * the read cache could not stand in for (more where a zone's RRSet list takes several pages or
   * must be read as well). It may throw to stop the plan there (a budget that cannot afford it).
   */
  public RemotePlanner withReadsAhead(IntConsumer readsAhead) {
    return new RemotePlanner(provider, planner, parallelism, cache, readsAhead);
  }

  /**
   * How a zone's records are read: the export unless the settings or strategy need the RRSet list.
   */
  public static ReadMethod readMethod(ZoneSettings settings, Strategy strategy) {
    if (settings.mode() == ZoneMode.SECONDARY) {
      return ReadMethod.NONE;
    }
    if (strategy == Strategy.IMPORT || settings.managesRrsetAttributes()) {
      return ReadMethod.RRSET_LIST;
    }
    return ReadMethod.ZONEFILE;
  }

  /**
   * Whether the read cache may stand in for reading {@code zone}: a primary zone read by its export
   * whose zone labels and protection hzone does not manage (the SOA serial covers records and TTLs
   * only). A secondary zone's serial is its primary's and says nothing of its settings at Hetzner,
   * so it is always read.
   */
  static boolean cacheable(DesiredZone zone, PlanOptions options) {
    ZoneSettings s = zone.settings();
    return readMethod(s, options.strategy()) == ReadMethod.ZONEFILE
        && s.labels().isEmpty()
        && s.deleteProtected().isEmpty();
  }

  /**
   * Plans every zone.
   *
   * @throws RemoteReadException when any zone could not be read (naming all of them)
   * @throws PlanningException when any zone cannot be planned (naming all problems)
   */
  public Plan plan(List<DesiredZone> zones, PlanOptions options) {
    Map<String, RemoteZone> hits = new ConcurrentHashMap<>();
    List<DesiredZone> cacheable = zones.stream().filter(z -> cacheable(z, options)).toList();
    cacheable.forEach(z -> cacheableZones.add(z.name()));
    if (cache != ReadCache.NONE && !cacheable.isEmpty()) {
      forEach(
          cacheable,
          z -> {
            cache.lookup(z.name()).ifPresent(r -> hits.put(z.name(), r));
            return Outcome.ok(null);
          });
    }
    List<String> unread = new ArrayList<>();
    for (DesiredZone z : zones) {
      if (!hits.containsKey(z.name())) {
        unread.add(z.name());
      }
    }
    Map<String, ZoneInfo> infos;
    try {
      infos = unread.isEmpty() ? Map.of() : provider.findZones(unread);
    } catch (RuntimeException e) {
      String msg = Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
      List<String> failures = new ArrayList<>();
      for (String z : unread) {
        failures.add(msg.startsWith(z) ? msg : z + ": could not be looked up: " + msg);
      }
      throw new RemoteReadException(failures, e);
    }
    known.putAll(infos);
    hits.forEach((name, r) -> known.put(name, r.info()));
    int reads = 0;
    for (ZoneInfo i : infos.values()) {
      reads += i.mode() == ZoneMode.SECONDARY ? 0 : 1;
    }
    if (reads > 0) {
      readsAhead.accept(reads);
    }
    List<Outcome> outcomes =
        forEach(
            zones,
            z ->
                planZone(
                    z,
                    Optional.ofNullable(hits.get(z.name())),
                    Optional.ofNullable(infos.get(z.name())),
                    options));
    List<String> readFailures = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Throwable cause = null;
    List<ZonePlan> plans = new ArrayList<>();
    for (Outcome o : outcomes) {
      if (o.readFailure() != null) {
        readFailures.add(o.readFailure());
        cause = o.cause();
      } else if (!o.problems().isEmpty()) {
        problems.addAll(o.problems());
      } else {
        plans.add(o.plan());
      }
    }
    if (!readFailures.isEmpty()) {
      throw new RemoteReadException(readFailures, cause);
    }
    if (!problems.isEmpty()) {
      throw new PlanningException(problems);
    }
    return new Plan(plans);
  }

  /**
   * Reads each zone of a saved plan again, the way the plan read it, and refuses when any differs.
   * A zone the plan took from the read cache is checked against the cache (no request) while its
   * serial is still served, else against its export.
   *
   * @throws StalePlanException naming the zones that changed
   */
  public void checkFresh(Plan plan) {
    List<Outcome> outcomes =
        forEach(
            plan.zones(),
            z -> {
              Optional<RemoteZone> r =
                  z.readMethod() == ReadMethod.CACHED
                      ? cache.lookup(z.zone()).or(() -> read(z.zone(), ReadMethod.ZONEFILE))
                      : read(z.zone(), z.readMethod());
              String fp = r.map(RemoteZone::fingerprint).orElse(RemoteZone.ABSENT_FINGERPRINT);
              return fp.equals(z.remoteFingerprint())
                  ? Outcome.ok(null)
                  : Outcome.problem(z.zone());
            });
    List<String> stale = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    Throwable cause = null;
    for (Outcome o : outcomes) {
      if (o.readFailure() != null) {
        failures.add(o.readFailure());
        cause = o.cause();
      }
      stale.addAll(o.problems());
    }
    if (!failures.isEmpty()) {
      throw new RemoteReadException(failures, cause);
    }
    if (!stale.isEmpty()) {
      throw new StalePlanException(stale);
    }
  }

  /**
   * Whether {@link #refresh} would read {@code applied}: with a read cache to keep it in, a zone
   * planned by this planner from its export (or the read cache), or a primary zone the plan creates
   * whose next plan may come from the cache.
   */
  public boolean refreshable(ZonePlan applied) {
    if (cache == ReadCache.NONE || applied.isEmpty() || applied.mode() != ZoneMode.PRIMARY) {
      return false;
    }
    if (!applied.exists()) {
      return cacheableZones.contains(applied.zone());
    }
    return applied.strategy() == Strategy.RRSETS
        && known.containsKey(applied.zone())
        && (applied.readMethod() == ReadMethod.ZONEFILE
            || applied.readMethod() == ReadMethod.CACHED);
  }

  /**
   * After every change of {@code applied} succeeded: reads the zone's export once and keeps it in
   * the read cache, so that the next plan, or a re-run after an interruption, costs no request for
   * this zone once its nameservers serve the new serial. The zone's description is the one this
   * planner read, or for a zone the plan created the one the API gave when creating it ({@link
   * DnsProvider#createdZone}, else one {@code GET /zones/{name}}), with the settings the plan gave
   * it. Nothing happens unless {@link #refreshable}; a read that fails leaves the cache without the
   * zone.
   *
   * @return the requests sent (0 when the zone was not refreshable)
   */
  public int refresh(ZonePlan applied) {
    if (!refreshable(applied)) {
      return 0;
    }
    int requests = 0;
    try {
      Optional<ZoneInfo> before = Optional.ofNullable(known.get(applied.zone()));
      if (before.isEmpty()) {
        before = provider.createdZone(applied.zone());
      }
      if (before.isEmpty()) {
        requests++;
        before = provider.findZone(applied.zone());
      }
      if (before.isEmpty()) {
        cache.forget(applied.zone());
        return requests;
      }
      ZoneAttributes attributes = before.get().attributes();
      for (Change c : applied.changes()) {
        if (c instanceof Change.UpdateZone u) {
          attributes = u.after();
        } else if (c instanceof Change.CreateZone z) {
          attributes = z.after();
        }
      }
      requests++;
      read(
          new ZoneInfo(
              before.get().id(),
              before.get().name(),
              attributes,
              before.get().assignedNameservers()),
          ReadMethod.ZONEFILE);
    } catch (RuntimeException e) {
      cache.forget(applied.zone()); // the next plan reads it
    }
    return requests;
  }

  /** The zone as the API has it, read with {@code method}; empty when it does not exist. */
  public Optional<RemoteZone> read(String zone, ReadMethod method) {
    return provider.findZone(zone).map(info -> read(info, method));
  }

  /**
   * The records of the zone {@code info} describes, read with {@code method} (by the zone's name).
   */
  private RemoteZone read(ZoneInfo info, ReadMethod method) {
    OptionalInt ttl = OptionalInt.of(info.attributes().ttl());
    if (info.mode() == ZoneMode.SECONDARY || method == ReadMethod.NONE) {
      return new RemoteZone(info, new ZoneData(info.name(), ttl, new TreeMap<>()), ReadMethod.NONE);
    }
    ReadMethod m = method == ReadMethod.RRSET_LIST ? ReadMethod.RRSET_LIST : ReadMethod.ZONEFILE;
    ZoneData data =
        m == ReadMethod.RRSET_LIST ? provider.listRrsets(info) : provider.exportZone(info);
    if (!data.rrsets().containsKey(RrsetKey.of(RrsetKey.APEX, RecordType.SOA))
        || !data.rrsets().containsKey(RrsetKey.of(RrsetKey.APEX, RecordType.NS))) {
      throw new IncompleteReadException(
          info.name()
              + ": the "
              + (m == ReadMethod.RRSET_LIST ? "RRSet list" : "zone file")
              + " read has no apex SOA or NS, so it cannot be the whole zone");
    }
    RemoteZone r = new RemoteZone(info, data.withDefaultTtl(ttl), m);
    cache.store(r);
    return r;
  }

  private Outcome planZone(
      DesiredZone z, Optional<RemoteZone> hit, Optional<ZoneInfo> info, PlanOptions options) {
    ReadMethod method = readMethod(z.settings(), options.strategy());
    Optional<RemoteZone> remote = hit.isPresent() ? hit : info.map(i -> read(i, method));
    if (remote.isPresent()
        && remote
            .get()
            .ttlOriginMatters(
                Planner.desiredAttributes(remote.get().info().attributes(), z).ttl())) {
      // The zone TTL changes: whether each RRSet inherits it decides the requests, and only the
      // list says.
      remote = Optional.of(read(remote.get().info(), ReadMethod.RRSET_LIST));
    }
    ZonePlan plan = planner.plan(z, remote, options);
    if (options.strategy() == Strategy.AUTO
        && remote.isPresent()
        && !remote.get().readMethod().readsLabelsAndProtection()
        && remote.get().readMethod() != ReadMethod.NONE
        && ZoneImport.worthReadingRrsets(plan, remote.get().data().rrsets().size())) {
      // Many changes: an import may be far cheaper, but only the RRSet list tells whether it loses
      // nothing.
      remote = Optional.of(read(remote.get().info(), ReadMethod.RRSET_LIST));
      plan = planner.plan(z, remote, options);
    }
    return Outcome.ok(plan);
  }

  /**
   * What happened to one zone: a plan, problems that stop planning, or a read that failed (with its
   * cause).
   */
  private record Outcome(
      ZonePlan plan, List<String> problems, String readFailure, Throwable cause) {
    static Outcome ok(ZonePlan p) {
      return new Outcome(p, List.of(), null, null);
    }

    static Outcome problem(String p) {
      return new Outcome(null, List.of(p), null, null);
    }

    static Outcome problems(List<String> ps) {
      return new Outcome(null, List.copyOf(ps), null, null);
    }

    static Outcome readFailed(String failure, Throwable cause) {
      return new Outcome(null, List.of(), failure, cause);
    }
  }

  private interface ZoneTask<T> {
    Outcome run(T zone);
  }

  private <T> List<Outcome> forEach(List<T> zones, ZoneTask<T> task) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(parallelism, Math.max(1, zones.size())),
            r -> {
              Thread t = new Thread(r, "hzone-read");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (T z : zones) {
        futures.add(pool.submit(() -> task.run(z)));
      }
      List<Outcome> out = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        out.add(outcome(zones.get(i), futures.get(i)));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Outcome outcome(Object zone, Future<Outcome> f) {
    String name = zone instanceof DesiredZone d ? d.name() : ((ZonePlan) zone).zone();
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.readFailed(name + ": interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof PlanningException pe) {
        return Outcome.problems(pe.problems());
      }
      String msg = Optional.ofNullable(c.getMessage()).orElse(c.getClass().getSimpleName());
      return Outcome.readFailed(msg.startsWith(name) ? msg : name + ": " + msg, c);
    }
  }

  /** A read whose answer cannot be the whole zone. */
  public static final class IncompleteReadException extends SyncException {
    IncompleteReadException(String message) {
      super(message);
    }
  }
}
