package dev.hzone.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the one YAML shape the metadata service sends ({@code private-networks}): a block sequence of flat
 * mappings whose values are scalars or lists, the lists written either in flow style ({@code [a, b]}) or as
 * an indented block sequence. Not a YAML parser: anything else is reported as a line it does not understand.
 */
final class MetadataYaml {
  private MetadataYaml() {}

  /** One mapping per {@code -} item; values are {@code String} or {@code List<String>}. */
  static List<Map<String, Object>> sequenceOfMappings(String text) {
    List<Map<String, Object>> out = new ArrayList<>();
    Map<String, Object> current = null;
    String openList = null;
    int lineNo = 0;
    for (String raw : text.split("\r?\n")) {
      lineNo++;
      String line = stripComment(raw);
      if (line.isBlank() || line.trim().equals("---")) {
        continue;
      }
      String trimmed = line.trim();
      int indent = line.indexOf(trimmed);
      if (trimmed.equals("[]") && out.isEmpty() && current == null) {
        continue; // an empty sequence in flow style
      }
      if (trimmed.startsWith("- ") || trimmed.equals("-")) {
        String rest = trimmed.substring(1).trim();
        if (openList != null && current != null && indent > 0 && !rest.contains(": ") && !rest.endsWith(":")) {
          // "- value" below "key:": an item of the open block list.
          listOf(current, openList).add(scalar(rest));
          continue;
        }
        current = new LinkedHashMap<>();
        out.add(current);
        openList = null;
        if (!rest.isEmpty()) {
          openList = entry(current, rest, lineNo);
        }
        continue;
      }
      if (current == null) {
        throw new IllegalArgumentException("line " + lineNo + ": expected '- ' to start an item: " + trimmed);
      }
      openList = entry(current, trimmed, lineNo);
    }
    return out;
  }

  /** Adds {@code key: value}; returns the key when the value is an (as yet empty) block list. */
  private static String entry(Map<String, Object> map, String text, int lineNo) {
    int colon = text.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("line " + lineNo + ": expected 'key: value': " + text);
    }
    String key = text.substring(0, colon).trim();
    String value = text.substring(colon + 1).trim();
    if (value.isEmpty()) {
      map.put(key, new ArrayList<String>());
      return key;
    }
    if (value.startsWith("[")) {
      if (!value.endsWith("]")) {
        throw new IllegalArgumentException("line " + lineNo + ": unterminated list: " + text);
      }
      List<String> items = new ArrayList<>();
      String inner = value.substring(1, value.length() - 1).trim();
      if (!inner.isEmpty()) {
        for (String item : inner.split(",")) {
          items.add(scalar(item.trim()));
        }
      }
      map.put(key, items);
      return null;
    }
    map.put(key, scalar(value));
    return null;
  }

  @SuppressWarnings("unchecked")
  private static List<String> listOf(Map<String, Object> map, String key) {
    return (List<String>) map.get(key);
  }

  private static String scalar(String s) {
    if (s.length() >= 2 && ((s.startsWith("\"") && s.endsWith("\"")) || (s.startsWith("'") && s.endsWith("'")))) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }

  private static String stripComment(String line) {
    int hash = line.indexOf(" #");
    if (line.trim().startsWith("#")) {
      return "";
    }
    return hash < 0 ? line : line.substring(0, hash);
  }
}
