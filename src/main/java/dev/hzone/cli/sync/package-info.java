/**
 * The zones-as-code commands: {@code file} (check, format, lint the zone files), {@code plan},
 * {@code apply} and {@code pull}, with what they share: reading the zone directory ({@code
 * ZoneRepository}), one session of provider, read cache and request budget ({@link
 * dev.hzone.cli.sync.SyncSession}), progress on stderr and {@code --verify-dns}. Built on {@link
 * dev.hzone.cli.framework} and {@link dev.hzone.sync}; {@link dev.hzone.cli.zone} and {@link
 * dev.hzone.cli.migrate} apply their plans through {@link dev.hzone.cli.sync.ApplyCommand}, so that
 * every way of changing records counts and reports alike.
 */
package dev.hzone.cli.sync;
