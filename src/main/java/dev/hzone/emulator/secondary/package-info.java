/**
 * Secondary zones that come alive: {@link dev.hzone.emulator.secondary.SecondaryZones} transfers
 * each secondary zone from its primary nameservers with {@link dev.hzone.axfr.AxfrClient} (the same
 * verified loop as {@code hzone migrate}, TSIG-signed with the zone's key), refreshes it on the
 * primary's SOA timers (refresh after a transfer, retry after a failure, stop serving after
 * expire), accepts NOTIFY from a primary's address (TSIG-verified when the zone has a key), and
 * hands what it transferred to the DNS server.
 *
 * <p>The API stores no TSIG key name; the emulator signs with the name in the zone label {@code
 * hzone.dev/tsig-key-name} (which {@code hzone zone create|set-primaries} sets from the key file),
 * else the zone's name, the same rule as {@code hzone zone check-primaries}. Hetzner does not
 * document the name its secondaries use.
 */
package dev.hzone.emulator.secondary;
