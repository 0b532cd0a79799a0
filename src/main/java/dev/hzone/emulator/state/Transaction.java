package dev.hzone.emulator.state;

/**
 * A change to the state, made under the store's write lock. Handlers check everything first and then put;
 * if anything throws, every put is undone. When the function returns, the store writes the changed files and
 * only then makes the change visible to readers and runs the {@link #afterCommit} hooks.
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
  long nextId(ResourceKind<?> kind);

  /** Adds or replaces a resource of {@code kind}. */
  <T extends Record> void put(ResourceKind<T> kind, T entry);

  /** Deletes the resource of {@code kind} with {@code id}, if there is one. */
  void remove(ResourceKind<?> kind, long id);

  /** Runs {@code hook} once the change is written and visible (outside the lock). */
  void afterCommit(Runnable hook);
}
