package dev.hzone.api.schema;

import dev.hzone.api.cloud.Action;

/** {@code POST /zones/{id_or_name}/rrsets}. */
public record RrsetCreateResponse(RrsetSchema rrset, Action action) {}
