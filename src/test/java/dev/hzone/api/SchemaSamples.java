package dev.hzone.api;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The smallest JSON a schema accepts: required properties only, filled with plain values (first
 * enum value, "x", 1, false, empty arrays and maps). Lets tests build any request body without an
 * example.
 */
final class SchemaSamples {
  private SchemaSamples() {}

  static JsonElement sample(JsonObject s) {
    return sample(s, false);
  }

  /** Like {@link #sample(JsonObject)}, but with every property, not only the required ones. */
  static JsonElement full(JsonObject s) {
    return sample(s, true);
  }

  private static JsonElement sample(JsonObject s, boolean all) {
    if (s.has("oneOf") || s.has("anyOf")) {
      return sample(
          s.getAsJsonArray(s.has("oneOf") ? "oneOf" : "anyOf").get(0).getAsJsonObject(), all);
    }
    if (s.has("allOf")) {
      // Required names and their properties may sit in different parts: merge first, then sample.
      JsonObject props = new JsonObject();
      JsonArray required = new JsonArray();
      JsonObject fromAlternatives = new JsonObject();
      for (JsonElement part : s.getAsJsonArray("allOf")) {
        JsonObject p = part.getAsJsonObject();
        if (p.has("properties")) {
          p.getAsJsonObject("properties")
              .entrySet()
              .forEach(e -> props.add(e.getKey(), e.getValue()));
        }
        if (p.has("required")) {
          required.addAll(p.getAsJsonArray("required"));
        }
        if (p.has("oneOf") || p.has("anyOf") || p.has("allOf")) {
          JsonElement alt = sample(p, all);
          if (alt.isJsonObject()) {
            alt.getAsJsonObject()
                .entrySet()
                .forEach(e -> fromAlternatives.add(e.getKey(), e.getValue()));
          }
        }
      }
      JsonObject merged = new JsonObject();
      merged.addProperty("type", "object");
      merged.add("properties", props);
      merged.add("required", required);
      JsonObject out = sample(merged, all).getAsJsonObject();
      fromAlternatives.entrySet().forEach(e -> out.add(e.getKey(), e.getValue()));
      return out;
    }
    String type = type(s);
    switch (type) {
      case "object" -> {
        JsonObject o = new JsonObject();
        if (s.has("properties") && all) {
          s.getAsJsonObject("properties")
              .entrySet()
              .forEach(e -> o.add(e.getKey(), sample(e.getValue().getAsJsonObject(), true)));
        } else if (s.has("properties") && s.has("required")) {
          JsonObject props = s.getAsJsonObject("properties");
          for (JsonElement r : s.getAsJsonArray("required")) {
            JsonObject p = props.getAsJsonObject(r.getAsString());
            if (p != null) {
              o.add(r.getAsString(), sample(p, false));
            }
          }
        }
        return o;
      }
      case "array" -> {
        JsonArray a = new JsonArray();
        if (all && s.has("prefixItems")) {
          s.getAsJsonArray("prefixItems").forEach(p -> a.add(sample(p.getAsJsonObject(), true)));
        } else if (all && s.has("items")) {
          a.add(sample(s.getAsJsonObject("items"), true));
        }
        return a;
      }
      case "string" -> {
        if (s.has("enum")) {
          return s.getAsJsonArray("enum").get(0);
        }
        return new JsonPrimitive(
            s.has("format") && s.get("format").getAsString().equals("date-time")
                ? "2026-01-01T00:00:00Z"
                : "x");
      }
      case "integer", "number" -> {
        return new JsonPrimitive(1);
      }
      case "boolean" -> {
        return new JsonPrimitive(false);
      }
      default -> {
        return JsonNull.INSTANCE;
      }
    }
  }

  private static String type(JsonObject s) {
    JsonElement t = s.get("type");
    if (t == null) {
      return s.has("properties") ? "object" : "any";
    }
    if (t.isJsonArray()) {
      for (JsonElement e : t.getAsJsonArray()) {
        if (!e.getAsString().equals("null")) {
          return e.getAsString();
        }
      }
    }
    return t.isJsonArray() ? "null" : t.getAsString();
  }
}
