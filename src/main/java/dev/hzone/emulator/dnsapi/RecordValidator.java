package dev.hzone.emulator.dnsapi;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.TxtStrings;
import dev.hzone.emulator.web.ApiError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.TextParseException;

/**
 * Checks a record value in the API's presentation syntax. Names inside values that do not end in a
 * dot are relative to the zone (Hetzner appends the zone name). TXT values must be one or more
 * double-quoted strings of at most 255 bytes each, the form the API returns and requires.
 */
final class RecordValidator {
  private RecordValidator() {}

  /**
   * @throws ApiError {@code invalid_input} on {@code field} when {@code value} is not a valid
   *     {@code type} value
   */
  static void check(RecordType type, String value, String zone, String field) {
    if (value.isBlank()) {
      throw ApiError.invalidInput(field, "must not be empty");
    }
    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      throw ApiError.invalidInput(field, "must be on one line");
    }
    if (type == RecordType.TXT) {
      checkTxt(value, field);
      return;
    }
    try {
      Name origin = Name.fromString(zone + ".");
      Record.fromString(origin, type.code(), DClass.IN, 3600, value, origin);
    } catch (TextParseException e) {
      throw ApiError.invalidInput(
          field, "'" + value + "' is not a valid " + type + " record: " + e.getMessage());
    } catch (IOException | RuntimeException e) {
      throw ApiError.invalidInput(
          field, "'" + value + "' is not a valid " + type + " record: " + e.getMessage());
    }
  }

  private static void checkTxt(String value, String field) {
    String v = value.strip();
    int i = 0;
    while (i < v.length()) {
      char c = v.charAt(i);
      if (c == ' ' || c == '\t') {
        i++;
        continue;
      }
      if (c != '"') {
        throw ApiError.invalidInput(
            field,
            "TXT record values must consist of one or more quoted strings,"
                + " e.g. \"v=spf1 -all\"");
      }
      i++;
      boolean closed = false;
      while (i < v.length()) {
        char d = v.charAt(i);
        if (d == '\\') {
          i += 2;
          continue;
        }
        i++;
        if (d == '"') {
          closed = true;
          break;
        }
      }
      if (!closed) {
        throw ApiError.invalidInput(field, "TXT record value has an unterminated quoted string");
      }
      if (i < v.length() && v.charAt(i) != ' ' && v.charAt(i) != '\t') {
        throw ApiError.invalidInput(
            field, "quoted strings of a TXT record value must be separated by a space");
      }
    }
    List<byte[]> strings;
    try {
      strings = TxtStrings.parse(v);
    } catch (IllegalArgumentException e) {
      throw ApiError.invalidInput(field, "TXT record value: " + e.getMessage());
    }
    for (byte[] s : strings) {
      if (s.length > TxtStrings.MAX_STRING_BYTES) {
        throw ApiError.invalidInput(
            field,
            "a TXT string exceeds 255 characters ("
                + new String(s, StandardCharsets.UTF_8).length()
                + " characters, "
                + s.length
                + " bytes); split it into several quoted strings");
      }
    }
  }
}
