package dev.hzone.emulator.web;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The API's rules for labels: keys are an optional DNS-subdomain prefix and a name of at most 63
 * characters that starts and ends alphanumeric, values are empty or of the same form; the prefix
 * {@code hetzner.cloud/} is reserved.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#labels">Labels</a>
 */
public final class Labels {
  private static final Pattern NAME =
      Pattern.compile("[a-zA-Z0-9]([a-zA-Z0-9._-]{0,61}[a-zA-Z0-9])?");
  private static final Pattern PREFIX =
      Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

  private Labels() {}

  /**
   * Checks every key and value.
   *
   * @throws ApiError {@code invalid_input} on {@code field} naming the first bad key or value
   */
  public static void validate(Map<String, String> labels, String field) {
    for (Map.Entry<String, String> e : labels.entrySet()) {
      String key = e.getKey();
      String name = key;
      int slash = key.indexOf('/');
      if (slash >= 0) {
        String prefix = key.substring(0, slash);
        name = key.substring(slash + 1);
        if (prefix.length() > 253 || !PREFIX.matcher(prefix).matches()) {
          throw ApiError.invalidInput(field, "label key '" + key + "' has an invalid prefix");
        }
        if (prefix.equals("hetzner.cloud")) {
          throw ApiError.invalidInput(field, "label key prefix 'hetzner.cloud/' is reserved");
        }
      }
      if (!NAME.matcher(name).matches()) {
        throw ApiError.invalidInput(field, "label key '" + key + "' is invalid");
      }
      String value = e.getValue();
      if (!value.isEmpty() && !NAME.matcher(value).matches()) {
        throw ApiError.invalidInput(
            field, "label value '" + value + "' of key '" + key + "' is invalid");
      }
    }
  }
}
