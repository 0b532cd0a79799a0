package dev.hzone.api.schema;

/** {@code POST /zones/{id_or_name}/actions/change_ttl}. */
public record ZoneTtlRequest(int ttl) {}
