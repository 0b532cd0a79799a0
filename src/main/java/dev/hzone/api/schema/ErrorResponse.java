package dev.hzone.api.schema;

import com.google.gson.JsonElement;
import java.util.List;

/**
 * The body of every 4xx and 5xx answer: {@code {"error": {"code", "message", "details"}}}.
 *
 * @param error the error
 */
public record ErrorResponse(Error error) {

  /**
   * @param code e.g. {@code invalid_input}
   * @param message what went wrong
   * @param details code-specific details, or null ({@link Details} reads the known shapes)
   */
  public record Error(String code, String message, JsonElement details) {}

  /**
   * The known shapes of {@code details}: {@code fields} for {@code invalid_input} and {@code
   * uniqueness_error}, {@code limits} for {@code resource_limit_exceeded}, {@code announcement} for
   * {@code deprecated_api_endpoint}.
   */
  public record Details(List<Field> fields, List<Limit> limits, String announcement) {}

  /** A field named in {@code details.fields}. */
  public record Field(String name, List<String> messages) {}

  /** A limit named in {@code details.limits}. */
  public record Limit(String name) {}
}
