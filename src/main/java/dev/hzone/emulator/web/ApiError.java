package dev.hzone.emulator.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An error answer of the API: HTTP status, machine code, human message and the code-specific {@code
 * details} ({@code null} when there are none), in the shape every Cloud API error has.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#errors">Errors</a>
 */
public final class ApiError extends RuntimeException {
  private final int status;
  private final String code;
  private final transient JsonElement details;

  public ApiError(int status, String code, String message, JsonElement details) {
    super(message, null, false, false);
    this.status = status;
    this.code = Objects.requireNonNull(code, "code");
    this.details = details == null ? JsonNull.INSTANCE : details;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public JsonElement details() {
    return details;
  }

  /** The response body: {@code {"error": {"code", "message", "details"}}}. */
  public JsonObject toJson() {
    JsonObject error = new JsonObject();
    error.addProperty("code", code);
    error.addProperty("message", getMessage());
    error.add("details", details.deepCopy());
    JsonObject body = new JsonObject();
    body.add("error", error);
    return body;
  }

  /** 422 {@code invalid_input} for one field, with the message the API formats from it. */
  public static ApiError invalidInput(String field, String problem) {
    return invalidInput(Map.of(field, List.of(problem)));
  }

  /**
   * 422 {@code invalid_input} naming every field at fault and its problems (in the map's order).
   */
  public static ApiError invalidInput(Map<String, List<String>> problems) {
    JsonArray fields = new JsonArray();
    StringBuilder msg = new StringBuilder();
    for (Map.Entry<String, List<String>> e : problems.entrySet()) {
      JsonObject f = new JsonObject();
      f.addProperty("name", e.getKey());
      JsonArray messages = new JsonArray();
      e.getValue().forEach(messages::add);
      f.add("messages", messages);
      fields.add(f);
      if (msg.length() > 0) {
        msg.append(", ");
      }
      msg.append("invalid input in field '")
          .append(e.getKey())
          .append("': ")
          .append(String.join("; ", e.getValue()));
    }
    JsonObject details = new JsonObject();
    details.add("fields", fields);
    return new ApiError(422, "invalid_input", msg.toString(), details);
  }

  /** 409 {@code uniqueness_error} naming the field that must be unique. */
  public static ApiError uniqueness(String message, String... fieldNames) {
    JsonArray fields = new JsonArray();
    for (String name : fieldNames) {
      JsonObject f = new JsonObject();
      f.addProperty("name", name);
      fields.add(f);
    }
    JsonObject details = new JsonObject();
    details.add("fields", fields);
    return new ApiError(409, "uniqueness_error", message, details);
  }

  /** 404 {@code not_found}. */
  public static ApiError notFound(String message) {
    return new ApiError(404, "not_found", message, null);
  }

  /** 400 {@code json_error}: the body is not JSON. */
  public static ApiError jsonError(String message) {
    return new ApiError(400, "json_error", message, null);
  }

  /** 423 {@code locked}: another action is running on the resource. */
  public static ApiError locked(String message) {
    return new ApiError(423, "locked", message, null);
  }

  /** 423 {@code protected}: a protection flag forbids this. */
  public static ApiError protectedResource(String message) {
    return new ApiError(423, "protected", message, null);
  }

  /** 422 {@code incorrect_zone_mode}: not possible for a zone in this mode. */
  public static ApiError incorrectZoneMode(String message) {
    return new ApiError(422, "incorrect_zone_mode", message, null);
  }

  /** 401 {@code unauthorized}. */
  public static ApiError unauthorized(String message) {
    return new ApiError(401, "unauthorized", message, null);
  }

  /** 405 {@code method_not_allowed}. */
  public static ApiError methodNotAllowed(String message) {
    return new ApiError(405, "method_not_allowed", message, null);
  }

  /**
   * 413: the request body is larger than the emulator reads. The API documents no limit and no code
   * for this (common.md §3 lists none); the answer keeps the API's error shape so that clients
   * report it as they do others.
   */
  public static ApiError payloadTooLarge(int maxBytes) {
    return new ApiError(
        413, "request_too_large", "the request body is larger than " + maxBytes + " bytes", null);
  }

  /** 429 {@code rate_limit_exceeded}. */
  public static ApiError rateLimitExceeded() {
    return new ApiError(
        429, "rate_limit_exceeded", "limit of 3600 requests per hour reached", null);
  }
}
