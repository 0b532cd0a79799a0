package dev.hzone.api.schema;

/**
 * One record of an RRSet on the wire.
 *
 * @param value the value in presentation syntax
 * @param comment the comment, or null to leave it out
 */
public record RecordSchema(String value, String comment) {}
