/**
 * Moving zones to Hetzner from other DNS hosts, and checking nameservers from the outside: zone transfers
 * (AXFR, with TSIG) with {@link dev.hzone.migrate.ZoneTransferClient}, single queries with {@link
 * dev.hzone.migrate.NameserverClient}, and {@link dev.hzone.migrate.PrimaryProbe} for the primaries of
 * secondary zones. Uses {@code dns}, {@code zonefile}, {@code api} and dnsjava; prints nothing, reads no
 * environment: results are data, failures typed exceptions ({@link dev.hzone.migrate.MigrationException}).
 *
 * <pre>{@code
 * TsigKey key = TsigKeyParser.parse(Files.readString(keyFile), keyFile.toString());
 * PrimaryReport report = new PrimaryProbe(PrimaryProbe.DEFAULT_STEP_TIMEOUT, Clock.systemUTC())
 *     .probe(ServerAddress.parse("198.51.100.7"), "example.com", Optional.of(key));
 * List<Record> zone = new ZoneTransferClient(Duration.ofSeconds(60), Clock.systemUTC())
 *     .transfer(ServerAddress.parse("198.51.100.7"), "example.com", Optional.of(key));
 * }</pre>
 */
package dev.hzone.migrate;
