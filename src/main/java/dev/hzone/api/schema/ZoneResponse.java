package dev.hzone.api.schema;

import dev.hzone.api.cloud.Zone;

/** {@code {"zone": {...}}}: {@code GET} and {@code PUT /zones/{id_or_name}}. */
public record ZoneResponse(Zone zone) {}
