/**
 * Asking authoritative nameservers directly, the one home for it: a single non-recursive query to one server
 * ({@link dev.hzone.resolve.DirectQuery}), the SOA serial a set of servers serves for a zone
 * ({@link dev.hzone.resolve.SoaSerials}). Used by sync (DNS verification, the read cache's serial check), acme
 * (challenge propagation) and migrate (queries to the old provider). Depends on dnsjava only.
 */
package dev.hzone.resolve;
