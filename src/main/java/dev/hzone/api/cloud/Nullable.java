package dev.hzone.api.cloud;

import java.util.Optional;

/**
 * A request field that is always sent, as JSON {@code null} when {@code value} is null. Used where
 * the API gives null a meaning: {@code ttl: null} in an RRSet's {@code change_ttl} ("inherit the
 * zone's TTL"), {@code dns_ptr: null} in {@code change_dns_ptr} ("reset to the default entry"), and
 * every request field the OpenAPI document describes as "set to null to ..." (the generator picks
 * those out). Other absent fields are left out of requests.
 *
 * @param value the value, or null to send {@code null}
 * @param <T> the value's type
 */
public record Nullable<T>(T value) {
  /** Sends {@code null}. */
  public static <T> Nullable<T> ofNull() {
    return new Nullable<>(null);
  }

  /** Sends {@code value}. */
  public static <T> Nullable<T> of(T value) {
    return new Nullable<>(java.util.Objects.requireNonNull(value, "value"));
  }

  /** The value, empty when {@code null} is sent. */
  public Optional<T> asOptional() {
    return Optional.ofNullable(value);
  }
}
