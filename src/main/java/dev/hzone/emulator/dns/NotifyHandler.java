package dev.hzone.emulator.dns;

import java.net.InetSocketAddress;
import java.util.Optional;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.TSIG;

/**
 * Decides about a NOTIFY (RFC 1996) that reached the DNS server: whether to accept it, and with
 * which TSIG key to sign the answer. The emulator's secondary zones accept NOTIFY from their
 * primaries.
 */
@FunctionalInterface
public interface NotifyHandler {
  /** Refuses every NOTIFY as not implemented, as a server without secondary zones does. */
  NotifyHandler NONE = (query, wire, client) -> new Answer(Rcode.NOTIMP, Optional.empty());

  /**
   * @param query the NOTIFY as parsed
   * @param wire the NOTIFY as received, for TSIG verification
   * @param client where it came from
   */
  Answer answer(Message query, byte[] wire, InetSocketAddress client);

  /**
   * @param rcode the answer's RCODE (NOERROR when accepted)
   * @param signer the key to sign the answer with, when the NOTIFY was verified with one
   */
  record Answer(int rcode, Optional<TSIG> signer) {}
}
