package dev.hzone.cli.migrate;

import dev.hzone.api.cloud.Zone;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.ClientFactory;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.migrate.ServerAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/** The nameservers Hetzner assigned to a zone, read from the API. */
final class HetznerNameservers {
  private HetznerNameservers() {}

  /**
   * The zone's assigned nameservers, absolute with a trailing dot; fails when the zone is not
   * there.
   */
  static List<String> assigned(Invocation inv, String zone) {
    Zone z =
        ClientFactory.client(inv)
            .zones()
            .get(dev.hzone.dns.Names.zoneName(zone))
            .orElseThrow(
                () ->
                    CliException.failed(
                        "zone "
                            + zone
                            + " does not exist at Hetzner; create it with "
                            + "'hzone migrate axfr --apply' or 'hzone apply --create-zones', or name the servers to ask with "
                            + "--nameserver"));
    List<String> out = new ArrayList<>();
    for (String ns : z.authoritativeNameservers().assigned()) {
      out.add(ns.endsWith(".") ? ns : ns + ".");
    }
    if (out.isEmpty()) {
      throw CliException.failed(
          "the API lists no assigned nameservers for zone "
              + zone
              + "; name the servers to ask with --nameserver");
    }
    return out;
  }

  /**
   * Where to ask the zone's nameservers: each assigned name on port 53, or with {@code --local} the
   * built-in emulator's DNS server, which answers for all of them.
   */
  static List<ServerAddress> addresses(Invocation inv, List<String> assigned) {
    if (inv.globals().local()) {
      InetSocketAddress dns =
          ClientFactory.localDnsAddress(inv)
              .orElseThrow(
                  () ->
                      CliException.unavailable(
                          "--local: the built-in emulator serves no DNS", null));
      return List.of(new ServerAddress(dns.getAddress().getHostAddress(), dns.getPort()));
    }
    List<ServerAddress> out = new ArrayList<>();
    for (String ns : assigned) {
      out.add(new ServerAddress(ns.substring(0, ns.length() - 1), ServerAddress.DNS_PORT));
    }
    return out;
  }
}
