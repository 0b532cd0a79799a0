package dev.hzone.emulator.state;

/**
 * A change to the state, made under the store's write lock. Handlers check everything first and
 * then put; if anything throws, every put is undone. When the function returns, the store writes
 * the changed files and only then makes the change visible to readers and runs the {@link
 * #afterCommit} hooks.
 */
public interface Transaction extends StateView {

  long nextZoneId();

  long nextActionId();

  long nextSshKeyId();

  long nextServerId();

  long nextPrimaryIpId();

  /** Adds or replaces a zone. */
  void putZone(ZoneEntry zone);

  /** Deletes a zone; its actions stay. */
  void removeZone(long id);

  void putAction(ActionEntry action);

  void putSshKey(SshKeyEntry key);

  void removeSshKey(long id);

  void putServer(ServerEntry server);

  void removeServer(long id);

  /** Hands out the next ID of {@code kind}. */
  long nextId(IdCounters.Kind kind);

  /** Adds or replaces a record of {@code kind}, by its key. */
  <T> void put(CloudKind<T> kind, T value);

  /** Deletes the record of {@code kind} with {@code key}, if any. */
  void remove(CloudKind<?> kind, long key);

  /** Runs {@code hook} once the change is written and visible (outside the lock). */
  void afterCommit(Runnable hook);
}
