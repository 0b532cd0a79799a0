/**
 * A local emulator of the Hetzner Cloud API: the DNS API in full (zones, RRSets, their actions and
 * rules), actions, SSH keys, servers and the catalogue, with authentication, rate limiting,
 * pagination, persistence and fault injection; plus, through a {@link
 * dev.hzone.emulator.ZoneServer}, authoritative DNS for its zones. It is a second, independent
 * implementation of the wire format: it may use {@code dns}, {@code zonefile}, Gson, dnsjava and
 * the JDK's HTTP server, never {@code dev.hzone.api}.
 *
 * <p>What the emulator shares with the client, and why (held by {@code ArchitectureTest}):
 *
 * <ul>
 *   <li>Shared on purpose: the DNS model ({@code dev.hzone.dns}: record types, RRSets, value
 *       canonical forms), the zone-file <em>reader</em> ({@code dev.hzone.zonefile.ZoneFileReader},
 *       for {@code import_zonefile} and zone creation), TSIG keys ({@code dev.hzone.tsig}) and the
 *       verified AXFR loop ({@code dev.hzone.axfr}, for secondary zones). Each is checked on its
 *       own against an outside reference, not against the emulator: the reader by the BIND oracle
 *       ({@code ZoneFileOracleIT}, named-checkzone/named-compilezone over the corpus), the AXFR
 *       loop by the attack tests and the BIND ITs. A bug there would be shared by both sides, but
 *       those tests see it.
 *   <li>Never shared: the API client ({@code dev.hzone.api}, OkHttp, Retrofit), sync, the command
 *       line, the ACME hook, migration, direct nameserver queries ({@code dev.hzone.resolve}), the
 *       zone-file writer and lint. They are the client's reading of the API (paths, JSON, errors,
 *       what a value may be, how an export looks); the emulator implements those from the OpenAPI
 *       document and the evidence in {@code LEDGER.md}, so that a client misreading shows up as a
 *       failing end-to-end test instead of being inherited. Exports ({@code ZoneFileExport}) are
 *       written by the emulator's own code for the same reason.
 * </ul>
 *
 * <pre>{@code
 * try (Emulator emu = LocalEmulator.start(Path.of(".hzone/local"))) {
 *   // talk to emu.apiEndpoint() with "Authorization: Bearer " + emu.token()
 * }
 * }</pre>
 *
 * <p>Sub-packages: {@code web} (HTTP mechanics: routing, errors, pagination, rate limit, faults,
 * access log), {@code state} (records, transactions, state files), {@code actions}, {@code dnsapi}
 * (zones and RRSets), {@code cloud} (SSH keys, servers, catalogue), {@code dns} (the DNS server).
 */
package dev.hzone.emulator;
