package dev.hzone.emulator.dns;

import java.net.InetSocketAddress;

/**
 * One answered query, for a query log or a test.
 *
 * @param client who asked
 * @param transport UDP or TCP
 * @param qname the name asked for, as asked (absolute, with the final dot)
 * @param qtype the type asked for, as text ({@code TXT}, {@code AXFR})
 * @param rcode the answer's rcode, as text ({@code NOERROR}, {@code NXDOMAIN}, {@code REFUSED})
 * @param edns whether the query carried an EDNS OPT record
 * @param truncated whether the answer had to be cut and carries TC
 */
public record QueryEvent(
    InetSocketAddress client,
    Transport transport,
    String qname,
    String qtype,
    String rcode,
    boolean edns,
    boolean truncated) {

  /** One line for a log: {@code UDP 127.0.0.1:5353 _acme-challenge.example.test. TXT NOERROR}. */
  @Override
  public String toString() {
    return transport
        + " "
        + client.getAddress().getHostAddress()
        + ":"
        + client.getPort()
        + " "
        + qname
        + " "
        + qtype
        + " "
        + rcode
        + (edns ? " edns" : "")
        + (truncated ? " tc" : "");
  }
}
