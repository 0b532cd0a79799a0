package dev.hzone.emulator.state;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The JSON form of {@link ResourceKind} records in the state files: members in snake case, instants as
 * ISO-8601 text, an empty {@link Optional} as {@code null}. Records go through their canonical constructor, so
 * a file that breaks a record's rules is refused like any other corrupt file.
 */
final class StateGson {
  static final Gson GSON = new GsonBuilder()
      .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
      .serializeNulls()
      .disableHtmlEscaping()
      .registerTypeAdapter(Instant.class, new InstantAdapter().nullSafe())
      .registerTypeAdapterFactory(new OptionalFactory())
      .create();

  private StateGson() {}

  private static final class InstantAdapter extends TypeAdapter<Instant> {
    @Override
    public void write(JsonWriter out, Instant value) throws IOException {
      out.value(value.toString());
    }

    @Override
    public Instant read(JsonReader in) throws IOException {
      String s = in.nextString();
      try {
        return Instant.parse(s);
      } catch (DateTimeParseException e) {
        throw new JsonParseException("'" + s + "' is not a time (" + in.getPath() + ")", e);
      }
    }
  }

  private static final class OptionalFactory implements TypeAdapterFactory {
    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> token) {
      if (token.getRawType() != Optional.class) {
        return null;
      }
      Type inner = token.getType() instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
      TypeAdapter<Object> delegate = (TypeAdapter<Object>) gson.getAdapter(TypeToken.get(inner));
      return (TypeAdapter<T>) new TypeAdapter<Optional<Object>>() {
        @Override
        public void write(JsonWriter out, Optional<Object> value) throws IOException {
          if (value == null || value.isEmpty()) {
            out.nullValue();
          } else {
            delegate.write(out, value.get());
          }
        }

        @Override
        public Optional<Object> read(JsonReader in) throws IOException {
          if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return Optional.empty();
          }
          return Optional.of(delegate.read(in));
        }
      };
    }
  }
}
