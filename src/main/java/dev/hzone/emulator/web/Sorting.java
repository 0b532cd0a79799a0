package dev.hzone.emulator.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The {@code sort} parameter: repeated {@code field}, {@code field:asc} or {@code field:desc}. */
public final class Sorting {
  private Sorting() {}

  /**
   * The order the request asks for, among {@code fields}, with {@code fallback} breaking ties (and
   * ordering everything when no {@code sort} is given).
   *
   * @throws ApiError {@code invalid_input} on {@code sort} for an unknown field or direction
   */
  public static <T> Comparator<T> of(
      Query query, Map<String, Comparator<T>> fields, Comparator<T> fallback) {
    List<Comparator<T>> chain = new ArrayList<>();
    for (String s : query.all("sort")) {
      int colon = s.indexOf(':');
      String field = colon < 0 ? s : s.substring(0, colon);
      String dir = colon < 0 ? "asc" : s.substring(colon + 1);
      Comparator<T> c = fields.get(field);
      if (c == null || !(dir.equals("asc") || dir.equals("desc"))) {
        throw ApiError.invalidInput(
            "sort",
            "'"
                + s
                + "' is not one of "
                + String.join(", ", fields.keySet().stream().sorted().toList())
                + " (with :asc or :desc)");
      }
      chain.add(dir.equals("desc") ? c.reversed() : c);
    }
    Comparator<T> result = fallback;
    for (int i = chain.size() - 1; i >= 0; i--) {
      result = chain.get(i).thenComparing(result);
    }
    return result;
  }
}
