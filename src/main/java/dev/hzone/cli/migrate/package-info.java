/**
 * {@code hzone migrate}: converting zones from other providers' exports and AXFR into Hetzner zones
 * on {@link dev.hzone.migrate}, printing the migration report, and, with {@code --apply}, creating
 * and filling the zones through {@link dev.hzone.cli.sync}.
 */
package dev.hzone.cli.migrate;
