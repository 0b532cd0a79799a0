package dev.hzone.api;

import dev.hzone.api.schema.RecordSchema;
import dev.hzone.api.schema.RrsetCreateRequest;
import dev.hzone.api.schema.RrsetSchema;
import dev.hzone.dns.AnyRrset;
import dev.hzone.dns.OpaqueRrset;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Converts between the API's RRSets and the zone model's {@link Rrset}. */
final class RrsetMapper {
  private RrsetMapper() {}

  /**
   * The zone model's RRSet for one the API sent: an {@link OpaqueRrset} when its type is one this
   * version of hzone does not know (the API adds types; hcloud-go's {@code ZoneRRSetType} is a
   * plain string for that reason), so one such RRSet never fails a whole listing.
   */
  static AnyRrset toAnyRrset(RrsetSchema s) {
    List<RecordValue> records = new ArrayList<>();
    if (s.records() != null) {
      for (RecordSchema r : s.records()) {
        records.add(new RecordValue(r.value(), r.comment() == null ? "" : r.comment()));
      }
    }
    OptionalInt ttl =
        s.ttl() == null || s.ttl().isEmpty() ? OptionalInt.empty() : OptionalInt.of(s.ttl().get());
    Map<String, String> labels = s.labels() == null ? Map.of() : s.labels();
    boolean prot = s.protection() != null && s.protection().change();
    Optional<RecordType> type = RecordType.fromText(s.type());
    if (type.isEmpty()) {
      return new OpaqueRrset(s.name(), s.type(), ttl, records, labels, prot);
    }
    return new Rrset(RrsetKey.of(s.name(), type.get()), ttl, records, labels, prot);
  }

  /**
   * The zone model's RRSet for one the API sent in answer to a request about a known type (create,
   * update): a type other than the one asked for is the API's error, reported as such.
   */
  static Rrset toRrset(RrsetSchema s) {
    if (toAnyRrset(s) instanceof Rrset r) {
      return r;
    }
    throw new ApiException(
        200,
        "",
        "the API sent RRSet "
            + s.id()
            + " of type "
            + s.type()
            + ", which this version of hzone does not know",
        List.of(),
        List.of(),
        Optional.empty());
  }

  /** The request body creating {@code rrset} (its protection is set by a separate action). */
  static RrsetCreateRequest toCreateRequest(Rrset rrset) {
    return new RrsetCreateRequest(
        rrset.name(),
        rrset.type().name(),
        rrset.ttl().isPresent() ? rrset.ttl().getAsInt() : null,
        toRecords(rrset.records(), false),
        rrset.labels().isEmpty() ? null : rrset.labels());
  }

  /**
   * The records on the wire. Empty comments are left out, except where {@code commentAlways}: in
   * {@code update_records} the comment is required, and {@code ""} clears it.
   */
  static List<RecordSchema> toRecords(List<RecordValue> records, boolean commentAlways) {
    List<RecordSchema> out = new ArrayList<>(records.size());
    for (RecordValue r : records) {
      out.add(new RecordSchema(r.value(), commentAlways || r.hasComment() ? r.comment() : null));
    }
    return out;
  }
}
