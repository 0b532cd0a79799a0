package dev.hzone.emulator.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A parsed {@code label_selector}: a conjunction of terms {@code k=v}, {@code k==v}, {@code k!=v},
 * {@code k}, {@code !k}, {@code k in (v1,v2)} and {@code k notin (v1,v2)}, separated by commas.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#label-selector">Label selector</a>
 */
public final class LabelSelector implements Predicate<Map<String, String>> {
  private static final java.util.regex.Pattern KEY =
      java.util.regex.Pattern.compile("[A-Za-z0-9._/-]+");
  private static final java.util.regex.Pattern VALUE =
      java.util.regex.Pattern.compile("[A-Za-z0-9._-]*");
  private final List<Predicate<Map<String, String>>> terms;

  private LabelSelector(List<Predicate<Map<String, String>>> terms) {
    this.terms = terms;
  }

  /**
   * The selector of the request's {@code label_selector} parameter; matches everything when absent.
   */
  public static LabelSelector of(Query query) {
    return query
        .first("label_selector")
        .map(LabelSelector::parse)
        .orElse(new LabelSelector(List.of()));
  }

  /**
   * Parses a selector.
   *
   * @throws ApiError {@code invalid_input} on {@code label_selector} when it does not parse
   */
  public static LabelSelector parse(String text) {
    List<Predicate<Map<String, String>>> terms = new ArrayList<>();
    for (String term : splitTerms(text)) {
      terms.add(term(term.trim(), text));
    }
    return new LabelSelector(terms);
  }

  @Override
  public boolean test(Map<String, String> labels) {
    for (Predicate<Map<String, String>> t : terms) {
      if (!t.test(labels)) {
        return false;
      }
    }
    return true;
  }

  /** Splits on commas outside parentheses. */
  private static List<String> splitTerms(String text) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        out.add(text.substring(start, i));
        start = i + 1;
      }
    }
    out.add(text.substring(start));
    return out;
  }

  private static Predicate<Map<String, String>> term(String t, String whole) {
    if (t.isEmpty()) {
      throw bad(whole);
    }
    int notin = indexOfWord(t, "notin");
    int in = indexOfWord(t, "in");
    if (notin > 0 || in > 0) {
      boolean negate = notin > 0;
      int at = negate ? notin : in;
      String key = key(t.substring(0, at).trim(), whole);
      String rest = t.substring(at + (negate ? 5 : 2)).trim();
      if (!rest.startsWith("(") || !rest.endsWith(")")) {
        throw bad(whole);
      }
      Set<String> values =
          Set.copyOf(
              List.of(rest.substring(1, rest.length() - 1).split(",", -1)).stream()
                  .map(v -> value(v.trim(), whole))
                  .toList());
      return negate
          ? labels -> !labels.containsKey(key) || !values.contains(labels.get(key))
          : labels -> labels.containsKey(key) && values.contains(labels.get(key));
    }
    int ne = t.indexOf("!=");
    if (ne > 0) {
      String key = key(t.substring(0, ne).trim(), whole);
      String value = value(t.substring(ne + 2).trim(), whole);
      return labels -> !value.equals(labels.get(key));
    }
    int eq = t.indexOf('=');
    if (eq > 0) {
      String key = key(t.substring(0, eq).trim(), whole);
      String value = value(t.substring(t.startsWith("==", eq) ? eq + 2 : eq + 1).trim(), whole);
      return labels -> value.equals(labels.get(key));
    }
    if (t.startsWith("!")) {
      String key = key(t.substring(1).trim(), whole);
      return labels -> !labels.containsKey(key);
    }
    String key = key(t, whole);
    return labels -> labels.containsKey(key);
  }

  private static int indexOfWord(String t, String word) {
    int i = t.indexOf(" " + word + " ");
    if (i < 0) {
      i = t.indexOf(" " + word + "(");
    }
    return i < 0 ? -1 : i + 1;
  }

  private static String key(String k, String whole) {
    if (!KEY.matcher(k).matches()) {
      throw bad(whole);
    }
    return k;
  }

  private static String value(String v, String whole) {
    if (!VALUE.matcher(v).matches()) {
      throw bad(whole);
    }
    return v;
  }

  private static ApiError bad(String whole) {
    return ApiError.invalidInput("label_selector", "'" + whole + "' is not a valid label selector");
  }
}
