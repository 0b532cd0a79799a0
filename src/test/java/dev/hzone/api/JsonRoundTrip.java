package dev.hzone.api;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares JSON as the API sent it with JSON the client wrote back from its model: every value sent
 * must be written back equal (numbers by value, times by instant); fields the model adds must be
 * empty (null, [] or {}), as they are where the API left a field out.
 */
final class JsonRoundTrip {
  private JsonRoundTrip() {}

  /** Every difference, as {@code path: what}; empty when nothing was lost or changed. */
  static List<String> differences(JsonElement sent, JsonElement written) {
    List<String> out = new ArrayList<>();
    compare("$", sent, written, out);
    return out;
  }

  private static void compare(
      String path, JsonElement sent, JsonElement written, List<String> out) {
    if (sent == null || sent.isJsonNull()) {
      if (!isEmpty(written)) {
        out.add(path + ": sent null, written " + written);
      }
      return;
    }
    if (written == null || written.isJsonNull()) {
      if (!isEmpty(sent)) {
        out.add(path + ": lost (sent " + abbreviate(sent) + ")");
      }
      return;
    }
    if (sent.isJsonObject() && written.isJsonObject()) {
      JsonObject s = sent.getAsJsonObject();
      JsonObject w = written.getAsJsonObject();
      for (Map.Entry<String, JsonElement> e : s.entrySet()) {
        compare(path + "." + e.getKey(), e.getValue(), w.get(e.getKey()), out);
      }
      for (Map.Entry<String, JsonElement> e : w.entrySet()) {
        if (!s.has(e.getKey()) && !isEmpty(e.getValue())) {
          out.add(path + "." + e.getKey() + ": added " + abbreviate(e.getValue()));
        }
      }
    } else if (sent.isJsonArray() && written.isJsonArray()) {
      if (sent.getAsJsonArray().size() != written.getAsJsonArray().size()) {
        out.add(
            path
                + ": "
                + sent.getAsJsonArray().size()
                + " items sent, "
                + written.getAsJsonArray().size()
                + " written");
        return;
      }
      for (int i = 0; i < sent.getAsJsonArray().size(); i++) {
        compare(
            path + "[" + i + "]",
            sent.getAsJsonArray().get(i),
            written.getAsJsonArray().get(i),
            out);
      }
    } else if (sent.isJsonPrimitive() && written.isJsonPrimitive()) {
      if (!samePrimitive(sent.getAsJsonPrimitive(), written.getAsJsonPrimitive())) {
        out.add(path + ": sent " + sent + ", written " + written);
      }
    } else {
      out.add(path + ": sent " + abbreviate(sent) + ", written " + abbreviate(written));
    }
  }

  private static boolean samePrimitive(JsonPrimitive a, JsonPrimitive b) {
    if (a.isNumber() && b.isNumber()) {
      return a.getAsBigDecimal().compareTo(b.getAsBigDecimal()) == 0;
    }
    if (a.isString() && b.isString() && !a.getAsString().equals(b.getAsString())) {
      try {
        return OffsetDateTime.parse(a.getAsString())
            .toInstant()
            .equals(OffsetDateTime.parse(b.getAsString()).toInstant());
      } catch (DateTimeParseException e) {
        return false;
      }
    }
    return a.equals(b);
  }

  private static boolean isEmpty(JsonElement e) {
    return e == null
        || e.isJsonNull()
        || (e.isJsonArray() && e.getAsJsonArray().isEmpty())
        || (e.isJsonObject() && e.getAsJsonObject().isEmpty());
  }

  private static String abbreviate(JsonElement e) {
    String s = e.toString();
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
