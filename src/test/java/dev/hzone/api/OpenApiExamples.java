package dev.hzone.api;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Map;

/**
 * Response examples of openapi.json, as realistic answers for tests; where an operation has none,
 * the answer its schema describes, every field filled with a plain value.
 */
final class OpenApiExamples {
  private OpenApiExamples() {}

  /** The first 2xx response example of operation {@code id}, as JSON text. */
  static String response(String id) {
    return example(id).toString();
  }

  /** One field of that example, e.g. the {@code firewall} object of {@code get_firewall}. */
  static String field(String id, String name) {
    return example(id).getAsJsonObject().get(name).toString();
  }

  private static JsonElement example(String id) {
    JsonObject op = OpenApi.operation(id).json();
    for (Map.Entry<String, JsonElement> r : op.getAsJsonObject("responses").entrySet()) {
      JsonObject content = r.getValue().getAsJsonObject().getAsJsonObject("content");
      if (r.getKey().startsWith("2") && content != null) {
        JsonObject json = content.getAsJsonObject("application/json");
        if (json.has("examples")) {
          return json.getAsJsonObject("examples")
              .entrySet()
              .iterator()
              .next()
              .getValue()
              .getAsJsonObject()
              .get("value");
        }
        return SchemaSamples.full(json.getAsJsonObject("schema"));
      }
    }
    throw new AssertionError("no JSON answer for " + id);
  }
}
