package dev.hzone.api;

import com.google.gson.JsonParseException;
import dev.hzone.api.schema.ErrorResponse;
import dev.hzone.api.schema.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.Response;

/**
 * Reads error answers into {@link ApiException}s; copes with bodies that are missing or not JSON.
 */
final class ErrorBodies {
  /** Error bodies are small; a proxy's HTML page is not worth reading further. */
  static final long MAX_BYTES = 64 * 1024;

  private ErrorBodies() {}

  /** The API's {@code error} object in {@code body}, if the body is one. */
  static Optional<ErrorResponse.Error> parse(String body) {
    if (body == null || body.isBlank()) {
      return Optional.empty();
    }
    try {
      ErrorResponse r = Json.gson().fromJson(body, ErrorResponse.class);
      return r == null || r.error() == null || r.error().code() == null
          ? Optional.empty()
          : Optional.of(r.error());
    } catch (JsonParseException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  /**
   * The error code of an answer, reading at most {@link #MAX_BYTES} of its body without consuming
   * it.
   */
  static ErrorCode codeOf(Response response) {
    if (response.code() < 400) {
      return ErrorCode.UNKNOWN;
    }
    try {
      return parse(response.peekBody(MAX_BYTES).string())
          .map(e -> ErrorCode.fromApi(e.code()))
          .orElse(ErrorCode.UNKNOWN);
    } catch (java.io.IOException e) {
      return ErrorCode.UNKNOWN;
    }
  }

  /** The exception for an error answer with HTTP {@code status}, body {@code body}. */
  static ApiException toException(int status, String body, Optional<String> correlationId) {
    Optional<ErrorResponse.Error> parsed = parse(body);
    if (parsed.isEmpty()) {
      return new ApiException(
          status,
          "",
          "the API answered HTTP " + status + " without an error body",
          List.of(),
          List.of(),
          correlationId);
    }
    ErrorResponse.Error e = parsed.get();
    List<ApiException.FieldError> fields = new ArrayList<>();
    List<String> limits = new ArrayList<>();
    if (e.details() != null && e.details().isJsonObject()) {
      try {
        ErrorResponse.Details d = Json.gson().fromJson(e.details(), ErrorResponse.Details.class);
        if (d.fields() != null) {
          for (ErrorResponse.Field f : d.fields()) {
            if (f != null && f.name() != null) {
              fields.add(new ApiException.FieldError(f.name(), f.messages()));
            }
          }
        }
        if (d.limits() != null) {
          for (ErrorResponse.Limit l : d.limits()) {
            if (l != null && l.name() != null) {
              limits.add(l.name());
            }
          }
        }
      } catch (JsonParseException | IllegalStateException ignored) {
        // Details of a shape we do not know: the code and message still say what happened.
      }
    }
    String message = e.message() == null ? "" : e.message();
    return new ApiException(status, e.code(), message, fields, limits, correlationId);
  }
}
