package dev.hzone.api;

import java.util.Locale;

/**
 * The API's error codes ({@code error.code} in an error response). Codes this enum does not know
 * read as {@link #UNKNOWN}; {@link ApiException#rawCode()} keeps the string as sent.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#description/errors">Errors</a>
 */
public enum ErrorCode {
  /** 400: the request body is not valid JSON. */
  JSON_ERROR,
  /** 401: missing or invalid token. */
  UNAUTHORIZED,
  /** 401: a read-only token was used for a change. */
  TOKEN_READONLY,
  /** 403: insufficient permissions. */
  FORBIDDEN,
  /** 403: blocked by maintenance. */
  MAINTENANCE,
  /** 403: a project or account limit was reached; see {@link ApiException#limits()}. */
  RESOURCE_LIMIT_EXCEEDED,
  /** 404: the resource does not exist. */
  NOT_FOUND,
  /** 405: method not allowed. */
  METHOD_NOT_ALLOWED,
  /** 409: a field must be unique; see {@link ApiException#fields()}. */
  UNIQUENESS_ERROR,
  /** 409: the resource changed during the request; safe to retry. */
  CONFLICT,
  /** 410: the endpoint was removed. */
  DEPRECATED_API_ENDPOINT,
  /** 412: the resource is not available (e.g. not orderable). */
  RESOURCE_UNAVAILABLE,
  /** 422: validation failed; see {@link ApiException#fields()}. */
  INVALID_INPUT,
  /** 422: error within a service. */
  SERVICE_ERROR,
  /** 422: the resource does not support the action. */
  UNSUPPORTED_ERROR,
  /** 422: the operation is not valid for the zone's mode (primary or secondary). */
  INCORRECT_ZONE_MODE,
  /** 423: another action is running on the resource. */
  LOCKED,
  /** 423: forbidden by the resource's protection. */
  PROTECTED,
  /** 429: the rate limit was hit. */
  RATE_LIMIT_EXCEEDED,
  /** 500: backend error. */
  SERVER_ERROR,
  /** 502: the backend could not answer; safe to retry. */
  BAD_GATEWAY,
  /** 503: a service is unavailable. */
  UNAVAILABLE,
  /** 504: the backend was too slow; safe to retry. */
  TIMEOUT,
  /** An action failed (in {@link Action.ActionError}). */
  ACTION_FAILED,
  /** A code this version does not know, or an error without a JSON body. */
  UNKNOWN;

  /** The code as the API writes it, e.g. {@code rate_limit_exceeded}. */
  public String apiValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The constant for an API code; {@link #UNKNOWN} when there is none. */
  public static ErrorCode fromApi(String code) {
    if (code == null || code.isEmpty()) {
      return UNKNOWN;
    }
    for (ErrorCode c : values()) {
      if (c != UNKNOWN && c.apiValue().equals(code)) {
        return c;
      }
    }
    // limit_reached is the old name of rate_limit_exceeded (hcloud-go keeps both).
    return code.equals("limit_reached") ? RATE_LIMIT_EXCEEDED : UNKNOWN;
  }
}
