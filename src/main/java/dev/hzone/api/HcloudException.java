package dev.hzone.api;

/**
 * Anything the Cloud API client reports: the API refused a request ({@link ApiException}), the API
 * could not be reached ({@link ApiTransportException}), an action failed or did not finish ({@link
 * ActionFailedException}, {@link ActionTimeoutException}), or a list read in pages did not add up
 * ({@link InconsistentListException}). Catch this to handle every failure of the client in one
 * place; a bug in the client is never one of these.
 */
public abstract class HcloudException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected HcloudException(String message) {
    super(message);
  }

  protected HcloudException(String message, Throwable cause) {
    super(message, cause);
  }
}
