package dev.hzone.emulator.state;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Read access to the emulator's state at one moment (under the store's lock). */
public interface StateView {

  /** The clock's time for this read or change. */
  Instant now();

  Optional<ZoneEntry> zone(long id);

  /** The live zone called {@code name} (lower case, no trailing dot). */
  Optional<ZoneEntry> zoneByName(String name);

  /** Every live zone, by ID. */
  List<ZoneEntry> zones();

  Optional<ActionEntry> action(long id);

  /** Every kept action, by ID. */
  List<ActionEntry> actions();

  /** The kept actions that work on {@code ref}, by ID. */
  List<ActionEntry> actionsOf(ResourceRef ref);

  Optional<SshKeyEntry> sshKey(long id);

  List<SshKeyEntry> sshKeys();

  Optional<ServerEntry> server(long id);

  List<ServerEntry> servers();

  /**
   * The record of {@code kind} with {@code key} (its ID, or its server's for per-server records).
   */
  <T> Optional<T> find(CloudKind<T> kind, long key);

  /** Every record of {@code kind}, by key. */
  <T> List<T> all(CloudKind<T> kind);
}
