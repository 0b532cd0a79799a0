/**
 * Asking authoritative nameservers directly, the one home of it: a single non-recursive query to
 * one server ({@link dev.hzone.resolve.DirectQuery}, used by acme's {@code DnsTxtProbe}, migrate's
 * {@code NameserverClient} and sync's {@code DnsVerifier}), the SOA serial a set of servers serves
 * for a zone ({@link dev.hzone.resolve.SoaSerials}, sync's read cache), and waiting until servers
 * serve a change ({@link dev.hzone.resolve.PropagationWaiter}: fixed schedule, deadline, injected
 * sleeper and clock, the last observation of every server; used by the ACME hook, {@code apply
 * --verify-dns} and {@code migrate verify}). Depends on dnsjava, and on {@code dev.hzone.api} only
 * for its {@code Sleeper}.
 */
package dev.hzone.resolve;
