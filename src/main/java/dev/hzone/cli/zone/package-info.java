/**
 * The {@code zone} and {@code record} command groups: the verbs on zones (create, list, describe,
 * protection, labels, primaries, checks of delegation and secondaries, zone-file import and export)
 * and on records and RRSets (add, set, remove, {@code set-self}), their views, and the
 * hcloud-compatible forms. Zone-file imports are applied through {@link dev.hzone.cli.sync}; {@code
 * record set-self} reads the server's address through {@link dev.hzone.cli.metadata}.
 */
package dev.hzone.cli.zone;
