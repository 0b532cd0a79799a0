package dev.hzone.sync.document;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.hzone.sync.plan.Change;
import dev.hzone.sync.plan.IgnoredRrset;
import dev.hzone.sync.plan.Plan;
import dev.hzone.sync.plan.PlanCost;
import dev.hzone.sync.plan.SafetyViolation;
import dev.hzone.sync.plan.ZonePlan;
import dev.hzone.sync.remote.RemoteZone;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a {@link Plan} as the plan document ({@code hzone plan -o json}, {@code hzone plan --out
 * FILE}), format {@code hzone-plan} version {@value #VERSION}. The document is stable: fields are
 * only ever added, and {@code checksum} (a SHA-256 of the {@code zones} array as written) lets
 * {@code hzone apply FILE} tell that the file is the one written. The README's "The plan document"
 * section describes every field; the JSON Schema is {@code
 * src/main/resources/dev/hzone/sync/document/plan.schema.json}.
 */
public final class JsonPlanPrinter {
  /** The format's version. */
  public static final int VERSION = 1;

  /** The format's name, in the document's {@code format} field. */
  public static final String FORMAT = "hzone-plan";

  private static final Gson COMPACT =
      new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
  private static final Gson PRETTY =
      new GsonBuilder().disableHtmlEscaping().serializeNulls().setPrettyPrinting().create();

  /** Writes the document, indented, with a final newline. */
  public void print(Plan plan, Appendable out) {
    try {
      out.append(PRETTY.toJson(toJson(plan))).append('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document as a JSON tree. */
  public JsonObject toJson(Plan plan) {
    JsonArray zones = new JsonArray();
    for (ZonePlan z : plan.zones()) {
      zones.add(zone(z));
    }
    JsonObject doc = new JsonObject();
    doc.addProperty("format", FORMAT);
    doc.addProperty("version", VERSION);
    JsonObject summary = new JsonObject();
    summary.addProperty("create", plan.count(Change.Kind.CREATE));
    summary.addProperty("change", plan.count(Change.Kind.CHANGE));
    summary.addProperty("delete", plan.count(Change.Kind.DELETE));
    PlanCost cost = plan.cost();
    summary.addProperty("requests", cost.requests());
    summary.addProperty("writes", cost.writes());
    summary.addProperty("polls", cost.polls());
    doc.add("summary", summary);
    JsonArray violations = new JsonArray();
    for (SafetyViolation v : plan.violations()) {
      JsonObject o = new JsonObject();
      o.addProperty("zone", v.zone());
      o.addProperty("rule", v.rule());
      o.addProperty("message", v.message());
      violations.add(o);
    }
    doc.add("violations", violations);
    doc.add("zones", zones);
    doc.addProperty("checksum", checksum(zones));
    return doc;
  }

  /** The SHA-256 of the zones array in its compact form. */
  static String checksum(JsonArray zones) {
    return RemoteZone.sha256(COMPACT.toJson(zones));
  }

  private static JsonObject zone(ZonePlan z) {
    JsonObject o = new JsonObject();
    o.addProperty("zone", z.zone());
    o.addProperty("exists", z.exists());
    o.addProperty("mode", z.mode().apiValue());
    o.addProperty("strategy", z.strategy().id());
    o.addProperty("read", z.readMethod().id());
    o.addProperty("remote_fingerprint", z.remoteFingerprint());
    o.addProperty("existing_rrsets", z.existingRrsets());
    o.addProperty("desired_empty", z.desiredEmpty());
    JsonObject safety = new JsonObject();
    safety.addProperty("max_update_fraction", z.safety().maxUpdateFraction());
    safety.addProperty("max_delete_fraction", z.safety().maxDeleteFraction());
    safety.addProperty("min_existing_rrsets", z.safety().minExistingRrsets());
    o.add("safety", safety);
    JsonArray changes = new JsonArray();
    for (Change c : z.changes()) {
      changes.add(PlanJsonCodec.change(c));
    }
    o.add("changes", changes);
    JsonArray ignored = new JsonArray();
    for (IgnoredRrset i : z.ignored()) {
      JsonObject io = new JsonObject();
      io.addProperty("name", i.name());
      io.addProperty("type", i.type());
      io.addProperty("reason", i.reason());
      ignored.add(io);
    }
    o.add("ignored", ignored);
    JsonArray warnings = new JsonArray();
    z.warnings().forEach(warnings::add);
    o.add("warnings", warnings);
    return o;
  }
}
