package dev.hzone.emulator.state;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The state directory ({@code --state DIR}):
 *
 * <ul>
 *   <li>{@code state.json}: format marker and the next IDs (a hint; IDs found in the shards win);
 *   <li>{@code zones/ID.json}: one zone ({@code null} once deleted) and its actions;
 *   <li>{@code ssh_keys.json}; {@code servers.json}: servers and their actions;
 *   <li>{@code rate_limit.json}: the project's rate-limit budget when the emulator last stopped;
 *   <li>{@code .lock}: held while an emulator runs on the directory.
 * </ul>
 *
 * <p>Every file is written whole to {@code NAME.tmp} and then renamed over {@code NAME} atomically,
 * so a file is always the old or the new version, never half of one. Files are readable by the
 * owner only: secondary zones keep TSIG secrets. A file that does not parse is refused with its
 * name and what to do.
 */
public final class StateFiles implements AutoCloseable {
  static final String FORMAT = "hzone-emulator-state";
  static final int VERSION = 1;

  private final Path dir;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final boolean posix;

  private StateFiles(Path dir, FileChannel lockChannel, FileLock lock) {
    this.dir = dir;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  /**
   * Opens (creating if needed) and locks the state directory.
   *
   * @throws StateFileException when it cannot be created or another emulator holds it
   */
  public static StateFiles open(Path dir) {
    return open(dir, Duration.ZERO, d -> {});
  }

  /** Waits; injected so that tests need not wait for real. */
  @FunctionalInterface
  public interface Pause {
    void pause(Duration d) throws InterruptedException;
  }

  /**
   * Opens (creating if needed) and locks the state directory, waiting up to {@code wait} while
   * another emulator holds it (another {@code --local} command that is about to end).
   *
   * @throws StateFileException when it cannot be created or is still held after {@code wait}
   */
  public static StateFiles open(Path dir, Duration wait, Pause pause) {
    try {
      Files.createDirectories(dir.resolve("zones"));
    } catch (IOException e) {
      throw new StateFileException(
          "cannot create state directory " + dir + ": " + e.getMessage(), e);
    }
    long waitedMs = 0;
    while (true) {
      Optional<StateFiles> f = tryOpen(dir);
      if (f.isPresent()) {
        return f.get();
      }
      if (waitedMs >= wait.toMillis()) {
        throw new StateFileException(
            "state directory "
                + dir
                + " is in use by another running hzone emulator"
                + (wait.isZero() ? "" : " (waited " + wait.toSeconds() + " s)")
                + "; stop it or use another state directory");
      }
      try {
        pause.pause(Duration.ofMillis(100));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StateFileException("interrupted while waiting for state directory " + dir, e);
      }
      waitedMs += 100;
    }
  }

  /** The directory's files, or empty when another emulator holds its lock. */
  private static Optional<StateFiles> tryOpen(Path dir) {
    FileChannel ch = null;
    try {
      ch =
          FileChannel.open(
              dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock l = ch.tryLock();
      if (l == null) {
        closeQuietly(ch);
        return Optional.empty();
      }
      return Optional.of(new StateFiles(dir, ch, l));
    } catch (OverlappingFileLockException e) {
      closeQuietly(ch);
      return Optional.empty();
    } catch (IOException e) {
      closeQuietly(ch);
      throw new StateFileException("cannot lock state directory " + dir + ": " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(FileChannel ch) {
    if (ch != null) {
      try {
        ch.close();
      } catch (IOException ignored) {
        // already failing
      }
    }
  }

  /** The directory. */
  public Path dir() {
    return dir;
  }

  /** Reads every file (see {@link StateLoader}). */
  Loaded load() {
    return new StateLoader(dir).load();
  }

  /**
   * What the files hold.
   *
   * @param zones live zones
   * @param deletedZones IDs of deleted zones whose files keep their actions
   * @param actions every kept action
   * @param sshKeys SSH keys
   * @param servers servers
   * @param cloud the {@link CloudKind} records by kind name
   * @param ids the next IDs, past every ID found
   */
  record Loaded(
      List<ZoneEntry> zones,
      Set<Long> deletedZones,
      List<ActionEntry> actions,
      List<SshKeyEntry> sshKeys,
      List<ServerEntry> servers,
      java.util.Map<String, List<Object>> cloud,
      IdCounters ids) {
    static Loaded empty() {
      return new Loaded(
          List.of(),
          Set.of(),
          List.of(),
          List.of(),
          List.of(),
          java.util.Map.of(),
          new IdCounters());
    }
  }

  // ---- writing

  /** Writes the body of a file, after its format header, inside the top-level object. */
  @FunctionalInterface
  private interface Body {
    void write(JsonWriter w) throws IOException;
  }

  void writeZone(long id, Optional<ZoneEntry> zone, List<ActionEntry> actions) {
    writeAtomically(
        dir.resolve("zones").resolve(id + ".json"),
        FORMAT + "-zone",
        w -> {
          w.name("zone_id").value(id);
          w.name("zone");
          if (zone.isPresent()) {
            StateJsonWriter.zone(w, zone.get());
          } else {
            w.nullValue();
          }
          actionArray(w, actions);
        });
  }

  void writeSshKeys(List<SshKeyEntry> keys) {
    writeAtomically(
        dir.resolve("ssh_keys.json"),
        FORMAT + "-ssh-keys",
        w -> {
          w.name("ssh_keys").beginArray();
          for (SshKeyEntry k : keys) {
            StateJsonWriter.sshKey(w, k);
          }
          w.endArray();
        });
  }

  void writeServers(
      List<ServerEntry> servers,
      List<ActionEntry> actions,
      java.util.Map<String, ? extends java.util.Map<Long, Object>> cloud) {
    writeAtomically(
        dir.resolve("servers.json"),
        FORMAT + "-servers",
        w -> {
          w.name("servers").beginArray();
          for (ServerEntry s : servers) {
            StateJsonWriter.server(w, s);
          }
          w.endArray();
          w.name("resources").beginObject();
          for (CloudKind<?> k : CloudKinds.ALL) {
            w.name(k.name()).beginArray();
            java.util.Map<Long, Object> records = cloud.get(k.name());
            if (records != null) {
              for (Object x : records.values()) {
                CloudJson.write(w, x);
              }
            }
            w.endArray();
          }
          w.endObject();
          actionArray(w, actions);
        });
  }

  /**
   * The project's rate-limit budget as the emulator saved it when it stopped.
   *
   * @param limit requests per hour then (a budget saved under another limit is not carried over)
   * @param remaining requests left then, fractions of the refill included
   * @param savedAtMillis when, in epoch milliseconds of the emulator's clock
   */
  public record SavedRateLimit(int limit, double remaining, long savedAtMillis) {}

  private static final String RATE_LIMIT_FILE = "rate_limit.json";

  /**
   * The budget in {@code rate_limit.json}; empty when there is none, or the file is damaged (a
   * damaged budget costs nothing but a full one).
   */
  public Optional<SavedRateLimit> readRateLimit() {
    Path f = dir.resolve(RATE_LIMIT_FILE);
    try {
      if (!Files.isRegularFile(f)) {
        return Optional.empty();
      }
      com.google.gson.JsonObject o =
          com.google.gson.JsonParser.parseString(Files.readString(f, StandardCharsets.UTF_8))
              .getAsJsonObject();
      if (!(FORMAT + "-rate-limit").equals(o.get("format").getAsString())
          || o.get("version").getAsInt() != VERSION) {
        return Optional.empty();
      }
      return Optional.of(
          new SavedRateLimit(
              o.get("limit").getAsInt(),
              o.get("remaining").getAsDouble(),
              o.get("saved_at_ms").getAsLong()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Saves the project's budget (atomically, as every state file). */
  public void writeRateLimit(SavedRateLimit b) {
    writeAtomically(
        dir.resolve(RATE_LIMIT_FILE),
        FORMAT + "-rate-limit",
        w -> {
          w.name("limit").value(b.limit());
          w.name("remaining").value(b.remaining());
          w.name("saved_at_ms").value(b.savedAtMillis());
        });
  }

  void writeIds(IdCounters ids) {
    writeAtomically(
        dir.resolve("state.json"),
        FORMAT,
        w -> {
          w.name("next_ids").beginObject();
          for (IdCounters.Kind k : IdCounters.Kind.values()) {
            w.name(k.key()).value(ids.peek(k));
          }
          w.endObject();
        });
  }

  private static void actionArray(JsonWriter w, List<ActionEntry> actions) throws IOException {
    w.name("actions").beginArray();
    for (ActionEntry a : actions) {
      StateJsonWriter.action(w, a);
    }
    w.endArray();
  }

  /** Writes {@code NAME.tmp} whole, then renames it over {@code NAME} atomically. */
  private void writeAtomically(Path target, String format, Body body) {
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    try {
      Files.deleteIfExists(tmp);
      if (posix) {
        Files.createFile(
            tmp,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      }
      try (Writer out =
              Files.newBufferedWriter(
                  tmp,
                  StandardCharsets.UTF_8,
                  StandardOpenOption.CREATE,
                  StandardOpenOption.TRUNCATE_EXISTING,
                  StandardOpenOption.WRITE);
          JsonWriter w = new JsonWriter(out)) {
        w.setHtmlSafe(false);
        w.setSerializeNulls(true);
        w.beginObject();
        w.name("format").value(format);
        w.name("version").value(VERSION);
        body.write(w);
        w.endObject();
        w.flush();
        out.write('\n');
      }
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("the file system of " + dir + " cannot rename atomically", e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // the channel closes anyway
    }
    closeQuietly(lockChannel);
  }
}
