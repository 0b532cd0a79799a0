package dev.hzone.sync.config;

import com.electronwill.nightconfig.core.Config;
import dev.hzone.api.LabelRules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed reads of TOML values for {@link SyncConfigReader}: each checks the value's type and range
 * and throws a {@link ConfigException} naming file, line and field when it is wrong.
 */
final class TomlFields {
  private TomlFields() {}

  static Map<String, String> labels(Ctx ctx, List<String> path, String key, Object v) {
    Map<String, Object> t = table(ctx, path.subList(0, path.size()), key, v);
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : t.entrySet()) {
      if (!(e.getValue() instanceof String s)) {
        throw ctx.error(path, key, "label " + e.getKey() + " must have a string value");
      }
      if (!LabelRules.isKey(e.getKey())) {
        throw ctx.error(
            path,
            key,
            "label key \"" + e.getKey() + "\" is not one the API takes: " + LabelRules.KEY_RULE);
      }
      if (!LabelRules.isValue(s)) {
        throw ctx.error(
            path, key, "label " + e.getKey() + ": the value must be " + LabelRules.VALUE_RULE);
      }
      out.put(e.getKey(), s);
    }
    return out;
  }

  /**
   * A table's settings, in the order night-config keeps them (it deprecated its {@code valueMap()}
   * view).
   */
  static Map<String, Object> values(Config c) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Config.Entry e : c.entrySet()) {
      out.put(e.getKey(), e.getRawValue());
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> table(Ctx ctx, List<String> path, String key, Object v) {
    if (v == null) {
      return Map.of();
    }
    if (v instanceof Config c) {
      return values(c);
    }
    if (v instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw ctx.error(path, key, key + " must be a table");
  }

  static void checkKeys(Ctx ctx, List<String> path, Map<String, Object> t, Set<String> known) {
    for (String k : t.keySet()) {
      if (!known.contains(k)) {
        throw ctx.error(
            path,
            k,
            "unknown setting '"
                + k
                + "' (known here: "
                + String.join(", ", new java.util.TreeSet<>(known))
                + ")");
      }
    }
  }

  static int ttl(Ctx ctx, List<String> path, String key, Object v) {
    return integer(ctx, path, key, v, 60, Integer.MAX_VALUE);
  }

  static int integer(Ctx ctx, List<String> path, String key, Object v, long min, long max) {
    if (!(v instanceof Integer || v instanceof Long)
        || ((Number) v).longValue() < min
        || ((Number) v).longValue() > max) {
      throw ctx.error(
          path, key, key + " must be a whole number from " + min + " to " + max + ", not " + v);
    }
    return (int) ((Number) v).longValue();
  }

  static double percent(Ctx ctx, List<String> path, String key, Object v) {
    if (!(v instanceof Number n) || !(n.doubleValue() >= 0 && n.doubleValue() <= 100)) {
      throw ctx.error(path, key, key + " must be a number from 0 to 100, not " + v);
    }
    return n.doubleValue() / 100.0;
  }

  static boolean bool(Ctx ctx, List<String> path, String key, Object v) {
    if (!(v instanceof Boolean b)) {
      throw ctx.error(path, key, key + " must be true or false, not " + v);
    }
    return b;
  }

  static boolean isIpLiteral(String s) {
    if (s.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
      for (String p : s.split("\\.")) {
        if (Integer.parseInt(p) > 255) {
          return false;
        }
      }
      return true;
    }
    if (s.contains(":") && s.matches("[0-9A-Fa-f:.]+")) {
      try {
        return java.net.InetAddress.getByName(s) instanceof java.net.Inet6Address;
      } catch (java.net.UnknownHostException e) {
        return false;
      }
    }
    return false;
  }

  /** The file being read, for messages. */
  /** One reading of one file: where messages point, and the warnings gathered on the way. */
  record Ctx(Path file, TomlLines lines, List<String> warnings) {
    Ctx(Path file, TomlLines lines) {
      this(file, lines, new ArrayList<>());
    }

    ConfigException error(List<String> table, String key, String message) {
      String field =
          String.join(".", quoted(table)) + (key == null ? "" : (table.isEmpty() ? "" : ".") + key);
      return new ConfigException(
          file, lines.find(table, key), (field.isEmpty() ? "" : field + ": ") + message);
    }

    private static List<String> quoted(List<String> parts) {
      List<String> out = new ArrayList<>();
      for (String p : parts) {
        out.add(p.contains(".") || p.contains("/") ? "\"" + p + "\"" : p);
      }
      return out;
    }
  }
}
