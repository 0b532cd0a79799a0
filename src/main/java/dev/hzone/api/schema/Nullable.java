package dev.hzone.api.schema;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * A request field that is always sent, as JSON {@code null} when {@code value} is null. Used where the API
 * gives null a meaning, such as {@code ttl: null} ("inherit the zone's TTL") in an RRSet's
 * {@code change_ttl}; other null fields are left out of requests.
 *
 * @param value the value, or null to send {@code null}
 * @param <T> the value's type
 */
public record Nullable<T>(T value) {

  /** Writes the value, or an explicit null even when the writer drops nulls. */
  static final class AdapterFactory implements TypeAdapterFactory {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
      if (type.getRawType() != Nullable.class) {
        return null;
      }
      Type inner =
          type.getType() instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
      TypeAdapter delegate = gson.getAdapter(TypeToken.get(inner));
      return (TypeAdapter<T>) new Adapter(delegate);
    }
  }

  private static final class Adapter<E> extends TypeAdapter<Nullable<E>> {
    private final TypeAdapter<E> delegate;

    Adapter(TypeAdapter<E> delegate) {
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
