package dev.hzone.api.schema;

import dev.hzone.api.cloud.PrimaryNameserver;
import java.util.List;

/** {@code POST /zones/{id_or_name}/actions/change_primary_nameservers}: replaces them all. */
public record PrimaryNameserversRequest(List<PrimaryNameserver> primaryNameservers) {}
