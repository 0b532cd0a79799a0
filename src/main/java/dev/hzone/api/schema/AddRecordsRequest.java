package dev.hzone.api.schema;

import java.util.List;

/**
 * {@code add_records}: a null {@code ttl} is left out (the RRSet keeps, or a new one inherits, its
 * TTL).
 */
public record AddRecordsRequest(Integer ttl, List<RecordSchema> records) {}
