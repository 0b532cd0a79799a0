/**
 * Moving zones to Hetzner from other DNS hosts, and checking nameservers from the outside.
 *
 * <ul>
 *   <li>In: {@link dev.hzone.migrate.ZoneTransferClient} (AXFR with {@link
 *       dev.hzone.axfr.AxfrClient}, TSIG keys from {@link dev.hzone.tsig.TsigKeyReader}) and {@link
 *       dev.hzone.migrate.ExportReader} (Cloudflare, cli53 and registrar exports, their quirks in
 *       one small class each);
 *   <li>{@link dev.hzone.migrate.ZoneConverter}: pure, records to the {@code dns} model with a
 *       {@link dev.hzone.migrate.MigrationReport} of everything dropped or changed;
 *   <li>{@link dev.hzone.migrate.MigrationVerifier}: the old host and the new nameservers asked the
 *       same questions, differences explained or reported;
 *   <li>{@link dev.hzone.migrate.PrimaryProbe} (for {@code zone check-primaries}) and {@link
 *       dev.hzone.migrate.DelegationCheck} (for {@code zone check-delegation}), on {@link
 *       dev.hzone.migrate.NameserverClient} (migration's view of {@link
 *       dev.hzone.resolve.DirectQuery}).
 * </ul>
 *
 * <p>Uses {@code dns}, {@code zonefile}, {@code resolve} and dnsjava; prints nothing, reads no
 * environment: results are data, failures typed exceptions ({@link
 * dev.hzone.migrate.MigrationException}); TSIG secrets never appear in messages or {@code
 * toString()}.
 *
 * <pre>{@code
 * TsigKey key = TsigKeyReader.readFile(keyFile, Optional.empty());
 * List<Record> records = new ZoneTransferClient(Duration.ofSeconds(60), Clock.systemUTC())
 *     .transfer(ServerAddress.parse("192.0.2.53"), "example.com", Optional.of(key));
 * Conversion c = ZoneConverter.convert("example.com", records.stream().map(SourceRecord::of).toList(),
 *     ConversionOptions.defaults());
 * String zoneFile = new ZoneFileWriter().format(c.zone(), MigrationHeader.lines("AXFR", c.report()));
 * }</pre>
 */
package dev.hzone.migrate;
