package dev.hzone.cli.framework;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a Gson tree as block-style YAML, for {@code -o yaml}. Small on purpose: the input is
 * always JSON data, so only maps, sequences and scalars occur. A string is written plain only when
 * no YAML 1.1 or 1.2 reader could take it for anything but that string; every other string is
 * written as a JSON string literal, which is a valid YAML double-quoted scalar with the same
 * escapes.
 *
 * <pre>{@code
 * String yaml = YamlWriter.write(JsonParser.parseString("{\"id\": 1, \"name\": \"example.com\"}"));
 * // id: 1
 * // name: example.com
 * }</pre>
 */
public final class YamlWriter {
  // Letters first (so never a number, date, or indicator), then safe characters; ": " and " #"
  // excluded.
  private static final Pattern PLAIN =
      Pattern.compile("[A-Za-z_/][A-Za-z0-9_./@+=()-]*(?:[ :][A-Za-z0-9_./@+=()-]+)*");
  // Words that YAML 1.1 reads as booleans or null.
  private static final Set<String> RESERVED =
      Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null", "~");
  private static final Gson QUOTER = new GsonBuilder().disableHtmlEscaping().create();

  private YamlWriter() {}

  /** The YAML document for {@code node}, ending in a newline. */
  public static String write(JsonElement node) {
    StringBuilder sb = new StringBuilder();
    if (node.isJsonObject() && !node.getAsJsonObject().isEmpty()) {
      writeMap(node.getAsJsonObject(), 0, sb);
    } else if (node.isJsonArray() && !node.getAsJsonArray().isEmpty()) {
      writeSeq(node.getAsJsonArray(), 0, sb);
    } else {
      sb.append(inline(node)).append('\n');
    }
    return sb.toString();
  }

  private static void writeMap(JsonObject map, int indent, StringBuilder sb) {
    boolean first = true;
    for (Map.Entry<String, JsonElement> e : map.entrySet()) {
      if (!first) {
        sb.append(" ".repeat(indent));
      }
      first = false;
      sb.append(scalar(e.getKey())).append(':');
      writeValue(e.getValue(), indent, sb, true);
    }
  }

  private static void writeSeq(JsonArray seq, int indent, StringBuilder sb) {
    boolean first = true;
    for (JsonElement item : seq) {
      if (!first) {
        sb.append(" ".repeat(indent));
      }
      first = false;
      sb.append('-');
      writeValue(item, indent, sb, false);
    }
  }

  /**
   * Writes what follows a {@code key:} or {@code -}. Nested maps and sequences in a map go on the
   * next lines, indented by two; in a sequence they start on the same line after "- " (compact
   * form).
   */
  private static void writeValue(JsonElement v, int indent, StringBuilder sb, boolean inMap) {
    if (v.isJsonObject() && !v.getAsJsonObject().isEmpty()) {
      if (inMap) {
        sb.append('\n').append(" ".repeat(indent + 2));
      } else {
        sb.append(' ');
      }
      writeMap(v.getAsJsonObject(), indent + 2, sb);
    } else if (v.isJsonArray() && !v.getAsJsonArray().isEmpty()) {
      if (inMap) {
        // Sequences under a key are written at the key's indentation, as kubectl and the hcloud CLI
        // do.
        sb.append('\n').append(" ".repeat(indent));
        writeSeq(v.getAsJsonArray(), indent, sb);
      } else {
        sb.append(' ');
        writeSeq(v.getAsJsonArray(), indent + 2, sb);
      }
    } else {
      sb.append(' ').append(inline(v)).append('\n');
    }
  }

  private static String inline(JsonElement v) {
    if (v.isJsonNull()) {
      return "null";
    }
    if (v.isJsonObject()) {
      return "{}";
    }
    if (v.isJsonArray()) {
      return "[]";
    }
    JsonPrimitive p = v.getAsJsonPrimitive();
    if (p.isBoolean()) {
      return Boolean.toString(p.getAsBoolean());
    }
    if (p.isNumber()) {
      return p.getAsNumber().toString();
    }
    return scalar(p.getAsString());
  }

  /** A string as a YAML scalar: plain when unambiguous, else double-quoted. */
  static String scalar(String s) {
    if (PLAIN.matcher(s).matches() && !RESERVED.contains(s.toLowerCase(Locale.ROOT))) {
      return s;
    }
    return QUOTER.toJson(s);
  }
}
