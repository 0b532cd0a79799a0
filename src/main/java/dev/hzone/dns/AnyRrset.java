package dev.hzone.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * An RRSet as the API lists it: either one of a type hzone knows ({@link Rrset}, fully modelled) or
 * one of a type it does not know ({@link OpaqueRrset}, kept as the API gave it and never changed).
 * Hetzner adds record types over time; the official SDK and CLI pass a type they do not know
 * through as a string, and so does hzone, instead of failing the whole zone.
 */
public sealed interface AnyRrset permits Rrset, OpaqueRrset {

  /** The relative owner name, {@code @} for the apex. */
  String name();

  /** The type as the API writes it ({@code A}, {@code TXT}, or one hzone does not know). */
  String typeName();

  /** The RRSet's own TTL, or empty to inherit the zone's default. */
  OptionalInt ttl();

  /** The records, as given. */
  List<RecordValue> records();

  /** API labels. */
  Map<String, String> labels();

  /** The API's {@code protection.change}. */
  boolean changeProtected();

  /** The API's RRSet id, {@code name/type}. */
  default String id() {
    return name() + "/" + typeName();
  }

  /** The TTL that resolvers see: the RRSet's own, else the zone's default. */
  default int effectiveTtl(int zoneTtl) {
    return ttl().orElse(zoneTtl);
  }

  /**
   * Orders RRSets as {@link RrsetKey} does (by name, the apex first, labels compared right to left,
   * then by type number), those of unknown types after the known ones at their name.
   */
  static int compare(AnyRrset a, AnyRrset b) {
    int c = RrsetKey.compareNames(a.name(), b.name());
    if (c != 0) {
      return c;
    }
    if (a instanceof Rrset x && b instanceof Rrset y) {
      return Integer.compare(x.type().code(), y.type().code());
    }
    if (a instanceof Rrset != b instanceof Rrset) {
      return a instanceof Rrset ? -1 : 1;
    }
    return a.typeName().compareTo(b.typeName());
  }

  /** The values alone, in record order. */
  default List<String> values() {
    List<String> out = new ArrayList<>(records().size());
    for (RecordValue r : records()) {
      out.add(r.value());
    }
    return out;
  }
}
