package dev.hzone.api;

import dev.hzone.api.cloud.Action;
import dev.hzone.api.cloud.Nullable;
import dev.hzone.api.cloud.Zone;
import dev.hzone.api.schema.AddRecordsRequest;
import dev.hzone.api.schema.ChangeProtectionRequest;
import dev.hzone.api.schema.LabelsRequest;
import dev.hzone.api.schema.RecordsRequest;
import dev.hzone.api.schema.RrsetCreateResponse;
import dev.hzone.api.schema.RrsetListResponse;
import dev.hzone.api.schema.RrsetTtlRequest;
import dev.hzone.api.schema.RrsetsApi;
import dev.hzone.dns.AnyRrset;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ZoneData;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The RRSets of primary zones, as the zone model's {@link Rrset}s: list, read, create and delete
 * them, and change their records, TTL, labels and protection, each change one request. Zones are
 * addressed by id or name, RRSets by {@link RrsetKey} (relative name, {@code @} for the apex, and
 * type). Record lists sent in one call hold 1 to 50 distinct values; that is checked before any
 * request. Obtain it from {@link HcloudClient#rrsets()}.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#tag/zone-rrsets">Zone RRSets</a>
 */
public final class RrsetClient {
  /** Most records one records action may carry. */
  public static final int MAX_RECORDS_PER_CALL = 50;

  private final RrsetsApi api;
  private final Pages pages;

  RrsetClient(RrsetsApi api, Pages pages) {
    this.api = api;
    this.pages = pages;
  }

  /**
   * Every RRSet of the zone of a type hzone knows, 100 per page, pages 2 and on fetched
   * concurrently. RRSets of types this version does not know are left out: {@link #listAll} has
   * them.
   */
  @ApiOperation("list_zone_rrsets")
  public List<Rrset> list(String zone) {
    return list(zone, RrsetListOptions.ALL);
  }

  /**
   * Every RRSet of the zone matching {@code options} of a type hzone knows, 100 per page, pages 2
   * and on fetched concurrently. RRSets of types this version does not know are left out: {@link
   * #listAll} has them.
   */
  @ApiOperation("list_zone_rrsets")
  public List<Rrset> list(String zone, RrsetListOptions options) {
    return known(listAll(zone, options));
  }

  /**
   * Every RRSet of the zone matching {@code options} as the API lists it, those of types this
   * version of hzone does not know included (as {@link dev.hzone.dns.OpaqueRrset}), 100 per page,
   * pages 2 and on fetched concurrently.
   */
  @ApiOperation("list_zone_rrsets")
  public List<AnyRrset> listAll(String zone, RrsetListOptions options) {
    return pages.all(fetcher(zone, options), Pages.MAX_PER_PAGE_RRSETS);
  }

  /**
   * The zone's RRSets matching {@code options} of types hzone knows, one page fetched at a time as
   * the iterator goes.
   */
  @ApiOperation("list_zone_rrsets")
  public Iterator<Rrset> iterate(String zone, RrsetListOptions options) {
    Iterator<AnyRrset> all = Pages.iterate(fetcher(zone, options), Pages.MAX_PER_PAGE_RRSETS);
    return new Iterator<>() {
      private Rrset next;

      @Override
      public boolean hasNext() {
        while (next == null && all.hasNext()) {
          if (all.next() instanceof Rrset r) {
            next = r;
          }
        }
        return next != null;
      }

      @Override
      public Rrset next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        Rrset r = next;
        next = null;
        return r;
      }
    };
  }

  /**
   * One page of RRSets ({@code perPage} at most 100) as the API lists it, those of types hzone does
   * not know included.
   */
  @ApiOperation("list_zone_rrsets")
  public Page<AnyRrset> listPage(String zone, RrsetListOptions options, int page, int perPage) {
    return fetcher(zone, options).fetch(page, perPage);
  }

  /**
   * The zone's records as the zone model: {@code zone}'s name and TTL and every RRSet, those of
   * types hzone does not know kept opaque.
   */
  @ApiOperation("list_zone_rrsets")
  public ZoneData read(Zone zone) {
    return ZoneData.ofAny(
        zone.name(),
        OptionalInt.of(zone.ttl()),
        listAll(String.valueOf(zone.id()), RrsetListOptions.ALL));
  }

  private static List<Rrset> known(List<AnyRrset> all) {
    List<Rrset> out = new java.util.ArrayList<>(all.size());
    for (AnyRrset r : all) {
      if (r instanceof Rrset k) {
        out.add(k);
      }
    }
    return out;
  }

  private Pages.Fetcher<AnyRrset> fetcher(String zone, RrsetListOptions o) {
    List<String> types =
        o.types().isEmpty() ? null : o.types().stream().sorted().map(RecordType::name).toList();
    return (page, perPage) -> {
      RrsetListResponse r =
          Calls.execute(
              api.list(
                  zone,
                  o.name().orElse(null),
                  types,
                  o.labelSelector().orElse(null),
                  o.sort().isEmpty() ? null : o.sort(),
                  page,
                  perPage));
      List<AnyRrset> items =
          r.rrsets() == null
              ? List.of()
              : r.rrsets().stream().map(RrsetMapper::toAnyRrset).toList();
      return Pages.page(items, r.meta(), page, perPage);
    };
  }

  /** The RRSet, or empty if the zone has none with this name and type. */
  @ApiOperation("get_zone_rrset")
  public Optional<Rrset> get(String zone, RrsetKey key) {
    return Calls.executeOptional(api.get(zone, key.name(), key.type().name()))
        .map(r -> RrsetMapper.toRrset(r.rrset()));
  }

  /**
   * Creates the RRSet with its records, TTL (empty: inherit the zone's) and labels. Change
   * protection is not part of creating; set it afterwards with {@link #changeProtection}.
   */
  @ApiOperation("create_zone_rrset")
  public RrsetCreateResult create(String zone, Rrset rrset) {
    checkRecords(zone, rrset.key(), rrset.records());
    rrset.ttl().ifPresent(ZoneClient::checkTtl);
    RrsetCreateResponse r = Calls.execute(api.create(zone, RrsetMapper.toCreateRequest(rrset)));
    return new RrsetCreateResult(RrsetMapper.toRrset(r.rrset()), r.action());
  }

  /** Replaces the RRSet's labels. */
  @ApiOperation("update_zone_rrset")
  public Rrset updateLabels(String zone, RrsetKey key, Map<String, String> labels) {
    return RrsetMapper.toRrset(
        Calls.execute(
                api.update(
                    zone, key.name(), key.type().name(), new LabelsRequest(Map.copyOf(labels))))
            .rrset());
  }

  /** Deletes the RRSet. */
  @ApiOperation("delete_zone_rrset")
  public Action delete(String zone, RrsetKey key) {
    return Calls.execute(api.delete(zone, key.name(), key.type().name())).action();
  }

  /** Replaces the RRSet's records with {@code records} (1 to 50). */
  @ApiOperation("set_zone_rrset_records")
  public Action setRecords(String zone, RrsetKey key, List<RecordValue> records) {
    checkRecordsPerCall(zone, key, records);
    return Calls.execute(
            api.setRecords(
                zone,
                key.name(),
                key.type().name(),
                new RecordsRequest(RrsetMapper.toRecords(records, false))))
        .action();
  }

  /**
   * Adds {@code records} (1 to 50) to the RRSet, creating it if needed. {@code ttl}, if given, must
   * equal the existing RRSet's TTL, or becomes the new one's.
   */
  @ApiOperation("add_zone_rrset_records")
  public Action addRecords(String zone, RrsetKey key, List<RecordValue> records, OptionalInt ttl) {
    checkRecordsPerCall(zone, key, records);
    ttl.ifPresent(ZoneClient::checkTtl);
    return Calls.execute(
            api.addRecords(
                zone,
                key.name(),
                key.type().name(),
                new AddRecordsRequest(
                    ttl.isPresent() ? ttl.getAsInt() : null,
                    RrsetMapper.toRecords(records, false))))
        .action();
  }

  /** Removes the records with these values (1 to 50) from the RRSet; comments are ignored. */
  @ApiOperation("remove_zone_rrset_records")
  public Action removeRecords(String zone, RrsetKey key, List<RecordValue> records) {
    checkRecordsPerCall(zone, key, records);
    return Calls.execute(
            api.removeRecords(
                zone,
                key.name(),
                key.type().name(),
                new RecordsRequest(RrsetMapper.toRecords(records, false))))
        .action();
  }

  /** Sets the comments of the records with these values (1 to 50); an empty comment clears it. */
  @ApiOperation("update_zone_rrset_records")
  public Action updateRecords(String zone, RrsetKey key, List<RecordValue> records) {
    checkRecordsPerCall(zone, key, records);
    return Calls.execute(
            api.updateRecords(
                zone,
                key.name(),
                key.type().name(),
                new RecordsRequest(RrsetMapper.toRecords(records, true))))
        .action();
  }

  /**
   * Sets the RRSet's own TTL, or with empty makes it inherit the zone's default ({@code ttl:
   * null}).
   */
  @ApiOperation("change_zone_rrset_ttl")
  public Action changeTtl(String zone, RrsetKey key, OptionalInt ttl) {
    ttl.ifPresent(ZoneClient::checkTtl);
    Nullable<Integer> value = ttl.isPresent() ? Nullable.of(ttl.getAsInt()) : Nullable.ofNull();
    return Calls.execute(
            api.changeTtl(zone, key.name(), key.type().name(), new RrsetTtlRequest(value)))
        .action();
  }

  /** Turns change protection on or off. */
  @ApiOperation("change_zone_rrset_protection")
  public Action changeProtection(String zone, RrsetKey key, boolean changeProtected) {
    return Calls.execute(
            api.changeProtection(
                zone, key.name(), key.type().name(), new ChangeProtectionRequest(changeProtected)))
        .action();
  }

  /** Refuses an empty or oversized record list, or one with a value twice, before any request. */
  static void checkRecordsPerCall(String zone, RrsetKey key, List<RecordValue> records) {
    if (records.isEmpty()) {
      throw new IllegalArgumentException(zone + " " + key + ": give at least one record");
    }
    if (records.size() > MAX_RECORDS_PER_CALL) {
      throw new IllegalArgumentException(
          zone
              + " "
              + key
              + ": "
              + records.size()
              + " records in one call, the API takes at most "
              + MAX_RECORDS_PER_CALL);
    }
    checkRecords(zone, key, records);
  }

  /** Refuses a record list with a value twice (the value identifies a record in its RRSet). */
  static void checkRecords(String zone, RrsetKey key, List<RecordValue> records) {
    Set<String> seen = new HashSet<>();
    for (RecordValue r : records) {
      if (!seen.add(r.value())) {
        throw new IllegalArgumentException(
            zone + " " + key + ": record value '" + r.value() + "' given twice");
      }
    }
  }
}
