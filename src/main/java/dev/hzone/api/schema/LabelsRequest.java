package dev.hzone.api.schema;

import java.util.Map;

/** {@code PUT} of a zone or RRSet: replaces the whole label map. */
public record LabelsRequest(Map<String, String> labels) {}
