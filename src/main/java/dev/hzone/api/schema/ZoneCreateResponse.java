package dev.hzone.api.schema;

import dev.hzone.api.cloud.Action;
import dev.hzone.api.cloud.Zone;

/** {@code POST /zones}: the zone and the action that sets it up. */
public record ZoneCreateResponse(Zone zone, Action action) {}
