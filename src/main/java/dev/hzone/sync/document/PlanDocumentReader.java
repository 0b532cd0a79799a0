package dev.hzone.sync.document;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.sync.SyncException;
import dev.hzone.sync.TsigKeyFiles;
import dev.hzone.sync.plan.Change;
import dev.hzone.sync.plan.IgnoredRrset;
import dev.hzone.sync.plan.Plan;
import dev.hzone.sync.plan.SafetyPolicy;
import dev.hzone.sync.plan.Strategy;
import dev.hzone.sync.plan.ZonePlan;
import dev.hzone.sync.remote.ReadMethod;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a plan document written by {@link JsonPlanPrinter} back into a {@link Plan}, for {@code
 * hzone apply PLAN.json}. The document's checksum must match its zones, so a plan is applied
 * exactly as it was shown, or not at all; TSIG keys are read again from their files.
 */
public final class PlanDocumentReader {
  private final PlanJsonCodec codec = new PlanJsonCodec(TsigKeyFiles::read);

  /**
   * Parses {@code text}, the content of {@code source}.
   *
   * @throws PlanDocumentException when it is not a plan document of a supported version, or was
   *     changed
   */
  public Plan read(String source, String text) {
    JsonObject doc;
    try {
      JsonElement e = JsonParser.parseString(text);
      if (!e.isJsonObject()) {
        throw new PlanDocumentException(source, "is not a JSON object");
      }
      doc = e.getAsJsonObject();
    } catch (JsonParseException e) {
      throw new PlanDocumentException(
          source, "is not valid JSON (" + firstLine(e.getMessage()) + ")");
    }
    if (!doc.has("format") || !JsonPlanPrinter.FORMAT.equals(doc.get("format").getAsString())) {
      throw new PlanDocumentException(
          source, "is not an hzone plan (no \"format\": \"hzone-plan\")");
    }
    int version = doc.get("version").getAsInt();
    if (version != JsonPlanPrinter.VERSION) {
      throw new PlanDocumentException(
          source,
          "is a version " + version + " plan; this hzone reads version " + JsonPlanPrinter.VERSION);
    }
    JsonArray zones = doc.getAsJsonArray("zones");
    String checksum = doc.has("checksum") ? doc.get("checksum").getAsString() : "";
    if (zones == null || !JsonPlanPrinter.checksum(zones).equals(checksum)) {
      throw new PlanDocumentException(
          source,
          "does not match its checksum: it was changed after hzone wrote it;"
              + " run hzone plan --out again");
    }
    try {
      List<ZonePlan> out = new ArrayList<>();
      for (JsonElement z : zones) {
        out.add(zone(z.getAsJsonObject()));
      }
      return new Plan(out);
    } catch (SyncException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new PlanDocumentException(
          source, "has a field hzone cannot read (" + e.getMessage() + ")");
    }
  }

  private ZonePlan zone(JsonObject o) {
    String zone = o.get("zone").getAsString();
    List<Change> changes = new ArrayList<>();
    for (JsonElement c : o.getAsJsonArray("changes")) {
      changes.add(codec.change(c.getAsJsonObject(), zone));
    }
    List<IgnoredRrset> ignored = new ArrayList<>();
    for (JsonElement i : o.getAsJsonArray("ignored")) {
      JsonObject io = i.getAsJsonObject();
      ignored.add(
          new IgnoredRrset(
              io.get("name").getAsString(),
              io.get("type").getAsString(),
              io.get("reason").getAsString()));
    }
    List<String> warnings = new ArrayList<>();
    for (JsonElement w : o.getAsJsonArray("warnings")) {
      warnings.add(w.getAsString());
    }
    JsonObject s = o.getAsJsonObject("safety");
    SafetyPolicy safety =
        new SafetyPolicy(
            s.get("max_update_fraction").getAsDouble(),
            s.get("max_delete_fraction").getAsDouble(),
            s.get("min_existing_rrsets").getAsInt());
    return new ZonePlan(
        zone,
        o.get("exists").getAsBoolean(),
        mode(o.get("mode").getAsString()),
        Strategy.fromText(o.get("strategy").getAsString()).orElseThrow(),
        readMethod(o.get("read").getAsString()),
        o.get("remote_fingerprint").getAsString(),
        o.get("existing_rrsets").getAsInt(),
        o.get("desired_empty").getAsBoolean(),
        changes,
        ignored,
        warnings,
        safety);
  }

  private static ZoneMode mode(String s) {
    return ZoneMode.fromText(s)
        .orElseThrow(() -> new IllegalArgumentException("unknown mode " + s));
  }

  private static ReadMethod readMethod(String s) {
    for (ReadMethod m : ReadMethod.values()) {
      if (m.id().equals(s)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown read method " + s);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "no detail";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** A plan file that cannot be applied as it is. */
  public static final class PlanDocumentException extends SyncException {
    PlanDocumentException(String source, String problem) {
      super(source + " " + problem);
    }
  }
}
