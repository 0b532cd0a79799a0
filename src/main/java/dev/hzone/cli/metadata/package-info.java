/**
 * {@code hzone metadata}: what the Hetzner Cloud metadata service tells a server about itself.
 * {@link dev.hzone.cli.metadata.MetadataCommand} also gives {@code record set-self} its client and
 * options, so that both read the service alike.
 */
package dev.hzone.cli.metadata;
