/**
 * Asking authoritative nameservers directly: a single non-recursive query to one server
 * ({@link dev.hzone.resolve.DirectQuery}), the SOA serial a set of servers serves for a zone
 * ({@link dev.hzone.resolve.SoaSerials}). Used by sync (the read cache's serial check); meant to become the one
 * home of sync DnsVerifier, acme DnsTxtProbe and migrate NameserverClient (issue 18). Depends on dnsjava only.
 */
package dev.hzone.resolve;
