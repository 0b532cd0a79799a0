package dev.hzone.cli.acme;

import dev.hzone.acme.ChallengeZones;
import dev.hzone.acme.Nameserver;
import dev.hzone.cli.framework.Invocation;
import java.util.List;

/**
 * What {@code hzone acme} talks to for one invocation: the zones (through the API client, or the
 * in-process emulator with {@code --local}) and, where the zone's assigned nameservers are not the
 * ones to ask, the nameservers that serve it ({@code --local}: the emulator's own DNS server).
 */
interface AcmeBackend {
  /** The zones, through the API client configured by the global options. */
  ChallengeZones zones(Invocation inv);

  /**
   * The nameservers to check when the user names none; empty means the zone's assigned nameservers.
   */
  List<Nameserver> defaultNameservers(Invocation inv);
}
