package dev.hzone.api.schema;

import dev.hzone.api.cloud.Zone;
import java.util.List;

/** {@code GET /zones}. */
public record ZoneListResponse(List<Zone> zones, ListMeta meta) {}
