package dev.hzone.emulator.web;

/**
 * A failure the emulator injects on purpose ({@code --faults RATE}), the kinds real clients meet.
 * Error answers come before the request is carried out; {@link #CONNECTION_DROPPED} carries the
 * request out and then closes the connection without an answer (the nasty case: did it happen?);
 * {@link #ACTION_ERROR} lets the request start its action, which then ends with status {@code
 * error} and changes nothing.
 */
public enum Fault {
  /** 429 {@code rate_limit_exceeded}. */
  RATE_LIMITED(429, "rate_limit_exceeded", "limit of 3600 requests per hour reached", false),
  /** 500 {@code server_error}. */
  SERVER_ERROR(500, "server_error", "internal server error", false),
  /** 502 {@code bad_gateway}. */
  BAD_GATEWAY(502, "bad_gateway", "the request could not be answered by the API backend", false),
  /** 503 {@code unavailable}. */
  UNAVAILABLE(503, "unavailable", "service is currently unavailable", false),
  /** 504 {@code timeout}. */
  TIMEOUT(504, "timeout", "the request could not be answered in time", false),
  /** 409 {@code conflict} (writes only). */
  CONFLICT(409, "conflict", "the resource has changed during the request, please retry", true),
  /** 423 {@code locked} (writes only). */
  LOCKED(423, "locked", "the resource is locked: another action is running", true),
  /** The request is carried out, the answer never sent. */
  CONNECTION_DROPPED(0, "", "", false),
  /** The action ends in {@code error} (requests that start actions only). */
  ACTION_ERROR(0, "action_failed", "Action failed", true);

  private final int status;
  private final String code;
  private final String message;
  private final boolean writesOnly;

  Fault(int status, String code, String message, boolean writesOnly) {
    this.status = status;
    this.code = code;
    this.message = message;
    this.writesOnly = writesOnly;
  }

  /** Whether this fault answers with an error instead of carrying the request out. */
  public boolean isErrorAnswer() {
    return status != 0;
  }

  /** The error answer of this fault. */
  public ApiError toError() {
    return new ApiError(status, code, message, null);
  }

  /** Whether the fault can hit a request with this method. */
  public boolean appliesTo(String method) {
    if (this == ACTION_ERROR) {
      return method.equals("POST") || method.equals("DELETE");
    }
    return !writesOnly || !method.equals("GET");
  }
}
