package dev.hzone.api.schema;

/** {@code POST /zones/{id_or_name}/actions/import_zonefile}. */
public record ZonefileRequest(String zonefile) {}
