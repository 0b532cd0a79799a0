package dev.hzone.sync.remote;

import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.sync.PrimaryServer;
import dev.hzone.sync.ZoneAttributes;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One API request that a plan will send. Each {@link dev.hzone.sync.plan.Change} carries the
 * operations that carry it out, in order; their number is the plan's cost in write requests.
 * Operations are data: the {@link dev.hzone.sync.apply.Applier} hands them to a {@link
 * DnsProvider}.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#zone-rrset-actions">RRSet actions</a>
 */
public sealed interface Operation {

  /** The most records one RRSet action takes ({@code maxItems} in the API). */
  int MAX_RECORDS_PER_REQUEST = 50;

  /** The operation's name as the API calls it ({@code set_records}, {@code create_zone}...). */
  String apiName();

  /** Whether the request returns an action to wait for (only the label updates do not). */
  default boolean returnsAction() {
    return true;
  }

  /** The RRSet it works on, if it is an RRSet operation; empty for zone operations. */
  default Optional<RrsetKey> rrsetKey() {
    return Optional.empty();
  }

  /**
   * {@code POST /zones}: a primary zone with its whole zone file in one request, or a secondary
   * zone with its primaries.
   */
  record CreateZone(String zone, ZoneAttributes attributes, Optional<String> zonefile)
      implements Operation {
    public CreateZone {
      Objects.requireNonNull(zone, "zone");
      Objects.requireNonNull(attributes, "attributes");
      Objects.requireNonNull(zonefile, "zonefile");
    }

    @Override
    public String apiName() {
      return "create_zone";
    }
  }

  /** {@code POST /zones/{zone}/actions/import_zonefile}: replaces every RRSet of the zone. */
  record ImportZonefile(String zonefile) implements Operation {
    public ImportZonefile {
      Objects.requireNonNull(zonefile, "zonefile");
    }

    @Override
    public String apiName() {
      return "import_zonefile";
    }
  }

  /** {@code POST /zones/{zone}/actions/change_ttl}. */
  record ChangeZoneTtl(int ttl) implements Operation {
    @Override
    public String apiName() {
      return "change_zone_ttl";
    }
  }

  /** {@code PUT /zones/{zone}} with labels (replaces them all; no action). */
  record SetZoneLabels(Map<String, String> labels) implements Operation {
    public SetZoneLabels {
      labels = Map.copyOf(labels);
    }

    @Override
    public String apiName() {
      return "update_zone_labels";
    }

    @Override
    public boolean returnsAction() {
      return false;
    }
  }

  /** {@code POST /zones/{zone}/actions/change_protection}. */
  record ChangeZoneProtection(boolean delete) implements Operation {
    @Override
    public String apiName() {
      return "change_zone_protection";
    }
  }

  /** {@code POST /zones/{zone}/actions/change_primary_nameservers} (replaces the whole list). */
  record SetPrimaries(List<PrimaryServer> primaries) implements Operation {
    public SetPrimaries {
      primaries = List.copyOf(primaries);
    }

    @Override
    public String apiName() {
      return "change_primary_nameservers";
    }
  }

  /** {@code POST /zones/{zone}/rrsets}: a new RRSet with at most 50 records. */
  record CreateRrset(Rrset rrset) implements Operation {
    public CreateRrset {
      Objects.requireNonNull(rrset, "rrset");
      checkBatch(rrset.records());
    }

    @Override
    public String apiName() {
      return "create_rrset";
    }

    @Override
    public Optional<RrsetKey> rrsetKey() {
      return Optional.of(rrset.key());
    }
  }

  /** {@code DELETE /zones/{zone}/rrsets/{name}/{type}}. */
  record DeleteRrset(RrsetKey key) implements Operation {
    public DeleteRrset {
      Objects.requireNonNull(key, "key");
    }

    @Override
    public String apiName() {
      return "delete_rrset";
    }

    @Override
    public Optional<RrsetKey> rrsetKey() {
      return Optional.of(key);
    }
  }

  /** {@code add_records}: appends values (with their comments) to an existing RRSet. */
  record AddRecords(RrsetKey key, List<RecordValue> records) implements Operation {
    public AddRecords {
      Objects.requireNonNull(key, "key");
      records = checkBatch(records);
    }

    @Override
    public String apiName() {
      return "add_records";
    }

    @Override
    public Optional<RrsetKey> rrsetKey() {
      return Optional.of(key);
    }
  }

  /** {@code remove_records}: removes values; the API deletes an RRSet left empty. */
  record RemoveRecords(RrsetKey key, List<RecordValue> records) implements Operation {
    public RemoveRecords {
      Objects.requireNonNull(key, "key");
      records = checkBatch(records);
    }

    @Override
    public String apiName() {
      return "remove_records";
    }

    @Override
    public Optional<RrsetKey> rrsetKey() {
      return Optional.of(key);
    }
  }

  /** {@code set_records}: overwrites values and comments of an existing RRSet (at most 50). */
  record SetRecords(RrsetKey key, List<RecordValue> records) implements Operation {
    public SetRecords {
      Objects.requireNonNull(key, "key");
      records = checkBatch(records);
    }

    @Override
    public String apiName() {
      return "set_records";
    }

    @Override
    public Optional<RrsetKey> rrsetKey() {
      return Optional.of(key);
    }
  }

  /** {@code update_records}: changes only the comments of the records named by value. */
  record UpdateRecords(RrsetKey key, List<RecordValue> records) implements Operation {
    public UpdateRecords {
      Objects.requireNonNull(key, "key");
      records = checkBatch(records);
    }

    @Override
    public String apiName() {
      return "update_records";
    }

    @Override
    public Optional<RrsetKey> rrsetKey() {
      return Optional.of(key);
    }
  }

  /** {@code change_ttl} of an RRSet; empty sets {@code null}, inheriting the zone TTL. */
  record ChangeRrsetTtl(RrsetKey key, OptionalInt ttl) implements Operation {
    public ChangeRrsetTtl {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(ttl, "ttl");
    }

    @Override
    public String apiName() {
      return "change_ttl";
    }

    @Override
    public Optional<RrsetKey> rrsetKey() {
      return Optional.of(key);
    }
  }

  /** {@code PUT /zones/{zone}/rrsets/{name}/{type}} with labels (no action). */
  record SetRrsetLabels(RrsetKey key, Map<String, String> labels) implements Operation {
    public SetRrsetLabels {
      Objects.requireNonNull(key, "key");
      labels = Map.copyOf(labels);
    }

    @Override
    public String apiName() {
      return "update_rrset_labels";
    }

    @Override
    public boolean returnsAction() {
      return false;
    }

    @Override
    public Optional<RrsetKey> rrsetKey() {
      return Optional.of(key);
    }
  }

  /** {@code change_protection} of an RRSet. */
  record ChangeRrsetProtection(RrsetKey key, boolean change) implements Operation {
    public ChangeRrsetProtection {
      Objects.requireNonNull(key, "key");
    }

    @Override
    public String apiName() {
      return "change_protection";
    }

    @Override
    public Optional<RrsetKey> rrsetKey() {
      return Optional.of(key);
    }
  }

  private static List<RecordValue> checkBatch(List<RecordValue> records) {
    if (records.isEmpty() || records.size() > MAX_RECORDS_PER_REQUEST) {
      throw new IllegalArgumentException(
          "an RRSet request takes 1 to "
              + MAX_RECORDS_PER_REQUEST
              + " records, not "
              + records.size());
    }
    return List.copyOf(records);
  }
}
