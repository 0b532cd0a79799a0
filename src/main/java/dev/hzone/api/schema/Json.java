package dev.hzone.api.schema;

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
import dev.hzone.api.cloud.ApiEnum;
import dev.hzone.api.cloud.IdOrName;
import dev.hzone.api.cloud.MetricsPoint;
import dev.hzone.api.cloud.Nullable;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one Gson configuration for the wire format, used by the client and its tests only. Java
 * records are read and written directly: component names in camelCase map to the API's snake_case
 * by the naming policy, so models carry no Gson annotations. Three adapters complete it:
 *
 * <ul>
 *   <li>{@link Instant} as an RFC 3339 string ({@code Z} or an offset when reading, {@code Z} when
 *       writing);
 *   <li>{@link Optional}: a JSON {@code null} (or a missing field, via the records' constructors)
 *       reads as empty; empty is written like any null, so left out unless the writer serializes
 *       nulls;
 *   <li>{@link Nullable}: for the few request fields where {@code null} means something ({@code
 *       change_ttl} with {@code ttl: null} to inherit the zone's TTL): always written, as {@code
 *       null} when empty;
 *   <li>{@link ApiEnum} constants by their {@link ApiEnum#apiValue()};
 *   <li>{@link IdOrName} as a number or a string, {@link MetricsPoint} as a {@code [time, "value"]}
 *       pair.
 * </ul>
 */
public final class Json {
  private static final Gson GSON =
      new GsonBuilder()
          .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
          .registerTypeAdapter(Instant.class, new InstantAdapter().nullSafe())
          .registerTypeAdapterFactory(new OptionalAdapterFactory())
          .registerTypeAdapterFactory(new NullableAdapterFactory())
          .registerTypeAdapter(IdOrName.class, new IdOrNameAdapter().nullSafe())
          .registerTypeAdapter(MetricsPoint.class, new MetricsPointAdapter().nullSafe())
          .registerTypeAdapterFactory(new ApiEnumAdapterFactory())
          .registerTypeAdapter(dev.hzone.tsig.TsigAlgorithm.class, new TsigAlgorithmAdapter())
          .disableHtmlEscaping()
          .create();

  private Json() {}

  /** The shared, immutable Gson instance (Gson is thread-safe). */
  public static Gson gson() {
    return GSON;
  }

  private static final class InstantAdapter extends TypeAdapter<Instant> {
    @Override
    public void write(JsonWriter out, Instant value) throws IOException {
      out.value(value.toString());
    }

    @Override
    public Instant read(JsonReader in) throws IOException {
      String s = in.nextString();
      try {
        return OffsetDateTime.parse(s).toInstant();
      } catch (DateTimeParseException e) {
        throw new JsonParseException("not an RFC 3339 time: " + s + " at " + in.getPath(), e);
      }
    }
  }

  private static final class IdOrNameAdapter extends TypeAdapter<IdOrName> {
    @Override
    public void write(JsonWriter out, IdOrName value) throws IOException {
      if (value.asId().isPresent()) {
        out.value(value.asId().get());
      } else {
        out.value(value.asName().orElseThrow());
      }
    }

    @Override
    public IdOrName read(JsonReader in) throws IOException {
      return in.peek() == JsonToken.NUMBER
          ? IdOrName.id(in.nextLong())
          : IdOrName.name(in.nextString());
    }
  }

  private static final class MetricsPointAdapter extends TypeAdapter<MetricsPoint> {
    @Override
    public void write(JsonWriter out, MetricsPoint value) throws IOException {
      out.beginArray().value(value.timestamp()).value(value.value()).endArray();
    }

    @Override
    public MetricsPoint read(JsonReader in) throws IOException {
      in.beginArray();
      double time = in.nextDouble();
      String value = in.nextString();
      in.endArray();
      return new MetricsPoint(time, value);
    }
  }

  private static final class OptionalAdapterFactory implements TypeAdapterFactory {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
      if (type.getRawType() != Optional.class) {
        return null;
      }
      Type inner =
          type.getType() instanceof ParameterizedType p
              ? p.getActualTypeArguments()[0]
              : Object.class;
      TypeAdapter<?> delegate = gson.getAdapter(TypeToken.get(inner));
      return (TypeAdapter<T>) new OptionalAdapter(delegate);
    }
  }

  private static final class OptionalAdapter<E> extends TypeAdapter<Optional<E>> {
    private final TypeAdapter<E> delegate;

    OptionalAdapter(TypeAdapter<E> delegate) {
      this.delegate = delegate;
    }

    @Override
    public void write(JsonWriter out, Optional<E> value) throws IOException {
      if (value == null) {
        out.nullValue();
      } else if (value.isEmpty()) {
        out.nullValue();
      } else {
        delegate.write(out, value.get());
      }
    }

    @Override
    public Optional<E> read(JsonReader in) throws IOException {
      if (in.peek() == JsonToken.NULL) {
        in.nextNull();
        return Optional.empty();
      }
      return Optional.ofNullable(delegate.read(in));
    }
  }

  private static final class ApiEnumAdapterFactory implements TypeAdapterFactory {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
      Class<?> raw = type.getRawType();
      if (!raw.isEnum() || !ApiEnum.class.isAssignableFrom(raw)) {
        return null;
      }
      return (TypeAdapter<T>) new ApiEnumAdapter(raw);
    }
  }

  private static final class ApiEnumAdapter<E extends Enum<E> & ApiEnum> extends TypeAdapter<E> {
    private final Class<E> type;
    private final Map<String, E> byValue = new HashMap<>();
    private final E unknown;

    ApiEnumAdapter(Class<E> type) {
      this.type = type;
      E u = null;
      for (E e : type.getEnumConstants()) {
        byValue.put(e.apiValue(), e);
        if (e.name().equals("UNKNOWN")) {
          u = e;
        }
      }
      this.unknown = u;
    }

    @Override
    public void write(JsonWriter out, E value) throws IOException {
      if (value == null) {
        out.nullValue();
      } else {
        out.value(value.apiValue());
      }
    }

    @Override
    public E read(JsonReader in) throws IOException {
      if (in.peek() == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      String s = in.nextString();
      E e = byValue.get(s);
      if (e == null && unknown == null) {
        throw new JsonParseException(
            "unexpected value '" + s + "' for " + type.getSimpleName() + " at " + in.getPath());
      }
      return e == null ? unknown : e;
    }
  }

  /** Writes the value, or an explicit null even when the writer drops nulls. */
  private static final class NullableAdapterFactory implements TypeAdapterFactory {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
      if (type.getRawType() != Nullable.class) {
        return null;
      }
      Type inner =
          type.getType() instanceof ParameterizedType p
              ? p.getActualTypeArguments()[0]
              : Object.class;
      TypeAdapter delegate = gson.getAdapter(TypeToken.get(inner));
      return (TypeAdapter<T>) new NullableAdapter(delegate);
    }
  }

  private static final class NullableAdapter<E> extends TypeAdapter<Nullable<E>> {
    private final TypeAdapter<E> delegate;

    NullableAdapter(TypeAdapter<E> delegate) {
      this.delegate = delegate;
    }

    @Override
    public void write(JsonWriter out, Nullable<E> n) throws IOException {
      if (n == null) {
        out.nullValue();
      } else if (n.value() == null) {
        boolean serializeNulls = out.getSerializeNulls();
        out.setSerializeNulls(true);
        out.nullValue();
        out.setSerializeNulls(serializeNulls);
      } else {
        delegate.write(out, n.value());
      }
    }

    @Override
    public Nullable<E> read(JsonReader in) throws IOException {
      if (in.peek() == JsonToken.NULL) {
        in.nextNull();
        return new Nullable<>(null);
      }
      return new Nullable<>(delegate.read(in));
    }
  }
}
