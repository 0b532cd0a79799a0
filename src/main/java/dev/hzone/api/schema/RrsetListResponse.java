package dev.hzone.api.schema;

import java.util.List;

/** {@code GET /zones/{id_or_name}/rrsets}. */
public record RrsetListResponse(List<RrsetSchema> rrsets, ListMeta meta) {}
