package dev.hzone.api.schema;

import dev.hzone.api.cloud.Action;
import java.util.List;

/** {@code {"actions": [...], "meta": {...}}}; {@code GET /actions?id=} has no {@code meta}. */
public record ActionListResponse(List<Action> actions, ListMeta meta) {}
