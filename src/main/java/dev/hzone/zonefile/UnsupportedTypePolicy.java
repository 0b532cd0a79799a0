package dev.hzone.zonefile;

/**
 * What the reader does with record types the Hetzner API does not accept (SSHFP, NAPTR, LOC,
 * RRSIG...).
 */
public enum UnsupportedTypePolicy {
  /** Each such record is an error naming file, line and type (the default). */
  REJECT,
  /** Each such record is dropped with a warning ({@code --skip-unsupported}). */
  SKIP
}
