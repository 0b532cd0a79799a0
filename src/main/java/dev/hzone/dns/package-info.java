/**
 * The zone model shared by every part of hzone: {@link dev.hzone.dns.ZoneData} holds {@link
 * dev.hzone.dns.Rrset}s keyed by {@link dev.hzone.dns.RrsetKey} (relative name, {@link
 * dev.hzone.dns.RecordType}), each with {@link dev.hzone.dns.RecordValue}s in Hetzner's
 * presentation syntax. Pure data and normalisation; no I/O. Uses dnsjava types only.
 *
 * <pre>{@code
 * Rrset www = Rrset.of(RrsetKey.of("www", RecordType.A), OptionalInt.of(300),
 *     List.of(RecordValue.of("203.0.113.10")));
 * ZoneData zone = ZoneData.of("example.com", OptionalInt.of(3600), List.of(www));
 * }</pre>
 */
package dev.hzone.dns;
