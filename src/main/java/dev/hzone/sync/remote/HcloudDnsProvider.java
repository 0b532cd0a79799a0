package dev.hzone.sync.remote;

import dev.hzone.api.ApiException;
import dev.hzone.api.ErrorCode;
import dev.hzone.api.HcloudClient;
import dev.hzone.api.Page;
import dev.hzone.api.RrsetListOptions;
import dev.hzone.api.ZoneCreateOptions;
import dev.hzone.api.ZoneCreateResult;
import dev.hzone.api.ZoneListOptions;
import dev.hzone.api.cloud.Action;
import dev.hzone.api.cloud.PrimaryNameserver;
import dev.hzone.api.cloud.Zone;
import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.dns.AnyRrset;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.ValueCanonicalizer;
import dev.hzone.dns.ZoneData;
import dev.hzone.sync.PrimaryServer;
import dev.hzone.sync.TsigKeyRef;
import dev.hzone.sync.ZoneAttributes;
import dev.hzone.zonefile.Finding;
import dev.hzone.zonefile.IncludePolicy;
import dev.hzone.zonefile.ReadOptions;
import dev.hzone.zonefile.UnsupportedTypePolicy;
import dev.hzone.zonefile.ZoneFileException;
import dev.hzone.zonefile.ZoneFileReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * {@link DnsProvider} over the Cloud API client: each {@link Operation} is the one request the API
 * documents for it, and zone-file exports are parsed with the same reader as the repository's
 * files.
 */
public final class HcloudDnsProvider implements DnsProvider {
  private final HcloudClient client;
  private final LongSupplier requestCount;
  private final Clock clock;
  private final ZoneFileReader reader =
      new ZoneFileReader(
          ReadOptions.defaults()
              .withIncludes(IncludePolicy.DENY)
              .withUnsupportedTypes(UnsupportedTypePolicy.KEEP));

  /** The zones this provider created, as the answers described them ({@link #createdZone}). */
  private final Map<String, ZoneInfo> created = new ConcurrentHashMap<>();

  /**
   * @param requestCount how many requests the client has sent (from its request listener)
   */
  public HcloudDnsProvider(HcloudClient client, LongSupplier requestCount, Clock clock) {
    this.client = Objects.requireNonNull(client, "client");
    this.requestCount = Objects.requireNonNull(requestCount, "requestCount");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Optional<ZoneInfo> findZone(String name) {
    return client.zones().get(name).map(HcloudDnsProvider::toZoneInfo);
  }

  /**
   * The first page of the zone list; then the remaining pages when they are fewer requests than
   * asking for each zone not yet found, else one {@code GET /zones/{name}} for each. A zone that
   * the list did not show is asked for by name before it counts as missing, since zones created or
   * deleted while the pages are read shift them.
   */
  @Override
  public Map<String, ZoneInfo> findZones(Collection<String> names) {
    Set<String> wanted = new java.util.LinkedHashSet<>(names);
    if (wanted.size() <= 1) {
      return DnsProvider.super.findZones(wanted);
    }
    Map<String, ZoneInfo> found = new HashMap<>();
    Page<Zone> page = client.zones().listPage(ZoneListOptions.ALL, 1, LIST_PAGE);
    collect(page, wanted, found);
    int missing = wanted.size() - found.size();
    if (missing > 0 && page.nextPage().isPresent()) {
      int pagesLeft = page.lastPage().orElse(Integer.MAX_VALUE) - page.page();
      if (pagesLeft <= missing) {
        while (page.nextPage().isPresent() && found.size() < wanted.size()) {
          page =
              client.zones().listPage(ZoneListOptions.ALL, page.nextPage().getAsInt(), LIST_PAGE);
          collect(page, wanted, found);
        }
      }
    }
    Map<String, ZoneInfo> out = new java.util.LinkedHashMap<>();
    for (String n : wanted) {
      ZoneInfo i = found.get(n);
      if (i == null) {
        i = findZone(n).orElse(null);
      }
      if (i != null) {
        out.put(n, i);
      }
    }
    return out;
  }

  /** Zones per page of the zone list: the most the API gives. */
  private static final int LIST_PAGE = 50;

  private static void collect(Page<Zone> page, Set<String> wanted, Map<String, ZoneInfo> found) {
    for (Zone z : page.items()) {
      if (wanted.contains(z.name())) {
        found.put(z.name(), toZoneInfo(z));
      }
    }
  }

  @Override
  public Optional<ZoneInfo> createdZone(String name) {
    return Optional.ofNullable(created.get(name));
  }

  @Override
  public List<ZoneInfo> listZones() {
    List<ZoneInfo> out = new ArrayList<>();
    for (Zone z : client.zones().list(ZoneListOptions.ALL)) {
      out.add(toZoneInfo(z));
    }
    return out;
  }

  @Override
  public ZoneData exportZone(ZoneInfo zone) {
    String text = client.zones().exportZonefile(zone.name());
    if (text == null) {
      throw new IllegalStateException(
          "the zone file export of " + zone.name() + " has no zone file in it");
    }
    try {
      return reader
          .parse(text, zone.name() + " (zone file export)", zone.name())
          .zone()
          .withDefaultTtl(OptionalInt.of(zone.attributes().ttl()));
    } catch (ZoneFileException e) {
      List<String> lines = new ArrayList<>();
      for (Finding f : e.errors()) {
        lines.add(f.message() + " (line " + f.position().line() + ")");
      }
      throw new IllegalStateException(
          "the zone file export of "
              + zone.name()
              + " does not parse: "
              + String.join("; ", lines));
    }
  }

  @Override
  public ZoneData listRrsets(ZoneInfo zone) {
    // RRSets of types hzone does not know come along as opaque ones: shown and left alone, so one
    // new type at Hetzner never fails (or, worse, empties) the plan of a zone.
    List<AnyRrset> rrsets = client.rrsets().listAll(zone.name(), RrsetListOptions.ALL);
    // The pages add up (the client checks the count), yet an RRSet read twice means items shifted
    // between pages, and then another was not read at all: planning from that could delete it.
    Set<String> seen = new HashSet<>();
    for (AnyRrset r : rrsets) {
      if (!seen.add(r.id())) {
        throw new IllegalStateException(
            "the RRSet list of "
                + zone.name()
                + " holds "
                + r.id()
                + " twice: the zone changed while it was read; read it again");
      }
    }
    return ZoneData.ofAny(zone.name(), OptionalInt.of(zone.attributes().ttl()), rrsets);
  }

  @Override
  public Optional<ActionState> execute(String zone, Operation op) {
    try {
      return Optional.ofNullable(send(zone, op)).map(HcloudDnsProvider::toState);
    } catch (ApiException e) {
      if (alreadyDone(zone, op, e)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * Whether a refusal only says that what {@code op} asks for is already so: the client repeats a
   * request whose answer was lost (common.md, "Retries": a retried POST whose first try did succeed
   * fails with uniqueness or duplicate-value errors), so these refusals are checked against the
   * RRSet as it is now rather than reported as failures.
   */
  private boolean alreadyDone(String zone, Operation op, ApiException e) {
    if (op instanceof Operation.CreateZone c && duplicate(e)) {
      // The plan found no such zone; one that exists now was made by the repeat's first try. What
      // it holds
      // is the zone file sent; anything else shows in the next plan.
      Optional<Zone> made = client.zones().get(c.zone());
      made.ifPresent(z -> created.put(c.zone(), toZoneInfo(z)));
      return made.isPresent();
    }
    if (op instanceof Operation.DeleteRrset d && e.is(ErrorCode.NOT_FOUND)) {
      return client.rrsets().get(zone, d.key()).isEmpty();
    }
    if (op instanceof Operation.CreateRrset c && duplicate(e)) {
      return client
          .rrsets()
          .get(zone, c.rrset().key())
          .filter(r -> r.ttl().equals(c.rrset().ttl()) && sameValues(r, c.rrset().records(), true))
          .isPresent();
    }
    if (op instanceof Operation.AddRecords a
        && e.is(ErrorCode.INVALID_INPUT, ErrorCode.UNIQUENESS_ERROR)) {
      return client
          .rrsets()
          .get(zone, a.key())
          .filter(r -> sameValues(r, a.records(), false))
          .isPresent();
    }
    return false;
  }

  /**
   * Whether a create was refused because what it creates exists: {@code uniqueness_error}, or any
   * HTTP 409, as the one report of the live API's answer to creating an existing RRSet gives only
   * the status (ledger L-RRSET-EXISTS); its code might be {@code conflict}, which the client
   * retries before giving up.
   */
  private static boolean duplicate(ApiException e) {
    return e.is(ErrorCode.UNIQUENESS_ERROR) || e.status() == 409;
  }

  /**
   * Whether {@code rrset} holds every value of {@code values} (and, if {@code exactly}, nothing
   * else).
   */
  private static boolean sameValues(Rrset rrset, List<RecordValue> values, boolean exactly) {
    RecordType type = rrset.key().type();
    Set<String> have = new HashSet<>();
    rrset.records().forEach(v -> have.add(ValueCanonicalizer.canonical(type, v.value())));
    Set<String> want = new HashSet<>();
    values.forEach(v -> want.add(ValueCanonicalizer.canonical(type, v.value())));
    return exactly ? have.equals(want) : have.containsAll(want);
  }

  /** The one request for {@code op}; its action, or null for requests without one. */
  private Action send(String zone, Operation op) {
    var zones = client.zones();
    var rrsets = client.rrsets();
    if (op instanceof Operation.CreateZone c) {
      ZoneCreateResult made = zones.create(createOptions(c));
      created.put(c.zone(), toZoneInfo(made.zone()));
      return made.action();
    } else if (op instanceof Operation.ImportZonefile i) {
      return zones.importZonefile(zone, i.zonefile());
    } else if (op instanceof Operation.ChangeZoneTtl t) {
      return zones.changeTtl(zone, t.ttl());
    } else if (op instanceof Operation.SetZoneLabels l) {
      zones.updateLabels(zone, l.labels());
      return null;
    } else if (op instanceof Operation.ChangeZoneProtection p) {
      return zones.changeProtection(zone, p.delete());
    } else if (op instanceof Operation.SetPrimaries p) {
      return zones.changePrimaryNameservers(zone, toApi(p.primaries()));
    } else if (op instanceof Operation.CreateRrset c) {
      return rrsets.create(zone, c.rrset()).action();
    } else if (op instanceof Operation.DeleteRrset d) {
      return rrsets.delete(zone, d.key());
    } else if (op instanceof Operation.AddRecords a) {
      return rrsets.addRecords(zone, a.key(), a.records(), OptionalInt.empty());
    } else if (op instanceof Operation.RemoveRecords r) {
      return rrsets.removeRecords(zone, r.key(), r.records());
    } else if (op instanceof Operation.SetRecords s) {
      return rrsets.setRecords(zone, s.key(), s.records());
    } else if (op instanceof Operation.UpdateRecords u) {
      return rrsets.updateRecords(zone, u.key(), u.records());
    } else if (op instanceof Operation.ChangeRrsetTtl t) {
      return rrsets.changeTtl(zone, t.key(), t.ttl());
    } else if (op instanceof Operation.SetRrsetLabels l) {
      rrsets.updateLabels(zone, l.key(), l.labels());
      return null;
    } else if (op instanceof Operation.ChangeRrsetProtection p) {
      return rrsets.changeProtection(zone, p.key(), p.change());
    }
    throw new IllegalArgumentException("unknown operation " + op.apiName());
  }

  @Override
  public Map<Long, ActionState> pollActions(Collection<Long> ids) {
    Map<Long, ActionState> out = new HashMap<>();
    for (Action a : client.actions().get(ids)) {
      out.put(a.id(), toState(a));
    }
    return out;
  }

  @Override
  public long requestsSent() {
    return requestCount.getAsLong();
  }

  @Override
  public OptionalInt rateLimitRemaining() {
    return client
        .rateLimit()
        .map(b -> OptionalInt.of(b.remainingAt(clock.instant())))
        .orElse(OptionalInt.empty());
  }

  private static ZoneCreateOptions createOptions(Operation.CreateZone c) {
    ZoneAttributes a = c.attributes();
    ZoneCreateOptions o =
        a.mode() == ZoneMode.SECONDARY
            ? ZoneCreateOptions.secondary(c.zone(), toApi(a.primaries()))
            : ZoneCreateOptions.primary(c.zone());
    o = o.withTtl(a.ttl()).withLabels(a.labels());
    return c.zonefile().map(o::withZonefile).orElse(o);
  }

  static ZoneInfo toZoneInfo(Zone z) {
    List<PrimaryServer> primaries = new ArrayList<>();
    for (PrimaryNameserver p : z.primaryNameservers()) {
      primaries.add(new PrimaryServer(p.address(), p.port(), p.tsig().map(TsigKeyRef::fromApi)));
    }
    ZoneAttributes attrs =
        new ZoneAttributes(z.mode(), z.ttl(), z.labels(), z.deleteProtected(), primaries);
    return new ZoneInfo(z.id(), z.name(), attrs, z.authoritativeNameservers().assigned());
  }

  private static List<PrimaryNameserver> toApi(List<PrimaryServer> primaries) {
    List<PrimaryNameserver> out = new ArrayList<>();
    for (PrimaryServer p : primaries) {
      if (p.tsig().isPresent()) {
        dev.hzone.tsig.TsigKey key =
            p.tsig()
                .get()
                .key()
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "the TSIG key for primary "
                                + p.address()
                                + " is not known (only its digest); make the plan again"));
        out.add(PrimaryNameserver.withTsig(p.address(), p.port(), key));
      } else {
        out.add(PrimaryNameserver.of(p.address(), p.port()));
      }
    }
    return out;
  }

  private static ActionState toState(Action a) {
    switch (a.status()) {
      case SUCCESS:
        return ActionState.success(a.id());
      case ERROR:
        return ActionState.error(
            a.id(),
            a.error().map(Action.ActionError::code).orElse("action_failed"),
            a.error().map(Action.ActionError::message).orElse(""));
      default:
        return ActionState.running(a.id());
    }
  }
}
