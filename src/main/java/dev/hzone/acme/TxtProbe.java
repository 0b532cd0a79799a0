package dev.hzone.acme;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Asks nameservers directly whether they serve a TXT value; the network seam of {@link
 * PropagationCheck}.
 */
@FunctionalInterface
public interface TxtProbe {
  /**
   * Queries each server once, in parallel, for the TXT records at {@code fqdn}.
   *
   * @param value the content that must be among them (compared on bytes, string boundaries aside)
   * @param timeout how long to wait for the slowest server
   * @return one observation per server
   */
  Map<Nameserver, Observation> probe(
      List<Nameserver> servers, String fqdn, String value, Duration timeout)
      throws InterruptedException;
}
