package dev.hzone.api.schema;

/** {@code {"rrset": {...}}}. */
public record RrsetResponse(RrsetSchema rrset) {}
