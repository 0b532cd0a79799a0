package dev.hzone.emulator.dnsapi;

import dev.hzone.dns.PublicSuffixes;
import dev.hzone.dns.RrsetKey;
import dev.hzone.emulator.web.ApiError;
import java.util.regex.Pattern;

/**
 * The API's rules for zone and RRSet names.
 *
 * <p>Zones must be registrable domains: one label under a public suffix of the whole Public Suffix
 * List ({@link PublicSuffixes}); subdomains are refused as the API refuses them, and so are public
 * suffixes (ledger L-REGISTRABLE).
 */
final class ZoneNames {
  private static final Pattern HOST_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
  private static final Pattern RRSET_LABEL =
      Pattern.compile("[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?");

  private ZoneNames() {}

  /**
   * Checks a zone name as the API takes it: lower case, no trailing dot, punycode, a registrable
   * domain.
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
      throw ApiError.invalidInput(
          field, "internationalized names must be transcribed to Punycode (xn--...)");
    }
    String[] labels = name.split("\\.", -1);
    for (String l : labels) {
      if (!HOST_LABEL.matcher(l).matches()) {
        throw ApiError.invalidInput(field, "'" + name + "' is not a valid domain name");
      }
    }
    if (labels.length < 2) {
      throw ApiError.invalidInput(
          field, "'" + name + "' is a top-level domain; zones must be registrable domains");
    }
    java.util.Optional<String> registrable = PublicSuffixes.registrableDomain(name);
    if (registrable.isEmpty()) {
      throw ApiError.invalidInput(
          field, "'" + name + "' is a public suffix; zones must be registrable domains");
    }
    if (!registrable.get().equals(name)) {
      throw ApiError.invalidInput(
          field,
          "subdomains are not supported: '"
              + name
              + "' is not a registrable domain (that is '"
              + registrable.get()
              + "')");
    }
  }

  /**
   * Checks an RRSet name relative to {@code zone}: {@code @}, or lower-case labels of letters,
   * digits, {@code -} and {@code _}, with {@code *} allowed as the first label; no trailing dot;
   * not ending in the zone name.
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
      throw ApiError.invalidInput(
          field, "must not end with the zone name '" + zone + "'; use '@' for the apex");
    }
    if (!name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
      throw ApiError.invalidInput(field, "must be in lower case");
    }
    if (!name.chars().allMatch(c -> c < 0x80)) {
      throw ApiError.invalidInput(
          field, "non-ASCII names must be transcribed to Punycode (xn--...)");
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
