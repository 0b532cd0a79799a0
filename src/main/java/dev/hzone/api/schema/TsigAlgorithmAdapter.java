package dev.hzone.api.schema;

import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import dev.hzone.tsig.TsigAlgorithm;
import java.io.IOException;

/**
 * A secondary zone's {@code tsig_algorithm}, read leniently (issue 13): {@code null} and {@code ""}
 * read as absent, a value hzone does not know as {@link TsigAlgorithm#UNKNOWN}, so a new algorithm
 * at the API never makes a zone unreadable.
 */
final class TsigAlgorithmAdapter extends TypeAdapter<TsigAlgorithm> {
  @Override
  public void write(JsonWriter out, TsigAlgorithm value) throws IOException {
    if (value == null) {
      out.nullValue();
    } else {
      out.value(value.text());
    }
  }

  @Override
  public TsigAlgorithm read(JsonReader in) throws IOException {
    if (in.peek() == JsonToken.NULL) {
      in.nextNull();
      return null;
    }
    String s = in.nextString();
    return s.isBlank() ? null : TsigAlgorithm.lenient(s);
  }
}
