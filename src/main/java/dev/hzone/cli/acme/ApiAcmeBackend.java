package dev.hzone.cli.acme;

import dev.hzone.acme.ChallengeZones;
import dev.hzone.acme.HcloudChallengeZones;
import dev.hzone.acme.Nameserver;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.ClientFactory;
import dev.hzone.cli.framework.Invocation;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * {@code hzone acme} against the API client that the global options configure. With {@code --local}
 * the zones are the in-process emulator's, and so is the nameserver to check: its own DNS server,
 * since the assigned Hetzner nameservers it reports do not serve its zones.
 */
final class ApiAcmeBackend implements AcmeBackend {
  @Override
  public ChallengeZones zones(Invocation inv) {
    return new HcloudChallengeZones(ClientFactory.client(inv));
  }

  @Override
  public List<Nameserver> defaultNameservers(Invocation inv) {
    if (!inv.globals().local()) {
      return List.of();
    }
    InetSocketAddress dns =
        ClientFactory.localDnsAddress(inv)
            .orElseThrow(
                () ->
                    CliException.failed(
                        "--local: the built-in emulator serves no DNS, so there is no nameserver to check; name one with"
                            + " --nameserver HOST:PORT"));
    return List.of(
        new Nameserver(
            "emulator DNS " + dns.getAddress().getHostAddress() + ":" + dns.getPort(), dns));
  }
}
