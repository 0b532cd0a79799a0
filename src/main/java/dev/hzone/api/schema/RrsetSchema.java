package dev.hzone.api.schema;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An RRSet as the API sends it. The client turns it into {@link dev.hzone.dns.Rrset}.
 *
 * @param id {@code name/type}
 * @param name relative name, {@code @} for the apex
 * @param type record type
 * @param ttl own TTL, empty to inherit the zone's
 * @param labels labels
 * @param protection {@code {change}}
 * @param records the records
 * @param zone the zone's id
 */
public record RrsetSchema(
    String id,
    String name,
    String type,
    Optional<Integer> ttl,
    Map<String, String> labels,
    Protection protection,
    List<RecordSchema> records,
    long zone) {

  /** {@code protection}: whether the RRSet may be changed. */
  public record Protection(boolean change) {}
}
