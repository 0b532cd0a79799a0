package dev.hzone.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the two YAML shapes the metadata service sends, and only those: a map of scalars ({@code
 * key: value} lines) and a list of such maps ({@code - key: value} with the item's other keys
 * indented below). Values are strings, or lists of strings written {@code [a, b]}. A YAML library
 * would be a dependency for two documented shapes; anything else is refused with a clear error
 * rather than misread.
 */
final class MetadataYaml {
  private MetadataYaml() {}

  /** A map of scalars. */
  static Map<String, Object> map(String text) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String line : text.split("\\R")) {
      if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
        entry(line.strip(), out);
      }
    }
    return out;
  }

  /** A list of maps; {@code []} is an empty list. */
  static List<Map<String, Object>> list(String text) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (text.strip().equals("[]")) {
      return out;
    }
    Map<String, Object> current = null;
    for (String line : text.split("\\R")) {
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      String s = line.strip();
      if (s.startsWith("- ")) {
        current = new LinkedHashMap<>();
        out.add(current);
        entry(s.substring(2).strip(), current);
      } else if (current != null && Character.isWhitespace(line.charAt(0))) {
        entry(s, current);
      } else {
        throw refused(line);
      }
    }
    return out;
  }

  private static void entry(String s, Map<String, Object> into) {
    int colon = s.indexOf(": ");
    if (colon < 0 && s.endsWith(":")) {
      colon = s.length() - 1;
    }
    if (colon <= 0) {
      throw refused(s);
    }
    into.put(
        s.substring(0, colon).strip(), value(s.substring(Math.min(s.length(), colon + 1)).strip()));
  }

  private static Object value(String v) {
    if (v.startsWith("[") && v.endsWith("]")) {
      List<String> items = new ArrayList<>();
      String inner = v.substring(1, v.length() - 1).strip();
      if (!inner.isEmpty()) {
        for (String item : inner.split(",")) {
          items.add(unquote(item.strip()));
        }
      }
      return items;
    }
    return unquote(v);
  }

  private static String unquote(String v) {
    if (v.length() >= 2
        && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }

  private static ApiException refused(String line) {
    return new ApiException(
        200,
        "",
        "the metadata service sent YAML this client does not read: " + line,
        List.of(),
        List.of(),
        Optional.empty());
  }
}
