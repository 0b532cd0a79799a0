package dev.hzone.api.schema;

/** An RRSet's {@code change_protection}: {@code {"change": bool}}. */
public record ChangeProtectionRequest(boolean change) {}
