package dev.hzone.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Seeds an emulator's state directory (written by a stopped emulator started with {@code --state})
 * with what the emulator's API rightly refuses to create: an RRSet of a type beyond the spec's
 * enum, as the live API holds once Hetzner adds a type (ledger L-UNKNOWN-TYPE). Start an emulator
 * on the directory again to serve it.
 */
public final class StateSeeds {
  private StateSeeds() {}

  /**
   * Adds the RRSet {@code name}/{@code type} with {@code values} (no comments, no labels) to the
   * zone {@code zone}'s state file in {@code stateDir}.
   */
  public static void addRrset(
      Path stateDir, String zone, String name, String type, Integer ttl, String... values) {
    try (Stream<Path> files = Files.list(stateDir.resolve("zones"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        JsonObject file = JsonParser.parseString(Files.readString(f)).getAsJsonObject();
        if (!file.has("zone") || file.get("zone").isJsonNull()) {
          continue;
        }
        JsonObject z = file.getAsJsonObject("zone");
        if (!zone.equals(z.get("name").getAsString())) {
          continue;
        }
        JsonObject r = new JsonObject();
        r.addProperty("name", name);
        r.addProperty("type", type);
        r.addProperty("ttl", ttl);
        r.add("labels", new JsonObject());
        r.addProperty("change_protected", false);
        JsonArray records = new JsonArray();
        for (String v : List.of(values)) {
          JsonObject o = new JsonObject();
          o.addProperty("value", v);
          o.addProperty("comment", "");
          records.add(o);
        }
        r.add("records", records);
        z.getAsJsonArray("rrsets").add(r);
        Files.writeString(f, file.toString());
        return;
      }
      throw new IllegalArgumentException("no state file of zone " + zone + " in " + stateDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
