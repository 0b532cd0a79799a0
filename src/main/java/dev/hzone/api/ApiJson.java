package dev.hzone.api;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.hzone.api.schema.Json;
import java.util.Map;

/**
 * The API's JSON form of the client's models ({@link Action}, the records of {@code
 * dev.hzone.api.cloud}), for programs that print what they read as the API would ({@code hzone
 * server describe -o json}): field names in the API's snake case, enums as their API values, times
 * in RFC 3339, absent optional fields as {@code null}, and whole numbers without a fraction ({@code
 * 40}, not {@code 40.0}).
 *
 * <pre>{@code
 * JsonElement server = ApiJson.toJson(client.servers().get(42).orElseThrow());
 * }</pre>
 */
public final class ApiJson {
  private static final Gson GSON = Json.gson().newBuilder().serializeNulls().create();

  /**
   * Doubles up to this magnitude that are whole print as integers; beyond it they keep their form.
   */
  private static final double MAX_EXACT = 9007199254740992d;

  private ApiJson() {}

  /** {@code model} as the API writes it. */
  public static JsonElement toJson(Object model) {
    return wholeNumbers(GSON.toJsonTree(model));
  }

  /**
   * Reads JSON written in the API's form into a model, for input files in that form (the rules of
   * {@code hzone firewall replace-rules --rules-file}).
   *
   * @throws com.google.gson.JsonParseException when the text is not JSON of that shape
   */
  public static <T> T fromJson(String json, java.lang.reflect.Type type) {
    return GSON.fromJson(json, type);
  }

  private static JsonElement wholeNumbers(JsonElement e) {
    if (e.isJsonObject()) {
      JsonObject out = new JsonObject();
      for (Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet()) {
        out.add(m.getKey(), wholeNumbers(m.getValue()));
      }
      return out;
    }
    if (e.isJsonArray()) {
      JsonArray out = new JsonArray();
      for (JsonElement x : e.getAsJsonArray()) {
        out.add(wholeNumbers(x));
      }
      return out;
    }
    if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
      Number n = e.getAsNumber();
      if ((n instanceof Double || n instanceof Float)
          && n.doubleValue() == Math.rint(n.doubleValue())
          && Math.abs(n.doubleValue()) < MAX_EXACT) {
        return new JsonPrimitive(n.longValue());
      }
    }
    return e;
  }
}
