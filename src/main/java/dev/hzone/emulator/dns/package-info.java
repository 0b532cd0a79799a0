/**
 * The emulator's authoritative DNS server: it answers from the emulated primary zones as they are
 * after each finished action, over UDP and TCP, so that dig, pebble, lego and hzone's own
 * propagation check can query the emulator like Hetzner's nameservers.
 *
 * <p>Zones arrive as {@link dev.hzone.dns.ZoneData} through {@link
 * dev.hzone.emulator.dns.DnsServer#publish} and leave through {@link
 * dev.hzone.emulator.dns.DnsServer#withdraw}. Each is compiled once into an immutable {@link
 * dev.hzone.emulator.dns.ZoneSnapshot}; the set of snapshots is swapped atomically, so a query
 * always sees one consistent version of a zone and never waits for a writer. Answers follow RFC
 * 1034 §4.3.2 (with RFC 4592 wildcards, RFC 2308 negative caching and RFC 6604 CNAME chains), AXFR
 * follows RFC 5936. Uses {@code dns} and dnsjava only.
 *
 * <pre>{@code
 * try (DnsServer dns = DnsServer.start(new InetSocketAddress("127.0.0.1", 0), DnsServerOptions.defaults())) {
 *   dns.publish(zone);                       // a ZoneData with its apex SOA and NS
 *   InetSocketAddress where = dns.address(); // the port picked for port 0
 * }
 * }</pre>
 */
package dev.hzone.emulator.dns;
