package dev.hzone.emulator.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A JSON request body (or an object inside one) with typed reads that answer {@code invalid_input}
 * naming the field, e.g. {@code records[2].value}, the way the API reports it in {@code
 * details.fields}.
 */
public final class Body {
  private final JsonObject json;
  private final String prefix;

  private Body(JsonObject json, String prefix) {
    this.json = json;
    this.prefix = prefix;
  }

  /**
   * Parses a request body; an empty body reads as {@code {}}.
   *
   * @throws ApiError {@code json_error} when the text is not a JSON object
   */
  public static Body parse(String text) {
    if (text.isBlank()) {
      return new Body(new JsonObject(), "");
    }
    JsonElement e;
    try {
      e = JsonParser.parseString(text);
    } catch (JsonParseException ex) {
      throw ApiError.jsonError("request body is not valid JSON");
    }
    if (!e.isJsonObject()) {
      throw ApiError.jsonError("request body must be a JSON object");
    }
    return new Body(e.getAsJsonObject(), "");
  }

  /** The full name of {@code field} in error messages. */
  public String field(String field) {
    return prefix + field;
  }

  /** Whether {@code field} is present (even as {@code null}). */
  public boolean has(String field) {
    return json.has(field);
  }

  /** Whether {@code field} is present and not {@code null}. */
  public boolean hasValue(String field) {
    return json.has(field) && !json.get(field).isJsonNull();
  }

  /**
   * Refuses members other than {@code known} (bodies the API declares {@code additionalProperties:
   * false}).
   */
  public void rejectUnknown(Set<String> known) {
    for (String k : json.keySet()) {
      if (!known.contains(k)) {
        throw ApiError.invalidInput(field(k), "unknown field");
      }
    }
  }

  public String requireString(String field) {
    return optString(field).orElseThrow(() -> ApiError.invalidInput(field(field), "is required"));
  }

  public Optional<String> optString(String field) {
    if (!hasValue(field)) {
      return Optional.empty();
    }
    JsonElement e = json.get(field);
    if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
      throw ApiError.invalidInput(field(field), "must be a string");
    }
    return Optional.of(e.getAsString());
  }

  public long requireLong(String field) {
    OptionalLong v = optLong(field);
    if (v.isEmpty()) {
      throw ApiError.invalidInput(field(field), "is required");
    }
    return v.getAsLong();
  }

  /** An integer member; {@code null} or absent gives empty. */
  public OptionalLong optLong(String field) {
    if (!hasValue(field)) {
      return OptionalLong.empty();
    }
    JsonElement e = json.get(field);
    if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
      throw ApiError.invalidInput(field(field), "must be an integer");
    }
    JsonPrimitive p = e.getAsJsonPrimitive();
    try {
      return OptionalLong.of(p.getAsBigDecimal().longValueExact());
    } catch (ArithmeticException ex) {
      throw ApiError.invalidInput(field(field), "must be an integer");
    }
  }

  public Optional<Boolean> optBoolean(String field) {
    if (!hasValue(field)) {
      return Optional.empty();
    }
    JsonElement e = json.get(field);
    if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
      throw ApiError.invalidInput(field(field), "must be a boolean");
    }
    return Optional.of(e.getAsBoolean());
  }

  public boolean requireBoolean(String field) {
    return optBoolean(field).orElseThrow(() -> ApiError.invalidInput(field(field), "is required"));
  }

  /** A {@code {"key": "value"}} labels member, validated; empty when absent. */
  public Optional<Map<String, String>> optLabels(String field) {
    if (!hasValue(field)) {
      return Optional.empty();
    }
    JsonElement e = json.get(field);
    if (!e.isJsonObject()) {
      throw ApiError.invalidInput(field(field), "must be an object");
    }
    Map<String, String> m = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> kv : e.getAsJsonObject().entrySet()) {
      JsonElement v = kv.getValue();
      if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString()) {
        throw ApiError.invalidInput(
            field(field), "value of label '" + kv.getKey() + "' must be a string");
      }
      m.put(kv.getKey(), v.getAsString());
    }
    Labels.validate(m, field(field));
    return Optional.of(m);
  }

  /** An array member, or empty when absent or {@code null}. */
  public Optional<JsonArray> optArray(String field) {
    if (!hasValue(field)) {
      return Optional.empty();
    }
    JsonElement e = json.get(field);
    if (!e.isJsonArray()) {
      throw ApiError.invalidInput(field(field), "must be an array");
    }
    return Optional.of(e.getAsJsonArray());
  }

  /**
   * An array of objects; each comes back as a {@code Body} whose fields are named {@code
   * field[i].x}.
   */
  public List<Body> objects(String field) {
    List<Body> out = new ArrayList<>();
    JsonArray a = optArray(field).orElse(new JsonArray());
    for (int i = 0; i < a.size(); i++) {
      JsonElement e = a.get(i);
      if (!e.isJsonObject()) {
        throw ApiError.invalidInput(field(field) + "[" + i + "]", "must be an object");
      }
      out.add(new Body(e.getAsJsonObject(), field(field) + "[" + i + "]."));
    }
    return out;
  }

  /** An object member as a {@code Body} with fields named {@code field.x}. */
  public Optional<Body> optObject(String field) {
    if (!hasValue(field)) {
      return Optional.empty();
    }
    JsonElement e = json.get(field);
    if (!e.isJsonObject()) {
      throw ApiError.invalidInput(field(field), "must be an object");
    }
    return Optional.of(new Body(e.getAsJsonObject(), field(field) + "."));
  }

  /**
   * A reference to another resource by ID (a number) or name (a string), as {@code server_type} or
   * {@code image} take it; empty when absent.
   */
  public Optional<String> optIdOrName(String field) {
    if (!hasValue(field)) {
      return Optional.empty();
    }
    return Optional.of(idOrName(json.get(field), field(field)));
  }

  /** Every element of an array of IDs or names (such as {@code ssh_keys}). */
  public List<String> idsOrNames(String field) {
    List<String> out = new ArrayList<>();
    JsonArray a = optArray(field).orElse(new JsonArray());
    for (int i = 0; i < a.size(); i++) {
      out.add(idOrName(a.get(i), field(field) + "[" + i + "]"));
    }
    return out;
  }

  private static String idOrName(JsonElement e, String name) {
    if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
      return e.getAsString();
    }
    if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
      try {
        return Long.toString(e.getAsJsonPrimitive().getAsBigDecimal().longValueExact());
      } catch (ArithmeticException ex) {
        throw ApiError.invalidInput(name, "must be an ID or a name");
      }
    }
    throw ApiError.invalidInput(name, "must be an ID or a name");
  }

  /** The raw member. */
  public Optional<JsonElement> raw(String field) {
    return Optional.ofNullable(json.get(field));
  }
}
