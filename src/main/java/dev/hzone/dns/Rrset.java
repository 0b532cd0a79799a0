package dev.hzone.dns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A set of records sharing owner name and type, with one TTL.
 *
 * @param key name and type
 * @param ttl the RRSet's own TTL, or empty to inherit the zone's default ({@code ttl: null} in the
 *     API)
 * @param records the records, distinct by value, in the order given
 * @param labels API labels (empty when not managed)
 * @param changeProtected the API's {@code protection.change}
 */
public record Rrset(
    RrsetKey key,
    OptionalInt ttl,
    List<RecordValue> records,
    Map<String, String> labels,
    boolean changeProtected)
    implements AnyRrset {

  /** Lowest TTL the API accepts. */
  public static final int MIN_TTL = 60;

  /** Highest TTL the API accepts. */
  public static final int MAX_TTL = Integer.MAX_VALUE;

  public Rrset {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(ttl, "ttl");
    // A table's records are immutable already, and made only when read.
    records = records instanceof RrsetTable.Records ? records : List.copyOf(records);
    labels = Map.copyOf(labels);
  }

  /** An RRSet without labels or protection. */
  public static Rrset of(RrsetKey key, OptionalInt ttl, List<RecordValue> records) {
    return new Rrset(key, ttl, records, Map.of(), false);
  }

  public RecordType type() {
    return key.type();
  }

  @Override
  public String name() {
    return key.name();
  }

  @Override
  public String typeName() {
    return key.type().name();
  }

  @Override
  public String id() {
    return key.id();
  }

  /** The TTL that resolvers see: the RRSet's own, else the zone's default. */
  @Override
  public int effectiveTtl(int zoneTtl) {
    return ttl.orElse(zoneTtl);
  }

  public Rrset withTtl(OptionalInt newTtl) {
    return new Rrset(key, newTtl, records, labels, changeProtected);
  }

  public Rrset withRecords(List<RecordValue> newRecords) {
    return new Rrset(key, ttl, newRecords, labels, changeProtected);
  }

  public Rrset withLabels(Map<String, String> newLabels) {
    return new Rrset(key, ttl, records, newLabels, changeProtected);
  }

  public Rrset withChangeProtected(boolean prot) {
    return new Rrset(key, ttl, records, labels, prot);
  }

  /** The values alone, in record order. */
  @Override
  public List<String> values() {
    List<String> out = new ArrayList<>(records.size());
    for (RecordValue r : records) {
      out.add(r.value());
    }
    return out;
  }

  /** Records keyed by their canonical value form (see {@link ValueCanonicalizer}). */
  public Map<String, RecordValue> byCanonicalValue() {
    Map<String, RecordValue> m = new LinkedHashMap<>();
    for (RecordValue r : records) {
      m.put(ValueCanonicalizer.canonical(key.type(), r.value()), r);
    }
    return m;
  }
}
