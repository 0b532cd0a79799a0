package dev.hzone.emulator.dns;

/**
 * How a query came in, which decides the size limit of the answer and whether a zone transfer is
 * allowed.
 */
public enum Transport {
  /**
   * Datagrams: 512 bytes without EDNS, else the smaller of the client's and the server's payload
   * size.
   */
  UDP,
  /** A stream with two-byte length prefixes: up to 65535 bytes per message; AXFR allowed. */
  TCP
}
