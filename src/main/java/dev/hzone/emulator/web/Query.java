package dev.hzone.emulator.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The query string of a request as the API reads it: repeated keys ({@code ?type=A&type=AAAA}) keep
 * every value in order; typed reads answer {@code invalid_input} naming the parameter.
 */
public final class Query {
  private final Map<String, List<String>> values;
  private final String raw;

  private Query(Map<String, List<String>> values, String raw) {
    this.values = values;
    this.raw = raw;
  }

  /** Parses a raw (still URL-encoded) query string; {@code null} or empty gives an empty query. */
  public static Query parse(String rawQuery) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    String raw = rawQuery == null ? "" : rawQuery;
    if (!raw.isEmpty()) {
      for (String part : raw.split("&")) {
        if (part.isEmpty()) {
          continue;
        }
        int eq = part.indexOf('=');
        String k = decode(eq < 0 ? part : part.substring(0, eq));
        String v = eq < 0 ? "" : decode(part.substring(eq + 1));
        m.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
      }
    }
    return new Query(m, raw);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiError.invalidInput("query", "is not correctly URL-encoded");
    }
  }

  /** The raw query string as received, without the {@code ?}. */
  public String raw() {
    return raw;
  }

  /** Every value of {@code name}, in order; empty when absent. */
  public List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  /** The first value of {@code name}. */
  public Optional<String> first(String name) {
    List<String> v = values.get(name);
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** A positive integer parameter, or {@code dflt} when absent. */
  public long positiveLong(String name, long dflt) {
    Optional<String> v = first(name);
    if (v.isEmpty()) {
      return dflt;
    }
    try {
      long n = Long.parseLong(v.get());
      if (n < 1) {
        throw ApiError.invalidInput(name, "must be greater than or equal to 1");
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiError.invalidInput(name, "is not a valid integer");
    }
  }

  /** Every value of {@code name} as an ID (a positive integer). */
  public List<Long> ids(String name) {
    List<Long> out = new ArrayList<>();
    for (String v : all(name)) {
      try {
        long n = Long.parseLong(v);
        if (n < 1) {
          throw ApiError.invalidInput(name, "must be greater than or equal to 1");
        }
        out.add(n);
      } catch (NumberFormatException e) {
        throw ApiError.invalidInput(name, "'" + v + "' is not a valid integer");
      }
    }
    return out;
  }

  /** A boolean parameter ({@code true}/{@code false}), or {@code dflt}. */
  public boolean bool(String name, boolean dflt) {
    Optional<String> v = first(name);
    if (v.isEmpty()) {
      return dflt;
    }
    return switch (v.get()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw ApiError.invalidInput(name, "must be true or false");
    };
  }

  /** Every value of {@code name}, each of which must be one of {@code allowed}. */
  public List<String> enumValues(String name, List<String> allowed) {
    for (String v : all(name)) {
      if (!allowed.contains(v)) {
        throw ApiError.invalidInput(
            name, "'" + v + "' is not one of " + String.join(", ", allowed));
      }
    }
    return all(name);
  }
}
