package dev.hzone.api.schema;

import dev.hzone.api.cloud.Nullable;

/**
 * An RRSet's {@code change_ttl}: {@code ttl} is always sent, {@code null} to inherit the zone's
 * TTL.
 */
public record RrsetTtlRequest(Nullable<Integer> ttl) {}
