package dev.hzone.sync.config;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Finds the line of a setting in TOML text, so that errors can say {@code hzone.toml:12}: the TOML
 * library keeps no positions. Best effort: it follows {@code [table]} headers and {@code key =}
 * lines, which is how hzone.toml is written; where it finds nothing, errors name the field alone.
 */
final class TomlLines {
  private final List<String> lines;

  TomlLines(String text) {
    this.lines = List.of(text.split("\r?\n", -1));
  }

  /**
   * The 1-based line of {@code key} inside the table {@code path} (e.g. {@code zones,
   * example.com}).
   */
  OptionalInt find(List<String> table, String key) {
    List<String> current = List.of();
    OptionalInt tableLine = OptionalInt.empty();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).trim();
      if (l.startsWith("[")) {
        current = header(l);
        if (current.equals(table)) {
          tableLine = OptionalInt.of(i + 1);
        }
        continue;
      }
      if (current.equals(table) && key != null && keyOf(l).equals(key)) {
        return OptionalInt.of(i + 1);
      }
    }
    if (tableLine.isEmpty()) {
      // The key may be a table of its own ([key] or [key.sub] under the table), or the table may
      // only be
      // written through its sub-tables ([table.sub]).
      List<String> asTable = new ArrayList<>(table);
      if (key != null) {
        asTable.add(key);
      }
      for (int i = 0; i < lines.size(); i++) {
        String l = lines.get(i).trim();
        if (l.startsWith("[") && startsWith(header(l), asTable)) {
          return OptionalInt.of(i + 1);
        }
      }
      // Last, dotted keys and inline tables: the first line that names the innermost part.
      if (!asTable.isEmpty()) {
        String last = asTable.get(asTable.size() - 1);
        for (int i = 0; i < lines.size() && !last.isEmpty(); i++) {
          if (lines.get(i).contains(last)) {
            return OptionalInt.of(i + 1);
          }
        }
      }
    }
    return tableLine;
  }

  private static boolean startsWith(List<String> path, List<String> prefix) {
    return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
  }

  private static String keyOf(String line) {
    int eq = line.indexOf('=');
    if (eq <= 0) {
      return "";
    }
    return unquote(line.substring(0, eq).trim());
  }

  /** {@code [zones."example.com"]} → {@code [zones, example.com]}. */
  static List<String> header(String line) {
    String h = line.replaceAll("^\\[+|\\]+\\s*(#.*)?$", "").trim();
    List<String> parts = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < h.length(); i++) {
      char c = h.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '.' && !quoted) {
        parts.add(cur.toString().trim());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    parts.add(cur.toString().trim());
    return parts;
  }

  private static String unquote(String s) {
    if (s.length() >= 2
        && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }
}
