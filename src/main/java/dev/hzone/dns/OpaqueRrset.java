package dev.hzone.dns;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.xbill.DNS.Type;

/**
 * An RRSet of a type this version of hzone does not know ({@link RecordType} has no constant for
 * it): a type the API added since, or a record written in RFC 3597's generic form ({@code TYPE65000
 * \# 3 abcdef}). Its type and values are kept exactly as given and never interpreted; hzone shows
 * it, and leaves it alone when planning.
 *
 * @param name relative owner name, {@code @} for the apex, as in {@link RrsetKey}
 * @param typeName the type as given, upper case ({@code TYPE65000}, {@code OPENPGPKEY})
 * @param ttl the RRSet's own TTL, or empty to inherit the zone's default
 * @param records the records, as given
 * @param labels API labels (empty when not known)
 * @param changeProtected the API's {@code protection.change}
 */
public record OpaqueRrset(
    String name,
    String typeName,
    OptionalInt ttl,
    List<RecordValue> records,
    Map<String, String> labels,
    boolean changeProtected)
    implements AnyRrset, Comparable<OpaqueRrset> {

  /** Orders as {@link RrsetKey} does: by name (apex first, labels right to left), then type. */
  private static final Comparator<OpaqueRrset> ORDER =
      Comparator.<OpaqueRrset, String>comparing(OpaqueRrset::name, RrsetKey::compareNames)
          .thenComparing(OpaqueRrset::typeName);

  public OpaqueRrset {
    name = RrsetKey.normalise(Objects.requireNonNull(name, "name"));
    typeName = Objects.requireNonNull(typeName, "typeName").toUpperCase(Locale.ROOT);
    if (typeName.isBlank()) {
      throw new IllegalArgumentException("RRSet " + name + " has no type");
    }
    Objects.requireNonNull(ttl, "ttl");
    records = List.copyOf(records);
    labels = Map.copyOf(labels);
  }

  /** An RRSet of an unknown type without labels or protection. */
  public static OpaqueRrset of(
      String name, String typeName, OptionalInt ttl, List<RecordValue> records) {
    return new OpaqueRrset(name, typeName, ttl, records, Map.of(), false);
  }

  /**
   * The type's number: from {@code TYPE65000}, or from a mnemonic dnsjava knows ({@code OPENPGPKEY}
   * is 61); -1 when neither.
   */
  public int typeCode() {
    return Type.value(typeName);
  }

  /**
   * Whether {@code other} is the same name and type: {@code TYPE61} and {@code OPENPGPKEY} are one
   * type.
   */
  public boolean sameNameAndType(OpaqueRrset other) {
    if (!name.equals(other.name)) {
      return false;
    }
    int code = typeCode();
    return typeName.equals(other.typeName) || (code > 0 && code == other.typeCode());
  }

  /** The values in canonical form ({@link ValueCanonicalizer#canonicalOpaque}). */
  public Set<String> canonicalValues() {
    int code = typeCode();
    Set<String> out = new TreeSet<>();
    for (RecordValue r : records) {
      out.add(ValueCanonicalizer.canonicalOpaque(code, r.value()));
    }
    return out;
  }

  @Override
  public int compareTo(OpaqueRrset o) {
    return ORDER.compare(this, o);
  }
}
