package dev.hzone.emulator.state;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The emulator's state: zones, actions, SSH keys and servers as immutable records in maps guarded
 * by one read-write lock. Every change is a {@link Transaction}; when it succeeds, the files it
 * touched are written (each by write-then-rename, see {@link StateFiles}) before the change becomes
 * visible, so an answer the client got is always on disk.
 *
 * <p>The state is kept in shards that change atomically on their own: one per zone (the zone and
 * its actions), one for SSH keys, one for servers and their actions. Every transaction touches one
 * shard, so a crash at any moment leaves each file either old or new and never a half-done change.
 */
public final class StateStore {
  /**
   * Finished actions kept per shard; older ones are forgotten (the real API keeps them longer).
   * Every write of a zone rewrites its actions too, so this bounds the cost of a write.
   */
  public static final int ACTIONS_KEPT_PER_SHARD = 200;

  /**
   * Actions that finished within this window are kept whatever their number, so that a client
   * waiting for a large batch (a thousand changes to one zone) never sees its actions vanish before
   * it polls them.
   */
  public static final java.time.Duration ACTION_RETENTION = java.time.Duration.ofMinutes(15);

  private final Clock clock;
  private final Optional<StateFiles> files;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final StateMaps maps;
  private final java.util.List<Runnable> cloudListeners =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  private StateStore(Clock clock, Optional<StateFiles> files, StateFiles.Loaded loaded) {
    this.clock = clock;
    this.files = files;
    this.maps = new StateMaps(loaded);
  }

  /** A store kept in memory only. */
  public static StateStore inMemory(Clock clock) {
    return new StateStore(clock, Optional.empty(), StateFiles.Loaded.empty());
  }

  /**
   * A store that reads {@code files} now and writes them on every change.
   *
   * @throws StateFileException when a file is torn or corrupt
   */
  public static StateStore persistent(Clock clock, StateFiles files) {
    return new StateStore(clock, Optional.of(files), files.load());
  }

  /** Reads the state under the read lock. */
  public <T> T read(Function<StateView, T> reader) {
    lock.readLock().lock();
    try {
      return reader.apply(maps.new View(clock.instant()));
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Changes the state: runs {@code change} under the write lock, writes the touched files, then
   * runs the transaction's after-commit hooks. If {@code change} (or writing) throws, nothing
   * changes.
   */
  public <T> T write(Function<Transaction, T> change) {
    MapTransaction txn;
    T result;
    lock.writeLock().lock();
    try {
      txn = new MapTransaction(maps, clock.instant());
      try {
        result = change.apply(txn);
        txn.prune(ACTIONS_KEPT_PER_SHARD, ACTION_RETENTION);
        txn.persist(files);
      } catch (RuntimeException e) {
        txn.undo();
        throw e;
      }
    } finally {
      lock.writeLock().unlock();
    }
    txn.hooks().forEach(Runnable::run);
    if (txn.touched(StateMaps.SERVERS)) {
      cloudListeners.forEach(Runnable::run);
    }
    return result;
  }

  /**
   * Runs {@code listener} after every committed change to the Cloud resources (servers, IPs, load
   * balancers, certificates and their actions), outside the lock: derived views such as the reverse
   * DNS zones follow the state through it, whichever handler made the change.
   */
  public void onCloudCommit(Runnable listener) {
    cloudListeners.add(java.util.Objects.requireNonNull(listener));
  }
}
