package dev.hzone.emulator.web;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * JSON helpers for building the API's bodies: one Gson configuration and the common value forms.
 */
public final class Json {
  /** Writes {@code null} members (the API sends {@code "error": null}), never HTML-escapes. */
  public static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

  private Json() {}

  /**
   * An RFC 3339 timestamp with second precision, as the API writes them ({@code
   * 2026-03-01T10:00:00Z}).
   */
  public static JsonPrimitive time(Instant t) {
    return new JsonPrimitive(t.truncatedTo(ChronoUnit.SECONDS).toString());
  }

  /** A timestamp or {@code null}. */
  public static JsonElement timeOrNull(Optional<Instant> t) {
    return t.<JsonElement>map(Json::time).orElse(JsonNull.INSTANCE);
  }

  /** A string or {@code null}. */
  public static JsonElement stringOrNull(Optional<String> s) {
    return s.<JsonElement>map(JsonPrimitive::new).orElse(JsonNull.INSTANCE);
  }

  /** A labels object, keys in sorted order so that output is stable. */
  public static JsonObject labels(Map<String, String> labels) {
    JsonObject o = new JsonObject();
    new TreeMap<>(labels).forEach(o::addProperty);
    return o;
  }

  /** An array of strings. */
  public static JsonArray strings(Collection<String> values) {
    JsonArray a = new JsonArray();
    values.forEach(a::add);
    return a;
  }

  /** An array of numbers. */
  public static JsonArray longs(Collection<Long> values) {
    JsonArray a = new JsonArray();
    values.forEach(a::add);
    return a;
  }

  /** {@code {"<key>": value}}. */
  public static JsonObject wrap(String key, JsonElement value) {
    JsonObject o = new JsonObject();
    o.add(key, value);
    return o;
  }
}
