package dev.hzone.api.schema;

/** {@code GET /zones/{id_or_name}/zonefile}. */
public record ZonefileResponse(String zonefile) {}
