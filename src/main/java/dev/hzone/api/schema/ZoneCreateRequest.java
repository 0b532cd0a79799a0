package dev.hzone.api.schema;

import dev.hzone.api.cloud.PrimaryNameserver;
import dev.hzone.api.cloud.ZoneMode;
import java.util.List;
import java.util.Map;

/** {@code POST /zones}; null fields are left out. */
public record ZoneCreateRequest(
    String name,
    ZoneMode mode,
    Integer ttl,
    Map<String, String> labels,
    List<PrimaryNameserver> primaryNameservers,
    List<RrsetCreateRequest> rrsets,
    String zonefile) {}
