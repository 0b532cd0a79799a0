package dev.hzone.cli;

import dev.hzone.acme.ChallengeZones;
import dev.hzone.acme.HcloudChallengeZones;
import dev.hzone.acme.Nameserver;
import java.util.List;

/** {@code hzone acme} against the API client that the global options configure. */
final class ApiAcmeBackend implements AcmeBackend {
  @Override
  public ChallengeZones zones(Invocation inv) {
    return new HcloudChallengeZones(ClientFactory.client(inv));
  }

  @Override
  public List<Nameserver> defaultNameservers(Invocation inv) {
    return List.of();
  }
}
