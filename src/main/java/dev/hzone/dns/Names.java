package dev.hzone.dns;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;

/** Zone and owner name normalisation: lower case, punycode for IDN, relative to a zone. */
public final class Names {
  private Names() {}

  /**
   * The API's form of a zone name: lower case, no trailing dot, IDN labels as punycode ({@code
   * münchen.de} becomes {@code xn--mnchen-3ya.de}).
   *
   * @throws IllegalArgumentException when the name is not a valid domain name
   */
  public static String zoneName(String name) {
    String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    return toAscii(n).toLowerCase(Locale.ROOT);
  }

  /**
   * IDN labels to punycode; ASCII names come back unchanged. Labels with non-ASCII letters are
   * normalised (NFC), lower-cased and encoded as raw punycode with the {@code xn--} prefix, without
   * IDNA 2003's mapping ({@code straße} becomes {@code xn--strae-oqa}, as in IDNA 2008 and the
   * hcloud CLI). Escapes such as {@code \.} are left alone.
   *
   * @throws IllegalArgumentException when a label is longer than 63 octets once encoded
   */
  public static String toAscii(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) > 0x7f) {
        return encodeLabels(name);
      }
    }
    return name;
  }

  private static String encodeLabels(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFC);
    StringBuilder sb = new StringBuilder(n.length() + 8);
    int start = 0;
    while (start <= n.length()) {
      int dot = n.indexOf('.', start);
      int end = dot < 0 ? n.length() : dot;
      String label = n.substring(start, end);
      boolean ascii = label.chars().allMatch(c -> c < 0x80);
      String encoded = ascii ? label : "xn--" + Punycode.encode(label.toLowerCase(Locale.ROOT));
      if (encoded.length() > 63) {
        throw new IllegalArgumentException(
            "label '" + label + "' is longer than 63 octets in punycode");
      }
      sb.append(encoded);
      if (dot < 0) {
        break;
      }
      sb.append('.');
      start = dot + 1;
    }
    return sb.toString();
  }

  /** Punycode labels to Unicode, for display only. */
  public static String toUnicode(String name) {
    return name.contains("xn--") ? IDN.toUnicode(name, IDN.ALLOW_UNASSIGNED) : name;
  }

  /**
   * A name as messages show it to people: Unicode, with the punycode the API uses in parentheses
   * when they differ ({@code bücher.example (xn--bcher-kva.example)}): what was typed is
   * recognised, and what the API and DNS tools show can be searched for.
   */
  public static String display(String name) {
    String unicode = toUnicode(name);
    return unicode.equals(name) ? name : unicode + " (" + name + ")";
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
