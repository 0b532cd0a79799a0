package dev.hzone.emulator.dnsapi;

import dev.hzone.dns.RrsetKey;
import dev.hzone.emulator.web.ApiError;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The API's rules for zone and RRSet names.
 *
 * <p>Zones must be registrable domains: one label under a public suffix; subdomains are refused as the API
 * refuses them. Without the whole Public Suffix List the emulator knows single-label suffixes (any TLD) and
 * the common two-label ones below; a three-label name is a subdomain unless its last two labels are one of
 * those (ledger L-REGISTRABLE: a sample, not yet the full list).
 */
final class ZoneNames {
  private static final Pattern HOST_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
  private static final Pattern RRSET_LABEL = Pattern.compile("[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?");

  /** Common public suffixes with two labels (a sample of the Public Suffix List). */
  static final Set<String> TWO_LABEL_SUFFIXES = Set.of(
      "co.uk", "org.uk", "me.uk", "ltd.uk", "plc.uk", "net.uk", "ac.uk", "gov.uk",
      "com.au", "net.au", "org.au", "edu.au", "gov.au", "id.au",
      "co.nz", "net.nz", "org.nz", "co.za", "org.za", "co.jp", "ne.jp", "or.jp",
      "com.br", "net.br", "org.br", "com.cn", "net.cn", "org.cn", "com.tr", "com.mx", "com.ar",
      "co.at", "or.at", "ac.at", "gv.at", "co.in", "net.in", "org.in", "co.il", "org.il", "com.sg", "com.hk",
      "co.kr", "or.kr", "com.tw", "com.pl", "net.pl", "org.pl", "com.ua", "co.it", "com.es", "com.pt",
      "com.de", "co.com", "eu.com", "us.com", "uk.com", "de.com", "com.ru", "gov.ru", "com.cy",
      "co.id", "or.id", "ac.id", "web.id", "ac.jp", "ad.jp", "ed.jp", "go.jp", "gr.jp", "lg.jp");

  private ZoneNames() {}

  /**
   * Checks a zone name as the API takes it: lower case, no trailing dot, punycode, a registrable domain.
   *
   * @throws ApiError {@code invalid_input} on {@code field}
   */
  static void checkZoneName(String name, String field) {
    if (name.isEmpty()) {
      throw ApiError.invalidInput(field, "must not be empty");
    }
    if (name.length() > 255) {
      throw ApiError.invalidInput(field, "is too long");
    }
    if (name.endsWith(".")) {
      throw ApiError.invalidInput(field, "must not end with a dot");
    }
    if (!name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
      throw ApiError.invalidInput(field, "must be in lower case");
    }
    if (!name.chars().allMatch(c -> c < 0x80)) {
      throw ApiError.invalidInput(field, "internationalized names must be transcribed to Punycode (xn--...)");
    }
    String[] labels = name.split("\\.", -1);
    for (String l : labels) {
      if (!HOST_LABEL.matcher(l).matches()) {
        throw ApiError.invalidInput(field, "'" + name + "' is not a valid domain name");
      }
    }
    if (labels.length < 2) {
      throw ApiError.invalidInput(field, "'" + name + "' is a top-level domain; zones must be registrable domains");
    }
    String lastTwo = labels[labels.length - 2] + "." + labels[labels.length - 1];
    int allowed = TWO_LABEL_SUFFIXES.contains(lastTwo) ? 3 : 2;
    if (labels.length > allowed) {
      throw ApiError.invalidInput(field, "subdomains are not supported: '" + name
          + "' is not a registrable domain");
    }
    if (labels.length < allowed) {
      throw ApiError.invalidInput(field, "'" + name + "' is a public suffix; zones must be registrable domains");
    }
  }

  /**
   * Checks an RRSet name relative to {@code zone}: {@code @}, or lower-case labels of letters, digits,
   * {@code -} and {@code _}, with {@code *} allowed as the first label; no trailing dot; not ending in the
   * zone name.
   *
   * @throws ApiError {@code invalid_input} on {@code field}
   */
  static void checkRrsetName(String name, String zone, String field) {
    if (name.equals(RrsetKey.APEX)) {
      return;
    }
    if (name.isEmpty()) {
      throw ApiError.invalidInput(field, "must not be empty; use '@' for the zone apex");
    }
    if (name.endsWith(".")) {
      throw ApiError.invalidInput(field, "must not end with a dot; names are relative to the zone");
    }
    if (name.equals(zone) || name.endsWith("." + zone)) {
      throw ApiError.invalidInput(field, "must not end with the zone name '" + zone + "'; use '@' for the apex");
    }
    if (!name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
      throw ApiError.invalidInput(field, "must be in lower case");
    }
    if (!name.chars().allMatch(c -> c < 0x80)) {
      throw ApiError.invalidInput(field, "non-ASCII names must be transcribed to Punycode (xn--...)");
    }
    if (name.length() + zone.length() + 2 > 255) {
      throw ApiError.invalidInput(field, "is too long");
    }
    String[] labels = name.split("\\.", -1);
    for (int i = 0; i < labels.length; i++) {
      String l = labels[i];
      boolean ok = (i == 0 && l.equals("*")) || RRSET_LABEL.matcher(l).matches();
      if (!ok) {
        throw ApiError.invalidInput(field, "'" + name + "' is not a valid record name");
      }
    }
  }
}
