package dev.hzone.emulator.web;

import com.google.gson.JsonElement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A successful answer: status, JSON body (none for 204) and extra headers such as {@code Link}.
 *
 * @param status HTTP status
 * @param body the JSON body, empty for {@code 204 No Content}
 * @param headers extra response headers
 */
public record ApiResponse(int status, Optional<JsonElement> body, Map<String, String> headers) {

  public ApiResponse {
    Objects.requireNonNull(body, "body");
    headers = Map.copyOf(headers);
  }

  /** 200 with a body. */
  public static ApiResponse ok(JsonElement body) {
    return new ApiResponse(200, Optional.of(body), Map.of());
  }

  /** 201 with a body. */
  public static ApiResponse created(JsonElement body) {
    return new ApiResponse(201, Optional.of(body), Map.of());
  }

  /** 204 without a body. */
  public static ApiResponse noContent() {
    return new ApiResponse(204, Optional.empty(), Map.of());
  }

  /** This response with one more header. */
  public ApiResponse withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new ApiResponse(status, body, h);
  }
}
