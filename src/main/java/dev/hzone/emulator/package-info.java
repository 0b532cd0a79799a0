/**
 * A local emulator of the Hetzner Cloud API: the DNS API in full (zones, RRSets, their actions and rules),
 * actions, SSH keys, servers and the catalogue, with authentication, rate limiting, pagination, persistence
 * and fault injection; plus, through a {@link dev.hzone.emulator.ZoneServer}, authoritative DNS for its
 * zones. It is a second, independent implementation of the wire format: it may use {@code dns},
 * {@code zonefile}, Gson, dnsjava and the JDK's HTTP server, never {@code dev.hzone.api}.
 *
 * <pre>{@code
 * try (Emulator emu = LocalEmulator.start(Path.of(".hzone/local"))) {
 *   // talk to emu.apiEndpoint() with "Authorization: Bearer " + emu.token()
 * }
 * }</pre>
 *
 * <p>Sub-packages: {@code web} (HTTP mechanics: routing, errors, pagination, rate limit, faults, access
 * log), {@code state} (records, transactions, state files), {@code actions}, {@code dnsapi} (zones and
 * RRSets), {@code cloud} (SSH keys, servers, catalogue), {@code dns} (the DNS server).
 */
package dev.hzone.emulator;
