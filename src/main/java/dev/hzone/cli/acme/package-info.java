/**
 * {@code hzone acme}: the DNS-01 hook for certbot, lego and other ACME clients, on {@link
 * dev.hzone.acme}. {@code AcmeBackend} is where the zones and the nameservers to check come from
 * (the configured API, or the {@code --local} emulator), so that tests give their own.
 */
package dev.hzone.cli.acme;
