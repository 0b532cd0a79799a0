package dev.hzone.api.schema;

import java.util.List;

/** {@code set_records}, {@code remove_records} and {@code update_records} of an RRSet. */
public record RecordsRequest(List<RecordSchema> records) {}
