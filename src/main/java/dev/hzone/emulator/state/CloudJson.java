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
 * The JSON form of the {@link CloudKind} records: their components by name, instants as ISO-8601
 * text, nulls written. A record whose member is missing or of the wrong type is refused by its
 * constructor's checks and reported as a corrupt file by the loader.
 */
final class CloudJson {
  private static final Gson GSON =
      new GsonBuilder()
          .serializeNulls()
          .disableHtmlEscaping()
          .registerTypeAdapter(
              Instant.class,
              new TypeAdapter<Instant>() {
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
              })
          .registerTypeAdapterFactory(new OptionalAdapters())
          .create();

  private CloudJson() {}

  /** An empty {@link java.util.Optional} as {@code null}, a present one as its value. */
  private static final class OptionalAdapters implements com.google.gson.TypeAdapterFactory {
    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, com.google.gson.reflect.TypeToken<T> token) {
      if (token.getRawType() != java.util.Optional.class) {
        return null;
      }
      java.lang.reflect.Type inner =
          token.getType() instanceof java.lang.reflect.ParameterizedType p
              ? p.getActualTypeArguments()[0]
              : Object.class;
      TypeAdapter<Object> delegate =
          (TypeAdapter<Object>) gson.getAdapter(com.google.gson.reflect.TypeToken.get(inner));
      return (TypeAdapter<T>)
          new TypeAdapter<java.util.Optional<Object>>() {
            @Override
            public void write(JsonWriter out, java.util.Optional<Object> value) throws IOException {
              if (value == null || value.isEmpty()) {
                out.nullValue();
              } else {
                delegate.write(out, value.get());
              }
            }

            @Override
            public java.util.Optional<Object> read(JsonReader in) throws IOException {
              if (in.peek() == com.google.gson.stream.JsonToken.NULL) {
                in.nextNull();
                return java.util.Optional.empty();
              }
              return java.util.Optional.of(delegate.read(in));
            }
          };
    }
  }

  static void write(JsonWriter w, Object value) {
    GSON.toJson(value, value.getClass(), w);
  }

  /**
   * Reads one record.
   *
   * @throws StateFileException naming {@code where} when it does not parse or a component is
   *     missing
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
      throw new StateFileException(
          where + " is not a valid " + type.getSimpleName() + ": " + ex.getMessage(), ex);
    }
  }
}
