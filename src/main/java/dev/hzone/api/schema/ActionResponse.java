package dev.hzone.api.schema;

import dev.hzone.api.cloud.Action;

/** {@code {"action": {...}}}: the answer of most calls that start something. */
public record ActionResponse(Action action) {}
