package dev.hzone.api;

import com.google.gson.reflect.TypeToken;
import dev.hzone.api.cloud.Action;

/** Reads test JSON with the client's own Gson configuration. */
final class Json {
  private Json() {}

  static <T> T read(String json, Class<T> type) {
    return dev.hzone.api.schema.Json.gson().fromJson(json, type);
  }

  @SuppressWarnings("unchecked")
  static <T> T read(String json) {
    return (T)
        dev.hzone.api.schema.Json.gson().fromJson(json, new TypeToken<Action>() {}.getType());
  }
}
