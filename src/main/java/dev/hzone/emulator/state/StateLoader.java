package dev.hzone.emulator.state;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a state directory at start-up, strictly: a file that is empty, torn, not JSON, of another
 * format or missing a member stops the start with its name and what to do. Leftovers of interrupted
 * writes ({@code *.tmp}, never renamed into place) are removed first.
 */
final class StateLoader {
  private static final Pattern ZONE_FILE = Pattern.compile("[0-9]+\\.json");

  private final Path dir;

  StateLoader(Path dir) {
    this.dir = dir;
  }

  /** Reads every file; leftovers of interrupted writes ({@code *.tmp}) are removed first. */
  StateFiles.Loaded load() {
    removeLeftovers(dir);
    removeLeftovers(dir.resolve("zones"));
    IdCounters ids = new IdCounters();
    Optional<JsonObject> marker = readIfExists(dir.resolve("state.json"));
    if (marker.isPresent()) {
      StateJsonReader.Reader r = new StateJsonReader.Reader(marker.get(), file("state.json"));
      checkFormat(r, StateFiles.FORMAT);
      StateJsonReader.Reader next = r.object("next_ids");
      for (IdCounters.Kind k : IdCounters.Kind.values()) {
        // Kinds added later are missing from older files; the IDs found in the shards still count.
        if (next.has(k.key())) {
          ids.atLeastAfter(k, next.longValue(k.key()) - 1);
        }
      }
    }
    List<ZoneEntry> zones = new ArrayList<>();
    Set<Long> deleted = new HashSet<>();
    List<ActionEntry> actions = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Path p : zoneFiles()) {
      String name = "zones/" + p.getFileName();
      StateJsonReader.Reader r =
          new StateJsonReader.Reader(readIfExists(p).orElseThrow(), file(name));
      checkFormat(r, StateFiles.FORMAT + "-zone");
      long id = r.longValue("zone_id");
      if (!p.getFileName().toString().equals(id + ".json")) {
        throw corrupt(name, "it holds zone " + id);
      }
      ids.atLeastAfter(IdCounters.Kind.ZONE, id);
      if (r.isNull("zone")) {
        deleted.add(id);
      } else {
        ZoneEntry z = StateJsonReader.zone(r.object("zone"));
        if (!names.add(z.name())) {
          throw corrupt(name, "zone " + z.name() + " exists twice");
        }
        zones.add(z);
      }
      for (StateJsonReader.Reader a : r.objects("actions")) {
        actions.add(StateJsonReader.action(a));
      }
    }
    List<SshKeyEntry> keys = new ArrayList<>();
    Optional<JsonObject> keyFile = readIfExists(dir.resolve("ssh_keys.json"));
    if (keyFile.isPresent()) {
      StateJsonReader.Reader r = new StateJsonReader.Reader(keyFile.get(), file("ssh_keys.json"));
      checkFormat(r, StateFiles.FORMAT + "-ssh-keys");
      for (StateJsonReader.Reader k : r.objects("ssh_keys")) {
        keys.add(StateJsonReader.sshKey(k));
      }
    }
    List<ServerEntry> servers = new ArrayList<>();
    java.util.Map<String, List<Object>> cloud = new java.util.HashMap<>();
    Optional<JsonObject> serverFile = readIfExists(dir.resolve("servers.json"));
    if (serverFile.isPresent()) {
      StateJsonReader.Reader r = new StateJsonReader.Reader(serverFile.get(), file("servers.json"));
      checkFormat(r, StateFiles.FORMAT + "-servers");
      for (StateJsonReader.Reader s : r.objects("servers")) {
        servers.add(StateJsonReader.server(s));
      }
      // Files written before the other Cloud resources were emulated have no "resources".
      if (r.has("resources")) {
        StateJsonReader.Reader res = r.object("resources");
        for (CloudKind<?> k : CloudKinds.ALL) {
          if (!res.has(k.name())) {
            continue;
          }
          List<Object> list = new ArrayList<>();
          for (StateJsonReader.Reader x : res.objects(k.name())) {
            Object value = x.as(k.type());
            list.add(value);
            k.ids().ifPresent(kind -> ids.atLeastAfter(kind, k.key(value)));
          }
          cloud.put(k.name(), list);
        }
      }
      if (!cloud.containsKey(CloudKinds.PRIMARY_IPS.name())) {
        cloud.put(CloudKinds.PRIMARY_IPS.name(), primaryIpsOfOlderState(servers));
      }
      for (StateJsonReader.Reader a : r.objects("actions")) {
        actions.add(StateJsonReader.action(a));
      }
    }
    actions.forEach(a -> ids.atLeastAfter(IdCounters.Kind.ACTION, a.id()));
    keys.forEach(k -> ids.atLeastAfter(IdCounters.Kind.SSH_KEY, k.id()));
    for (ServerEntry s : servers) {
      ids.atLeastAfter(IdCounters.Kind.SERVER, s.id());
      ids.atLeastAfter(IdCounters.Kind.PRIMARY_IP, Math.max(s.ipv4().id(), s.ipv6().id()));
    }
    return new StateFiles.Loaded(zones, deleted, actions, keys, servers, cloud, ids);
  }

  /**
   * A state written before primary IPs were resources kept them inside the servers: they become
   * primary IPs assigned to their servers and deleted with them, as servers create them.
   */
  private static List<Object> primaryIpsOfOlderState(List<ServerEntry> servers) {
    List<Object> out = new ArrayList<>();
    for (ServerEntry s : servers) {
      for (ServerEntry.PrimaryIp ip : List.of(s.ipv4(), s.ipv6())) {
        out.add(
            new PrimaryIpEntry(
                ip.id(),
                "primary_ip-" + ip.id(),
                ip == s.ipv4() ? "ipv4" : "ipv6",
                ip.ip(),
                s.location(),
                Optional.of(s.id()),
                true,
                java.util.Map.of(),
                false,
                java.util.Map.of(),
                s.created()));
      }
    }
    return out;
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

  private void checkFormat(StateJsonReader.Reader r, String format) {
    try {
      if (!r.string("format").equals(format)) {
        throw new StateFileException(
            r.where() + " is not an hzone emulator file of kind " + format + advice());
      }
      if (r.intValue("version") != StateFiles.VERSION) {
        throw new StateFileException(
            r.where()
                + " has format version "
                + r.intValue("version")
                + "; this hzone reads version "
                + StateFiles.VERSION);
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
      throw new StateFileException(
          "cannot list " + dir.resolve("zones") + ": " + e.getMessage(), e);
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
}
