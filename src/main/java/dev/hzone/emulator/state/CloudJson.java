package dev.hzone.emulator.state;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The JSON form of the {@link CloudKind} records: their components by name, instants as ISO-8601 text,
 * nulls written. A record whose member is missing or of the wrong type is refused by its constructor's
 * checks and reported as a corrupt file by the loader.
 */
final class CloudJson {
  private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping()
      .registerTypeAdapter(Instant.class, new TypeAdapter<Instant>() {
        @Override
        public void write(JsonWriter out, Instant value) throws IOException {
          if (value == null) {
            out.nullValue();
          } else {
            out.value(value.toString());
          }
        }

        @Override
        public Instant read(JsonReader in) throws IOException {
          if (in.peek() == com.google.gson.stream.JsonToken.NULL) {
            in.nextNull();
            return null;
          }
          try {
            return Instant.parse(in.nextString());
          } catch (DateTimeParseException e) {
            throw new JsonParseException("not a timestamp: " + e.getParsedString());
          }
        }
      }).create();

  private CloudJson() {}

  static void write(JsonWriter w, Object value) {
    GSON.toJson(value, value.getClass(), w);
  }

  /**
   * Reads one record.
   *
   * @throws StateFileException naming {@code where} when it does not parse or a component is missing
   */
  static <T> T read(JsonElement e, Class<T> type, String where) {
    try {
      T value = GSON.fromJson(e, type);
      if (value == null) {
        throw new StateFileException(where + " is null");
      }
      return value;
    } catch (RuntimeException ex) {
      if (ex instanceof StateFileException s) {
        throw s;
      }
      throw new StateFileException(where + " is not a valid " + type.getSimpleName() + ": " + ex.getMessage(), ex);
    }
  }
}
