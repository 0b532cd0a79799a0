package dev.hzone.api.gen;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reading helpers for the OpenAPI document: schemas are inline and use {@code allOf}, {@code oneOf}
 * and {@code "type": ["x", "null"]}; these helpers flatten them into plain object schemas the
 * generator can name.
 */
final class Spec {
  private Spec() {}

  /**
   * The schema's base type ({@code object}, {@code string}...), ignoring {@code null} in a type
   * list.
   */
  static String type(JsonObject s) {
    JsonElement t = s.get("type");
    if (t == null) {
      if (s.has("properties") || s.has("allOf") || s.has("oneOf") || s.has("anyOf")) {
        return "object";
      }
      return "any";
    }
    if (t.isJsonArray()) {
      for (JsonElement e : t.getAsJsonArray()) {
        if (!e.getAsString().equals("null")) {
          return e.getAsString();
        }
      }
      return "null";
    }
    return t.getAsString();
  }

  /** True where the schema allows {@code null}. */
  static boolean nullable(JsonObject s) {
    JsonElement t = s.get("type");
    if (t != null && t.isJsonArray()) {
      for (JsonElement e : t.getAsJsonArray()) {
        if (e.getAsString().equals("null")) {
          return true;
        }
      }
    }
    return s.has("nullable") && s.get("nullable").getAsBoolean();
  }

  /**
   * The schema as one object schema: {@code allOf} parts merged; {@code oneOf}/{@code anyOf}
   * alternatives united (a property is required only when every alternative requires it, enums are
   * united), so one Java record can hold whichever alternative the API sends.
   */
  static JsonObject flatten(JsonObject s) {
    if (s.has("allOf")) {
      JsonObject merged = copyMeta(s);
      Map<String, JsonObject> props = new LinkedHashMap<>();
      Set<String> required = new LinkedHashSet<>();
      for (JsonElement part : s.getAsJsonArray("allOf")) {
        JsonObject p = flatten(part.getAsJsonObject());
        p.getAsJsonObject("properties")
            .entrySet()
            .forEach(e -> props.put(e.getKey(), e.getValue().getAsJsonObject()));
        required.addAll(strings(p.getAsJsonArray("required")));
      }
      return build(merged, props, required);
    }
    String alternatives = s.has("oneOf") ? "oneOf" : s.has("anyOf") ? "anyOf" : null;
    if (alternatives != null) {
      JsonObject merged = copyMeta(s);
      Map<String, JsonObject> props = new LinkedHashMap<>();
      Set<String> required = null;
      for (JsonElement alt : s.getAsJsonArray(alternatives)) {
        JsonObject a = flatten(alt.getAsJsonObject());
        for (Map.Entry<String, JsonElement> e : a.getAsJsonObject("properties").entrySet()) {
          JsonObject prop = e.getValue().getAsJsonObject();
          JsonObject prev = props.get(e.getKey());
          props.put(e.getKey(), prev == null ? prop : unite(prev, prop));
        }
        Set<String> r = new LinkedHashSet<>(strings(a.getAsJsonArray("required")));
        if (required == null) {
          required = r;
        } else {
          required.retainAll(r);
        }
      }
      return build(merged, props, required == null ? Set.of() : required);
    }
    JsonObject out = s.deepCopy();
    if (!out.has("properties")) {
      out.add("properties", new JsonObject());
    }
    if (!out.has("required")) {
      out.add("required", new JsonArray());
    }
    return out;
  }

  /**
   * One schema for a property two alternatives define: enums united, objects united field by field.
   */
  private static JsonObject unite(JsonObject a, JsonObject b) {
    boolean objects =
        type(a).equals("object")
            && type(b).equals("object")
            && (a.has("properties") || a.has("allOf"))
            && (b.has("properties") || b.has("allOf"));
    if (objects) {
      JsonObject both = new JsonObject();
      JsonArray alts = new JsonArray();
      alts.add(a);
      alts.add(b);
      both.add("anyOf", alts);
      for (String k : List.of("type", "description")) {
        if (a.has(k)) {
          both.add(k, a.get(k));
        }
      }
      return flatten(both);
    }
    if (!a.has("enum") || !b.has("enum")) {
      return a;
    }
    JsonObject out = a.deepCopy();
    Set<String> values = new LinkedHashSet<>(strings(a.getAsJsonArray("enum")));
    values.addAll(strings(b.getAsJsonArray("enum")));
    JsonArray arr = new JsonArray();
    values.forEach(arr::add);
    out.add("enum", arr);
    return out;
  }

  private static JsonObject copyMeta(JsonObject s) {
    JsonObject m = new JsonObject();
    for (String k : List.of("title", "description", "type")) {
      if (s.has(k)) {
        m.add(k, s.get(k));
      }
    }
    return m;
  }

  private static JsonObject build(
      JsonObject meta, Map<String, JsonObject> props, Set<String> required) {
    JsonObject p = new JsonObject();
    props.forEach(p::add);
    meta.add("properties", p);
    JsonArray r = new JsonArray();
    required.forEach(r::add);
    meta.add("required", r);
    return meta;
  }

  static List<String> strings(JsonArray a) {
    List<String> out = new ArrayList<>();
    if (a != null) {
      a.forEach(e -> out.add(e.getAsString()));
    }
    return out;
  }

  /** The JSON schema of an operation's 2xx answer, or null when it has no body. */
  static JsonObject successSchema(JsonObject op) {
    for (Map.Entry<String, JsonElement> r : op.getAsJsonObject("responses").entrySet()) {
      if (r.getKey().startsWith("2")) {
        JsonObject content = r.getValue().getAsJsonObject().getAsJsonObject("content");
        return content == null
            ? null
            : content.getAsJsonObject("application/json").getAsJsonObject("schema");
      }
    }
    return null;
  }

  /** The JSON schema of an operation's request body, or null. */
  static JsonObject requestSchema(JsonObject op) {
    JsonObject rb = op.getAsJsonObject("requestBody");
    return rb == null
        ? null
        : rb.getAsJsonObject("content")
            .getAsJsonObject("application/json")
            .getAsJsonObject("schema");
  }
}
