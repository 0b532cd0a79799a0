package dev.hzone.zonefile;

/**
 * What the reader does with record types the Hetzner API does not accept (SSHFP, NAPTR, LOC,
 * RRSIG...) written with their mnemonics. A record in RFC 3597's generic form ({@code TYPE65000 \#
 * 3 abcdef}) of a type hzone does not know is always kept, as an {@link dev.hzone.dns.OpaqueRrset}:
 * that form says on purpose what the bytes are, and {@code hzone pull} writes it.
 */
public enum UnsupportedTypePolicy {
  /** Each such record is an error naming file, line and type (the default). */
  REJECT,
  /** Each such record is dropped with a warning ({@code --skip-unsupported}). */
  SKIP,
  /**
   * Each such record is kept as an RRSet of unknown type ({@link dev.hzone.dns.OpaqueRrset}), its
   * type and value as written: for zone-file exports of the API, which may hold types Hetzner added
   * after this version of hzone, written with their mnemonics.
   */
  KEEP
}
