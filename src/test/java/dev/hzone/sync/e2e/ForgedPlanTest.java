package dev.hzone.sync.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 (4): anyone who can edit a saved plan can recompute its SHA-256. {@code apply PLAN.json}
 * makes the plan again from the zone files and hzone.toml and sends nothing unless it is the plan
 * in the file, so an added delete, an edited value or safety thresholds raised in the file change
 * nothing.
 */
class ForgedPlanTest {
  private static final Gson COMPACT =
      new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

  @TempDir Path dir;
  private EmulatorFixture emu;

  @BeforeEach
  void start() {
    emu = new EmulatorFixture(dir);
  }

  @AfterEach
  void stop() {
    emu.close();
  }

  private static String zone(String wwwAddress, boolean withOld) {
    StringBuilder z =
        new StringBuilder("$ORIGIN example.com.\n$TTL 3600\nwww IN A " + wwwAddress + "\n");
    for (int i = 0; i < 12; i++) {
      z.append("host").append(i).append(" IN A 192.0.2.").append(10 + i).append('\n');
    }
    if (withOld) {
      z.append("old IN A 192.0.2.200\n");
    }
    return z.toString();
  }

  private JsonObject readPlan() throws Exception {
    return JsonParser.parseString(Files.readString(dir.resolve("plan.json"))).getAsJsonObject();
  }

  private void writeForged(JsonObject doc) throws Exception {
    byte[] d =
        MessageDigest.getInstance("SHA-256")
            .digest(COMPACT.toJson(doc.getAsJsonArray("zones")).getBytes(StandardCharsets.UTF_8));
    doc.addProperty("checksum", "sha256:" + HexFormat.of().formatHex(d));
    Files.writeString(
        dir.resolve("plan.json"),
        new GsonBuilder()
            .disableHtmlEscaping()
            .serializeNulls()
            .setPrettyPrinting()
            .create()
            .toJson(doc));
  }

  /** A genuine delete of {@code old/A}, taken from a plan of a file without it. */
  private JsonElement deleteOfOld() throws Exception {
    emu.write("zones/example.com.zone", zone("192.0.2.1", false));
    EmulatorFixture.Run r = emu.run("-o", "json", "plan", "zones/");
    JsonObject doc = JsonParser.parseString(r.out()).getAsJsonObject();
    for (JsonElement c :
        doc.getAsJsonArray("zones").get(0).getAsJsonObject().getAsJsonArray("changes")) {
      if (c.getAsJsonObject().get("change").getAsString().equals("delete_rrset")) {
        return c;
      }
    }
    throw new AssertionError("no delete in " + r.out());
  }

  @Test
  void aForgedPlanWithARecomputedChecksumIsRefusedWithNothingSent() throws Exception {
    emu.write("zones/example.com.zone", zone("192.0.2.1", true));
    assertEquals(0, emu.run("apply", "--yes", "--create-zones", "zones/").code());
    JsonElement delete = deleteOfOld();
    // The reviewed change: www from .1 to .2.
    emu.write("zones/example.com.zone", zone("192.0.2.2", true));
    assertEquals(2, emu.run("plan", "--detailed-exitcode", "--out", "plan.json", "zones/").code());
    JsonObject genuine = readPlan();

    JsonObject forged = genuine.deepCopy();
    JsonObject z = forged.getAsJsonArray("zones").get(0).getAsJsonObject();
    z.getAsJsonArray("changes").add(delete);
    JsonObject safety = z.getAsJsonObject("safety");
    safety.addProperty("max_update_fraction", 1.0);
    safety.addProperty("max_delete_fraction", 1.0);
    String edited = COMPACT.toJson(forged).replace("\"192.0.2.2\"", "\"203.0.113.66\"");
    forged = JsonParser.parseString(edited).getAsJsonObject();
    writeForged(forged);

    emu.markLog();
    EmulatorFixture.Run r = emu.run("apply", "--yes", "plan.json");
    assertEquals(1, r.code(), r::toString);
    assertTrue(
        r.err()
            .contains(
                "plan.json is not the plan the zone files and hzone.toml give now"
                    + " (example.com differ)"),
        r::toString);
    List<String> requests = emu.requestsSinceMark();
    assertTrue(
        requests.stream().allMatch(l -> l.startsWith("GET ")), () -> "requests: " + requests);

    // Each forgery alone is refused too; the genuine plan still applies exactly.
    JsonObject thresholdsOnly = genuine.deepCopy();
    thresholdsOnly
        .getAsJsonArray("zones")
        .get(0)
        .getAsJsonObject()
        .getAsJsonObject("safety")
        .addProperty("max_delete_fraction", 1.0);
    writeForged(thresholdsOnly);
    assertEquals(1, emu.run("apply", "--yes", "plan.json").code());
    JsonObject redirected = genuine.deepCopy();
    JsonArray paths = new JsonArray();
    paths.add("/etc");
    redirected.getAsJsonObject("inputs").add("paths", paths);
    writeForged(redirected);
    EmulatorFixture.Run out = emu.run("apply", "--yes", "plan.json");
    assertEquals(65, out.code(), out::toString);
    assertTrue(out.err().contains("outside the working directory"), out::toString);

    writeForged(genuine);
    emu.markLog();
    EmulatorFixture.Run ok = emu.run("apply", "--yes", "plan.json");
    assertEquals(0, ok.code(), ok::toString);
    assertEquals(
        1,
        emu.requestsSinceMark().stream().filter(l -> !l.startsWith("GET ")).count(),
        () -> "requests: " + emu.requestsSinceMark());
    assertEquals(0, emu.run("plan", "--detailed-exitcode", "zones/").code());
  }

  @Test
  void aPlanIsRefusedWhenTheZoneFilesChangedSinceItWasMade() throws Exception {
    emu.write("zones/example.com.zone", zone("192.0.2.1", true));
    assertEquals(0, emu.run("apply", "--yes", "--create-zones", "zones/").code());
    emu.write("zones/example.com.zone", zone("192.0.2.2", true));
    assertEquals(2, emu.run("plan", "--detailed-exitcode", "--out", "plan.json", "zones/").code());
    emu.write("zones/example.com.zone", zone("192.0.2.3", true));
    emu.markLog();
    EmulatorFixture.Run r = emu.run("apply", "--yes", "plan.json");
    assertEquals(1, r.code(), r::toString);
    assertTrue(emu.requestsSinceMark().stream().allMatch(l -> l.startsWith("GET ")));
  }
}
