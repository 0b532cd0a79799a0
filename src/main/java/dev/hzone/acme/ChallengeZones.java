package dev.hzone.acme;

import dev.hzone.api.cloud.Zone;
import dev.hzone.dns.Rrset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the DNS-01 hook needs from the Cloud API, and nothing more: a zone by name, the RRSets at
 * one name, and TXT writes that return once their action has finished. Implemented over the API
 * client, and by a fake in tests.
 */
public interface ChallengeZones {
  /**
   * The project's zone called exactly {@code zoneName} (lower case, no final dot), if there is one.
   */
  Optional<Zone> zone(String zoneName);

  /** Every RRSet at {@code relativeName} ({@code @} for the apex) in {@code zone}, of any type. */
  List<Rrset> rrsetsAt(Zone zone, String relativeName);

  /**
   * Adds one TXT record ({@code add_records}, which creates the RRSet when missing) and waits for
   * the action.
   *
   * @param value the API value: quoted character-strings
   * @param ttl the TTL to send; empty sends none (the RRSet keeps or takes the zone default)
   */
  void addTxt(Zone zone, String relativeName, String value, OptionalInt ttl);

  /**
   * Removes one TXT record by its stored value ({@code remove_records}) and waits for the action.
   */
  void removeTxt(Zone zone, String relativeName, String value);
}
