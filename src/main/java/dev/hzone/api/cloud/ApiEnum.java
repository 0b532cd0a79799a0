package dev.hzone.api.cloud;

/**
 * An enum whose constants travel as strings in the API. The string is given explicitly because the
 * API mixes spellings ({@code partially-valid}, {@code round_robin}, {@code hmac-sha256}). An enum
 * that has a constant named {@code UNKNOWN} reads values it does not know as that constant instead
 * of failing, so a value added to the API later does not break reading.
 */
public interface ApiEnum {
  /** The value as the API writes it. */
  String apiValue();
}
