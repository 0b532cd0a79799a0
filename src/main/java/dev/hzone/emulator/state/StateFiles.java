package dev.hzone.emulator.state;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The state directory ({@code --state DIR}):
 *
 * <ul>
 *   <li>{@code state.json}: format marker and the next IDs (a hint; IDs found in the shards win);
 *   <li>{@code zones/ID.json}: one zone ({@code null} once deleted) and its actions;
 *   <li>{@code ssh_keys.json}; {@code servers.json}: servers and their actions;
 *   <li>{@code .lock}: held while an emulator runs on the directory.
 * </ul>
 *
 * <p>Every file is written whole to {@code NAME.tmp} and then renamed over {@code NAME} atomically, so a file
 * is always the old or the new version, never half of one. Files are readable by the owner only: secondary
 * zones keep TSIG secrets. A file that does not parse is refused with its name and what to do.
 */
public final class StateFiles implements AutoCloseable {
  static final String FORMAT = "hzone-emulator-state";
  static final int VERSION = 1;
  private static final Pattern ZONE_FILE = Pattern.compile("[0-9]+\\.json");

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
    try {
      Files.createDirectories(dir.resolve("zones"));
    } catch (IOException e) {
      throw new StateFileException("cannot create state directory " + dir + ": " + e.getMessage(), e);
    }
    FileChannel ch = null;
    try {
      ch = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock l = ch.tryLock();
      if (l == null) {
        throw new OverlappingFileLockException();
      }
      return new StateFiles(dir, ch, l);
    } catch (OverlappingFileLockException e) {
      closeQuietly(ch);
      throw new StateFileException("state directory " + dir + " is in use by another running hzone emulator;"
          + " stop it or use another --state directory");
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

  /**
   * What the files hold.
   *
   * @param zones live zones
   * @param deletedZones IDs of deleted zones whose files keep their actions
   * @param actions every kept action
   * @param sshKeys SSH keys
   * @param servers servers
   * @param ids the next IDs, past every ID found
   */
  record Loaded(List<ZoneEntry> zones, Set<Long> deletedZones, List<ActionEntry> actions,
      List<SshKeyEntry> sshKeys, List<ServerEntry> servers, IdCounters ids) {
    static Loaded empty() {
      return new Loaded(List.of(), Set.of(), List.of(), List.of(), List.of(), new IdCounters());
    }
  }

  /** Reads every file; leftovers of interrupted writes ({@code *.tmp}) are removed first. */
  Loaded load() {
    removeLeftovers(dir);
    removeLeftovers(dir.resolve("zones"));
    IdCounters ids = new IdCounters();
    Optional<JsonObject> marker = readIfExists(dir.resolve("state.json"));
    if (marker.isPresent()) {
      StateCodec.Reader r = new StateCodec.Reader(marker.get(), file("state.json"));
      checkFormat(r, FORMAT);
      StateCodec.Reader next = r.object("next_ids");
      for (IdCounters.Kind k : IdCounters.Kind.values()) {
        ids.atLeastAfter(k, next.longValue(k.key()) - 1);
      }
    }
    List<ZoneEntry> zones = new ArrayList<>();
    Set<Long> deleted = new HashSet<>();
    List<ActionEntry> actions = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Path p : zoneFiles()) {
      String name = "zones/" + p.getFileName();
      StateCodec.Reader r = new StateCodec.Reader(readIfExists(p).orElseThrow(), file(name));
      checkFormat(r, FORMAT + "-zone");
      long id = r.longValue("zone_id");
      if (!p.getFileName().toString().equals(id + ".json")) {
        throw corrupt(name, "it holds zone " + id);
      }
      ids.atLeastAfter(IdCounters.Kind.ZONE, id);
      if (r.isNull("zone")) {
        deleted.add(id);
      } else {
        ZoneEntry z = StateCodec.zone(r.object("zone"));
        if (!names.add(z.name())) {
          throw corrupt(name, "zone " + z.name() + " exists twice");
        }
        zones.add(z);
      }
      for (StateCodec.Reader a : r.objects("actions")) {
        actions.add(StateCodec.action(a));
      }
    }
    List<SshKeyEntry> keys = new ArrayList<>();
    Optional<JsonObject> keyFile = readIfExists(dir.resolve("ssh_keys.json"));
    if (keyFile.isPresent()) {
      StateCodec.Reader r = new StateCodec.Reader(keyFile.get(), file("ssh_keys.json"));
      checkFormat(r, FORMAT + "-ssh-keys");
      for (StateCodec.Reader k : r.objects("ssh_keys")) {
        keys.add(StateCodec.sshKey(k));
      }
    }
    List<ServerEntry> servers = new ArrayList<>();
    Optional<JsonObject> serverFile = readIfExists(dir.resolve("servers.json"));
    if (serverFile.isPresent()) {
      StateCodec.Reader r = new StateCodec.Reader(serverFile.get(), file("servers.json"));
      checkFormat(r, FORMAT + "-servers");
      for (StateCodec.Reader s : r.objects("servers")) {
        servers.add(StateCodec.server(s));
      }
      for (StateCodec.Reader a : r.objects("actions")) {
        actions.add(StateCodec.action(a));
      }
    }
    actions.forEach(a -> ids.atLeastAfter(IdCounters.Kind.ACTION, a.id()));
    keys.forEach(k -> ids.atLeastAfter(IdCounters.Kind.SSH_KEY, k.id()));
    for (ServerEntry s : servers) {
      ids.atLeastAfter(IdCounters.Kind.SERVER, s.id());
      ids.atLeastAfter(IdCounters.Kind.PRIMARY_IP, Math.max(s.ipv4().id(), s.ipv6().id()));
    }
    return new Loaded(zones, deleted, actions, keys, servers, ids);
  }

  private String file(String name) {
    return "state file " + dir.resolve(name);
  }

  private StateFileException corrupt(String name, String why) {
    return new StateFileException(file(name) + " is corrupt: " + why + advice());
  }

  private static String advice() {
    return "; the emulator does not start over on its own: restore the file, or move the state directory"
        + " away to start empty";
  }

  private void checkFormat(StateCodec.Reader r, String format) {
    try {
      if (!r.string("format").equals(format)) {
        throw new StateFileException(r.where() + " is not an hzone emulator file of kind " + format + advice());
      }
      if (r.intValue("version") != VERSION) {
        throw new StateFileException(r.where() + " has format version " + r.intValue("version")
            + "; this hzone reads version " + VERSION);
      }
    } catch (StateFileException e) {
      if (e.getMessage().endsWith(advice())) {
        throw e;
      }
      throw new StateFileException(e.getMessage() + advice(), e);
    }
  }

  private List<Path> zoneFiles() {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir.resolve("zones"))) {
      for (Path p : ds) {
        if (ZONE_FILE.matcher(p.getFileName().toString()).matches()) {
          out.add(p);
        }
      }
    } catch (IOException e) {
      throw new StateFileException("cannot list " + dir.resolve("zones") + ": " + e.getMessage(), e);
    }
    out.sort(null);
    return out;
  }

  private static void removeLeftovers(Path d) {
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(d, "*.tmp")) {
      for (Path p : ds) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new StateFileException("cannot clean " + d + ": " + e.getMessage(), e);
    }
  }

  private Optional<JsonObject> readIfExists(Path p) {
    if (!Files.exists(p)) {
      return Optional.empty();
    }
    String name = dir.relativize(p).toString();
    String text;
    try {
      text = Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StateFileException("cannot read " + file(name) + ": " + e.getMessage(), e);
    }
    if (text.isBlank()) {
      throw corrupt(name, "it is empty (torn write?)");
    }
    try {
      JsonReader reader = new JsonReader(new StringReader(text));
      JsonElement e = JsonParser.parseReader(reader);
      if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
        throw corrupt(name, "text follows the JSON document");
      }
      if (!e.isJsonObject()) {
        throw corrupt(name, "it is not a JSON object");
      }
      return Optional.of(e.getAsJsonObject());
    } catch (JsonParseException | IOException e) {
      String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
      throw corrupt(name, "it is not valid JSON (" + why + ")");
    }
  }

  // ---- writing

  /** Writes the body of a file, after its format header, inside the top-level object. */
  @FunctionalInterface
  private interface Body {
    void write(JsonWriter w) throws IOException;
  }

  void writeZone(long id, Optional<ZoneEntry> zone, List<ActionEntry> actions) {
    writeAtomically(dir.resolve("zones").resolve(id + ".json"), FORMAT + "-zone", w -> {
      w.name("zone_id").value(id);
      w.name("zone");
      if (zone.isPresent()) {
        StateCodec.zone(w, zone.get());
      } else {
        w.nullValue();
      }
      actionArray(w, actions);
    });
  }

  void writeSshKeys(List<SshKeyEntry> keys) {
    writeAtomically(dir.resolve("ssh_keys.json"), FORMAT + "-ssh-keys", w -> {
      w.name("ssh_keys").beginArray();
      for (SshKeyEntry k : keys) {
        StateCodec.sshKey(w, k);
      }
      w.endArray();
    });
  }

  void writeServers(List<ServerEntry> servers, List<ActionEntry> actions) {
    writeAtomically(dir.resolve("servers.json"), FORMAT + "-servers", w -> {
      w.name("servers").beginArray();
      for (ServerEntry s : servers) {
        StateCodec.server(w, s);
      }
      w.endArray();
      actionArray(w, actions);
    });
  }

  void writeIds(IdCounters ids) {
    writeAtomically(dir.resolve("state.json"), FORMAT, w -> {
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
      StateCodec.action(w, a);
    }
    w.endArray();
  }

  /** Writes {@code NAME.tmp} whole, then renames it over {@code NAME} atomically. */
  private void writeAtomically(Path target, String format, Body body) {
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    try {
      Files.deleteIfExists(tmp);
      if (posix) {
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      }
      try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
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
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
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
