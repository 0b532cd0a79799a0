package dev.hzone.api.gen;

import java.util.Locale;
import java.util.Set;

/** Java names from the API's snake_case, and Javadoc text from its Markdown. */
final class Names {
  private static final Set<String> KEYWORDS =
      Set.of(
          "abstract",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "const",
          "continue",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "extends",
          "final",
          "finally",
          "float",
          "for",
          "goto",
          "if",
          "implements",
          "import",
          "instanceof",
          "int",
          "interface",
          "long",
          "native",
          "new",
          "package",
          "private",
          "protected",
          "public",
          "return",
          "short",
          "static",
          "strictfp",
          "super",
          "switch",
          "synchronized",
          "this",
          "throw",
          "throws",
          "transient",
          "try",
          "void",
          "volatile",
          "while",
          "record",
          "var",
          "yield");

  private Names() {}

  /** {@code public_net} to {@code publicNet}. */
  static String camel(String snake) {
    String p = pascal(snake);
    String c = Character.toLowerCase(p.charAt(0)) + p.substring(1);
    if (KEYWORDS.contains(c)) {
      throw new IllegalStateException("property '" + snake + "' would be the Java keyword " + c);
    }
    return c;
  }

  /** {@code public_net} to {@code PublicNet}; {@code ipv4} to {@code Ipv4}. */
  static String pascal(String snake) {
    StringBuilder sb = new StringBuilder();
    for (String part : snake.split("[_\\-. /]+")) {
      if (!part.isEmpty()) {
        sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return sb.toString();
  }

  /**
   * The singular of a plural property name, for the type of its items ({@code rules} to {@code
   * rule}).
   */
  static String singular(String plural) {
    if (plural.endsWith("ies")) {
      return plural.substring(0, plural.length() - 3) + "y";
    }
    if (plural.endsWith("sses") || plural.endsWith("xes")) {
      return plural.substring(0, plural.length() - 2);
    }
    if (plural.endsWith("s") && !plural.endsWith("ss") && !plural.endsWith("us")) {
      return plural.substring(0, plural.length() - 1);
    }
    return plural;
  }

  /** An enum constant for an API value: {@code partially-valid} to {@code PARTIALLY_VALID}. */
  static String constant(String value) {
    String c = value.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
    if (c.isEmpty() || Character.isDigit(c.charAt(0))) {
      c = "V" + c;
    }
    return c;
  }

  /**
   * The first paragraph of a Markdown description as Javadoc text: links become their text, code
   * spans {@code {@code ...}}, and characters Javadoc would read as markup are escaped.
   */
  static String doc(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    String first = markdown.strip().split("\\n\\s*\\n")[0].replace('\n', ' ').strip();
    first = first.replaceAll("\\[([^\\]]+)\\]\\([^)]*\\)", "$1");
    first =
        first
            .replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("@", "&#64;")
            .replace("*/", "*&#47;");
    first = first.replaceAll("`([^`]+)`", "{@code $1}");
    first = first.replace("**", "");
    return first;
  }

  /** The docs anchor of a tag, e.g. {@code Server Actions} to {@code server-actions}. */
  static String slug(String tag) {
    return tag.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }
}
