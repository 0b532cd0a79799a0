package dev.hzone.api.schema;

/** {@code change_protection} of a zone: {@code {"delete": bool}}. */
public record DeleteProtectionRequest(boolean delete) {}
