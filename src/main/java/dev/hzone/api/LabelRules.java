package dev.hzone.api;

import java.util.regex.Pattern;

/**
 * What the API takes as a label (common.md, "Labels"), checked before a request is sent: a key is
 * an optional DNS-subdomain prefix and {@code /}, then a name of 1 to 63 characters; a value is
 * empty or such a name. Every place that reads labels from the user (command options, {@code
 * hzone.toml}) checks them here.
 *
 * <pre>{@code
 * if (!LabelRules.isKey("env") || !LabelRules.isValue("prod")) { ... }
 * }</pre>
 */
public final class LabelRules {
  /** The rule for keys, in words, for error messages. */
  public static final String KEY_RULE =
      "1 to 63 letters, digits, '-', '_' or '.', starting and ending with a "
          + "letter or digit, optionally after a DNS-name prefix and '/'";

  /** The rule for values, in words, for error messages. */
  public static final String VALUE_RULE =
      "empty or 1 to 63 letters, digits, '-', '_' or '.', starting and ending "
          + "with a letter or digit";

  private static final Pattern KEY =
      Pattern.compile(
          "([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*"
              + "[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?");
  private static final Pattern NAME =
      Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?");

  /** The longest key: a 253-character prefix, {@code /}, a 63-character name. */
  private static final int MAX_KEY = 317;

  private LabelRules() {}

  /** Whether the API takes {@code key} as a label key. */
  public static boolean isKey(String key) {
    return key.length() <= MAX_KEY && KEY.matcher(key).matches();
  }

  /** Whether the API takes {@code value} as a label value (the empty string included). */
  public static boolean isValue(String value) {
    return value.isEmpty() || isName(value);
  }

  /**
   * Whether {@code name} is a non-empty label value: 1 to 63 letters, digits, '-', '_' or '.',
   * alphanumeric at both ends.
   */
  public static boolean isName(String name) {
    return NAME.matcher(name).matches();
  }
}
