package dev.hzone.api;

import dev.hzone.api.schema.RecordSchema;
import dev.hzone.api.schema.RrsetCreateRequest;
import dev.hzone.api.schema.RrsetSchema;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Converts between the API's RRSets and the zone model's {@link Rrset}. */
final class RrsetMapper {
  private RrsetMapper() {}

  /** The zone model's RRSet for one the API sent. */
  static Rrset toRrset(RrsetSchema s) {
    RecordType type =
        RecordType.fromText(s.type())
            .orElseThrow(
                () ->
                    new ApiException(
                        200,
                        "",
                        "the API sent RRSet "
                            + s.id()
                            + " of type "
                            + s.type()
                            + ", which this version of hzone does not know",
                        List.of(),
                        List.of(),
                        java.util.Optional.empty()));
    List<RecordValue> records = new ArrayList<>();
    if (s.records() != null) {
      for (RecordSchema r : s.records()) {
        records.add(new RecordValue(r.value(), r.comment() == null ? "" : r.comment()));
      }
    }
    OptionalInt ttl =
        s.ttl() == null || s.ttl().isEmpty() ? OptionalInt.empty() : OptionalInt.of(s.ttl().get());
    return new Rrset(
        RrsetKey.of(s.name(), type),
        ttl,
        records,
        s.labels() == null ? Map.of() : s.labels(),
        s.protection() != null && s.protection().change());
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
