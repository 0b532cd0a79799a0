package dev.hzone.cli;

import dev.hzone.api.Zone;
import java.util.ArrayList;
import java.util.List;

/** The nameservers Hetzner assigned to a zone, read from the API. */
final class HetznerNameservers {
  private HetznerNameservers() {}

  /** The zone's assigned nameservers, absolute with a trailing dot; fails when the zone is not there. */
  static List<String> assigned(Invocation inv, String zone) {
    Zone z = ClientFactory.client(inv).zones().get(dev.hzone.dns.Names.zoneName(zone))
        .orElseThrow(() -> CliException.failed("zone " + zone + " does not exist at Hetzner; create it with "
            + "'hzone migrate axfr --apply' or 'hzone apply --create-zones', or name the servers to ask with "
            + "--nameserver"));
    List<String> out = new ArrayList<>();
    for (String ns : z.authoritativeNameservers().assigned()) {
      out.add(ns.endsWith(".") ? ns : ns + ".");
    }
    if (out.isEmpty()) {
      throw CliException.failed("the API lists no assigned nameservers for zone " + zone
          + "; name the servers to ask with --nameserver");
    }
    return out;
  }
}
