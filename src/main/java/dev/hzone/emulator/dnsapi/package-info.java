/**
 * The DNS part of the Cloud API: zones, zone actions, RRSets and RRSet actions with Hetzner's rules
 * (managed SOA with {@code YYYYMMDDnn} serials and assigned NS, TTL inheritance, 50-record limits,
 * protection, primary and secondary modes, CNAME and TXT rules, zone file import and export). Uses
 * {@code dns} and {@code zonefile}.
 *
 * <pre>{@code
 * new DnsApi(store, actions, scheduler, publisher).register(router);
 * }</pre>
 */
package dev.hzone.emulator.dnsapi;
