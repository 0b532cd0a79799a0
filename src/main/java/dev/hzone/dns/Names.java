package dev.hzone.dns;

import java.net.IDN;
import java.util.Locale;

/** Zone and owner name normalisation: lower case, punycode for IDN, relative to a zone. */
public final class Names {
  private Names() {}

  /**
   * The API's form of a zone name: lower case, no trailing dot, IDN labels as punycode ({@code münchen.de}
   * becomes {@code xn--mnchen-3ya.de}).
   *
   * @throws IllegalArgumentException when the name is not a valid domain name
   */
  public static String zoneName(String name) {
    String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    return toAscii(n).toLowerCase(Locale.ROOT);
  }

  /** IDN labels to punycode; ASCII names come back unchanged. Escapes such as {@code \.} are left alone. */
  public static String toAscii(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) > 0x7f) {
        return IDN.toASCII(name, IDN.ALLOW_UNASSIGNED);
      }
    }
    return name;
  }

  /** Punycode labels to Unicode, for display only. */
  public static String toUnicode(String name) {
    return name.contains("xn--") ? IDN.toUnicode(name, IDN.ALLOW_UNASSIGNED) : name;
  }

  /**
   * The name relative to {@code zone} in the API's form ({@code @} for the apex), or empty when the
   * absolute name {@code fqdn} (with or without trailing dot) lies outside the zone.
   */
  public static java.util.Optional<String> relativize(String fqdn, String zone) {
    String n = zoneName(fqdn);
    String z = zoneName(zone);
    if (n.equals(z)) {
      return java.util.Optional.of(RrsetKey.APEX);
    }
    if (z.isEmpty()) {
      return java.util.Optional.of(n);
    }
    if (n.endsWith("." + z)) {
      return java.util.Optional.of(n.substring(0, n.length() - z.length() - 1));
    }
    return java.util.Optional.empty();
  }
}
