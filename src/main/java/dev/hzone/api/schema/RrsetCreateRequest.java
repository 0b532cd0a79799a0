package dev.hzone.api.schema;

import java.util.List;
import java.util.Map;

/**
 * An RRSet to create, alone or inside {@code POST /zones}; a null {@code ttl} (left out) inherits
 * the zone's.
 */
public record RrsetCreateRequest(
    String name,
    String type,
    Integer ttl,
    List<RecordSchema> records,
    Map<String, String> labels) {}
