package dev.hzone.api;

/**
 * The API could not be reached, or the connection failed before an answer came, even after the
 * retries in {@link RetryOptions}. The message names the endpoint and the cause, never the token.
 */
public final class ApiTransportException extends HcloudException {
  public ApiTransportException(String message, Throwable cause) {
    super(message, cause);
  }
}
