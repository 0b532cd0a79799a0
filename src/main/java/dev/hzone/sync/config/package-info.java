/**
 * Reads {@code zones/hzone.toml}, the settings of a zone repository: defaults, and per zone ignore
 * patterns, safety thresholds, zone TTL, labels, protection, secondary-zone primaries with TSIG key
 * files, SOA and comment management. Every value is checked; errors name file, line and field. Uses
 * night-config's TOML parser and {@code dev.hzone.sync}'s settings types.
 *
 * <pre>{@code
 * SyncConfig config = new SyncConfigReader().read(Path.of("zones/hzone.toml"));
 * ZoneSettings settings = config.settingsFor("example.com");
 * }</pre>
 */
package dev.hzone.sync.config;
