/**
 * Zone transfers in (AXFR over TCP) with every message checked: {@link dev.hzone.axfr.AxfrClient}
 * and its failures ({@link dev.hzone.axfr.AxfrException}).
 *
 * <p><b>Why hzone runs its own loop.</b> dnsjava 3.6.3's {@code ZoneTransferIn} verifies TSIG only
 * on messages whose RCODE is NOERROR and looks at the RCODE of the first message only, so an
 * unsigned message with an error RCODE could add records to a signed transfer (issue 14). This loop
 * sends the query with dnsjava's {@code Message} and {@code TSIG}, and for every message received:
 * fails on any RCODE but NOERROR, on the TC bit, on an empty answer section; runs it through {@code
 * TSIG.StreamVerifier} (first and last message signed, at most 99 unsigned in a row, every
 * signature valid); checks that the first record is the zone's SOA and that a closing SOA ends the
 * stream; and counts records and bytes against {@link dev.hzone.axfr.AxfrLimits}. On any failure
 * nothing is returned.
 *
 * <p><b>Where it sits.</b> Both {@code migrate} (migrate axfr, migrate verify, zone
 * check-primaries) and the {@code emulator} (secondary zones that follow their primaries) transfer
 * zones. DESIGN.md lets the emulator use only {@code dns}, {@code zonefile}, Gson and dnsjava, and
 * {@code dns} is pure, so the loop can live in neither {@code migrate} nor {@code dns}: it is its
 * own package that uses dnsjava and {@code dev.hzone.tsig} only (no other hzone package), which
 * {@code migrate}, {@code emulator} and {@code cli} may use. Row for DESIGN.md's table: {@code
 * dev.hzone.axfr} | AXFR client with TSIG, limits | dnsjava, {@code tsig}; used by {@code migrate},
 * {@code emulator}, {@code cli}. It prints nothing; TSIG secrets never appear in its messages.
 *
 * <pre>{@code
 * AxfrClient axfr = new AxfrClient(AxfrLimits.defaults(), Clock.systemUTC());
 * List<Record> records = axfr.transfer(new InetSocketAddress("192.0.2.53", 53),
 *     Name.fromString("example.com."), Optional.of(key)).records();
 * }</pre>
 */
package dev.hzone.axfr;
