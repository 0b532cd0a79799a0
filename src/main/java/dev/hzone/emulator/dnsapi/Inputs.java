package dev.hzone.emulator.dnsapi;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.ValueCanonicalizer;
import dev.hzone.emulator.web.ApiError;
import dev.hzone.emulator.web.Body;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/** Reads the DNS parts of request bodies: TTLs, record types and {@code records} arrays. */
final class Inputs {
  /** Most records in one RRSet action request ({@code maxItems: 50}). */
  static final int MAX_RECORDS_PER_REQUEST = 50;

  private static final Set<String> RECORD_KEYS = Set.of("value", "comment");

  private Inputs() {}

  /** A TTL member: absent or {@code null} is empty; otherwise 60 to 2147483647. */
  static OptionalInt ttl(Body body, String field) {
    OptionalLong v = body.optLong(field);
    if (v.isEmpty()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(checkTtl(v.getAsLong(), body.field(field)));
  }

  static int checkTtl(long ttl, String field) {
    if (ttl < Rrset.MIN_TTL || ttl > Rrset.MAX_TTL) {
      throw ApiError.invalidInput(
          field, "must be between " + Rrset.MIN_TTL + " and " + Rrset.MAX_TTL);
    }
    return (int) ttl;
  }

  /** A record type the API supports. */
  static RecordType type(String text, String field) {
    if (!text.equals(text.toUpperCase(java.util.Locale.ROOT))) {
      throw ApiError.invalidInput(field, "'" + text + "' is not a supported record type");
    }
    return RecordType.fromText(text)
        .orElseThrow(
            () -> ApiError.invalidInput(field, "'" + text + "' is not a supported record type"));
  }

  /** How a {@code records} array is read. */
  enum Comments {
    /** {@code comment} may be left out ({@code ""}). */
    OPTIONAL,
    /** {@code comment} must be given ({@code update_records}). */
    REQUIRED,
    /** Only the value counts ({@code remove_records}); a comment is accepted and ignored. */
    IGNORED
  }

  /**
   * A {@code records} array: objects {@code {value, comment}}, at least one, distinct values, each
   * value valid for {@code type}, at most {@code max} (or any number when {@code max} is 0).
   */
  static List<RecordValue> records(
      Body body, RecordType type, String zone, int max, Comments comments, boolean checkValues) {
    String field = body.field("records");
    if (!body.hasValue("records")) {
      throw ApiError.invalidInput(field, "is required");
    }
    List<Body> items = body.objects("records");
    if (items.isEmpty()) {
      throw ApiError.invalidInput(field, "must not be empty");
    }
    if (max > 0 && items.size() > max) {
      throw ApiError.invalidInput(
          field, "must not have more than " + max + " items (" + items.size() + " given)");
    }
    List<RecordValue> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Body item : items) {
      item.rejectUnknown(RECORD_KEYS);
      String value = item.requireString("value");
      String comment =
          comments == Comments.REQUIRED
              ? item.optString("comment")
                  .orElseThrow(() -> ApiError.invalidInput(item.field("comment"), "is required"))
              : item.optString("comment").orElse("");
      if (checkValues) {
        RecordValidator.check(type, value, zone, item.field("value"));
      }
      if (!seen.add(ValueCanonicalizer.canonical(type, value))) {
        throw ApiError.invalidInput(
            field, "must only contain distinct record values ('" + value + "' is given twice)");
      }
      out.add(new RecordValue(value, comments == Comments.IGNORED ? "" : comment));
    }
    return out;
  }
}
