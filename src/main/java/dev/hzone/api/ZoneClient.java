package dev.hzone.api;

import dev.hzone.api.cloud.Action;
import dev.hzone.api.cloud.PrimaryNameserver;
import dev.hzone.api.cloud.Zone;
import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.api.schema.DeleteProtectionRequest;
import dev.hzone.api.schema.LabelsRequest;
import dev.hzone.api.schema.PrimaryNameserversRequest;
import dev.hzone.api.schema.ZoneCreateRequest;
import dev.hzone.api.schema.ZoneCreateResponse;
import dev.hzone.api.schema.ZoneListResponse;
import dev.hzone.api.schema.ZoneTtlRequest;
import dev.hzone.api.schema.ZonefileRequest;
import dev.hzone.api.schema.ZonesApi;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * DNS zones: list, read, create, change and delete them, and move whole zones in and out as zone
 * files. Zones are addressed by id or by name ({@code "example.com"} or {@code "4711"}). Calls that
 * change a zone return the {@link Action} to wait for with {@link ActionWaiter}. Obtain it from
 * {@link HcloudClient#zones()}.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#tag/zones">Zones</a>
 */
public final class ZoneClient {
  private final ZonesApi api;
  private final Pages pages;
  private final ResourceActions actions;

  ZoneClient(ZonesApi api, Pages pages, ResourceActions actions) {
    this.api = api;
    this.pages = pages;
    this.actions = actions;
  }

  /**
   * Every zone matching {@code options}, all pages fetched (concurrently once the page count is
   * known).
   */
  @ApiOperation("list_zones")
  public List<Zone> list(ZoneListOptions options) {
    return pages.all(fetcher(options), Pages.MAX_PER_PAGE);
  }

  /** Every zone matching {@code options}, one page fetched at a time as the iterator goes. */
  @ApiOperation("list_zones")
  public Iterator<Zone> iterate(ZoneListOptions options) {
    return Pages.iterate(fetcher(options), Pages.MAX_PER_PAGE);
  }

  /** One page of zones ({@code perPage} at most 50). */
  @ApiOperation("list_zones")
  public Page<Zone> listPage(ZoneListOptions options, int page, int perPage) {
    return fetcher(options).fetch(page, perPage);
  }

  private Pages.Fetcher<Zone> fetcher(ZoneListOptions o) {
    return (page, perPage) -> {
      ZoneListResponse r =
          Calls.execute(
              api.list(
                  o.name().orElse(null),
                  o.mode().map(ZoneMode::apiValue).orElse(null),
                  o.labelSelector().orElse(null),
                  o.sort().isEmpty() ? null : o.sort(),
                  page,
                  perPage));
      return Pages.page(r.zones(), r.meta(), page, perPage);
    };
  }

  /** The zone with this id or name; empty if there is none. */
  @ApiOperation("get_zone")
  public Optional<Zone> get(String idOrName) {
    return Calls.executeOptional(api.get(idOrName)).map(r -> r.zone());
  }

  /**
   * Creates a zone. A primary zone starts with Hetzner's SOA and NS records plus the options'
   * RRSets or zone file; wait for the result's action before reading its records.
   */
  @ApiOperation("create_zone")
  public ZoneCreateResult create(ZoneCreateOptions options) {
    checkRrsets(options.name(), options.rrsets());
    ZoneCreateRequest body =
        new ZoneCreateRequest(
            options.name(),
            options.mode(),
            options.ttl().isPresent() ? options.ttl().getAsInt() : null,
            options.labels().isEmpty() ? null : options.labels(),
            options.primaryNameservers().isEmpty() ? null : options.primaryNameservers(),
            options.rrsets().isEmpty()
                ? null
                : options.rrsets().stream().map(RrsetMapper::toCreateRequest).toList(),
            options.zonefile().orElse(null));
    ZoneCreateResponse r = Calls.execute(api.create(body));
    return new ZoneCreateResult(r.zone(), r.action());
  }

  /** Replaces the zone's labels with {@code labels} (the API has no partial label update). */
  @ApiOperation("update_zone")
  public Zone updateLabels(String idOrName, Map<String, String> labels) {
    return Calls.execute(api.update(idOrName, new LabelsRequest(Map.copyOf(labels)))).zone();
  }

  /**
   * Deletes the zone and all its RRSets. Fails with {@code protected} when delete protection is on.
   */
  @ApiOperation("delete_zone")
  public Action delete(String idOrName) {
    return Calls.execute(api.delete(idOrName)).action();
  }

  /** The zone as a BIND zone file (one request for the whole zone; primary zones only). */
  @ApiOperation("get_zone_zonefile")
  public String exportZonefile(String idOrName) {
    return Calls.execute(api.exportZonefile(idOrName)).zonefile();
  }

  /**
   * Replaces every RRSet of the zone with those in {@code zonefile}. Fails if an RRSet is
   * change-protected; {@code $TTL} becomes the zone's default TTL; comments are not kept. The
   * answer comes before the import is checked: the action ends in {@code error} if the file is
   * refused.
   */
  @ApiOperation("import_zone_zonefile")
  public Action importZonefile(String idOrName, String zonefile) {
    return Calls.execute(api.importZonefile(idOrName, new ZonefileRequest(zonefile))).action();
  }

  /**
   * Sets the zone's default TTL (60 to 2147483647 seconds), used by RRSets that have none of their
   * own.
   */
  @ApiOperation("change_zone_ttl")
  public Action changeTtl(String idOrName, int ttl) {
    checkTtl(ttl);
    return Calls.execute(api.changeTtl(idOrName, new ZoneTtlRequest(ttl))).action();
  }

  /** Turns delete protection on or off. */
  @ApiOperation("change_zone_protection")
  public Action changeProtection(String idOrName, boolean deleteProtected) {
    return Calls.execute(
            api.changeProtection(idOrName, new DeleteProtectionRequest(deleteProtected)))
        .action();
  }

  /**
   * Replaces the primary nameservers of a secondary zone (all of them; addresses must be distinct).
   */
  @ApiOperation("change_zone_primary_nameservers")
  public Action changePrimaryNameservers(String idOrName, List<PrimaryNameserver> primaries) {
    if (primaries.isEmpty()) {
      throw new IllegalArgumentException(
          "zone " + idOrName + ": give at least one primary nameserver");
    }
    Set<String> seen = new HashSet<>();
    for (PrimaryNameserver p : primaries) {
      if (!seen.add(p.address())) {
        throw new IllegalArgumentException(
            "zone " + idOrName + ": primary nameserver " + p.address() + " given twice");
      }
    }
    return Calls.execute(
            api.changePrimaryNameservers(
                idOrName, new PrimaryNameserversRequest(List.copyOf(primaries))))
        .action();
  }

  /** Actions of all zones ({@code GET /zones/actions}). */
  @ApiOperation("list_zones_actions")
  public List<Action> listActions(ActionListOptions options) {
    return actions.listForType(options);
  }

  /** One action of any zone ({@code GET /zones/actions/{id}}). */
  @ApiOperation("get_zones_action")
  public Optional<Action> getAction(long actionId) {
    return actions.getForType(actionId);
  }

  /** Actions of one zone ({@code GET /zones/{id_or_name}/actions}), e.g. the running ones. */
  @ApiOperation("list_zone_actions")
  public List<Action> listActions(String idOrName, ActionListOptions options) {
    return actions.listForResource(idOrName, options);
  }

  /**
   * One action of one zone.
   *
   * @deprecated the API deprecated this endpoint (2026-04-30); use {@link #getAction(long)} or
   *     {@link ActionClient#get(long)}.
   */
  @Deprecated
  @ApiOperation("get_zone_action")
  public Optional<Action> getAction(String idOrName, long actionId) {
    return actions.getForResource(idOrName, actionId);
  }

  /** Refuses a TTL outside what the API accepts, before any request. */
  static void checkTtl(int ttl) {
    if (ttl < Rrset.MIN_TTL) {
      throw new IllegalArgumentException(
          "TTL " + ttl + " is below the API's minimum of " + Rrset.MIN_TTL + " s");
    }
  }

  /** Refuses RRSets the API would refuse, before any request. */
  static void checkRrsets(String zone, List<Rrset> rrsets) {
    Set<RrsetKey> keys = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (Rrset r : rrsets) {
      if (!keys.add(r.key())) {
        problems.add(r.key() + " given twice");
      }
      RrsetClient.checkRecords(zone, r.key(), r.records());
      r.ttl().ifPresent(ZoneClient::checkTtl);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("zone " + zone + ": " + String.join("; ", problems));
    }
  }
}
