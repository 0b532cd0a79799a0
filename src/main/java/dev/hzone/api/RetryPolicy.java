package dev.hzone.api;

import java.io.IOException;

/**
 * Which failures are worth another try, and how to wait before it. Pure: it looks only at what came
 * back.
 *
 * <p>Retried, as common.md lists them safe: the API codes {@code conflict}, {@code
 * rate_limit_exceeded}, {@code bad_gateway} and {@code timeout}; HTTP 429, 502, 503 and 504
 * whatever the body; I/O errors before an answer; and, for reads only ({@link #forResponse(String,
 * int, ErrorCode)}), {@code 500 server_error}. Unlike the official SDKs, {@code locked} is retried
 * too, but only after the actions running on the resource have finished. POSTs are retried like the
 * SDKs do: the API rejects the repeat of a create that did succeed with {@code uniqueness_error},
 * never by doing it twice.
 *
 * <p>Two levels use it. The client's {@link RetryInterceptor} repeats a <em>request</em> as {@link
 * #forResponse(String, int, ErrorCode)} and {@link #forFailure(IOException)} decide. Above the
 * client, a caller that can tell whether its change happened (sync's applier, which plans from what
 * is there) may send an <em>operation</em> once more after the client gave up, when {@link
 * #maySendAgain(RuntimeException)} says the failure left nothing done; that is the only place a
 * write the client did not repeat is repeated.
 */
public final class RetryPolicy {
  private RetryPolicy() {}

  /** What to do about a failed try. */
  public enum Decision {
    /** Not retryable: report the failure. */
    FAIL,
    /** Retry after the {@link Backoff}. */
    BACKOFF,
    /** Retry once the rate-limit budget allows (429). */
    RATE_LIMIT,
    /** Retry once the actions running on the resource are done (423 {@code locked}). */
    AWAIT_ACTIONS
  }

  /**
   * The decision for an answer to a request with {@code method}: as {@link #forResponse(int,
   * ErrorCode)}, and besides, a read ({@code GET}, {@code HEAD}) that met {@code 500 server_error}
   * is tried again. A read changes nothing, so repeating it is always safe, and a sync whose read
   * fails must stop the whole run (nothing is planned from half a zone), so one backend hiccup
   * would otherwise cost the user a rerun.
   */
  public static Decision forResponse(String method, int status, ErrorCode code) {
    Decision d = forResponse(status, code);
    if (d == Decision.FAIL
        && status == 500
        && (method.equals("GET") || method.equals("HEAD"))
        && (code == ErrorCode.SERVER_ERROR || code == ErrorCode.UNKNOWN)) {
      return Decision.BACKOFF;
    }
    return d;
  }

  /**
   * The decision for an answer with HTTP {@code status} and API error {@code code}, whatever the
   * method.
   */
  public static Decision forResponse(int status, ErrorCode code) {
    if (status < 400) {
      return Decision.FAIL;
    }
    if (status == 429 || code == ErrorCode.RATE_LIMIT_EXCEEDED) {
      return Decision.RATE_LIMIT;
    }
    if (code == ErrorCode.LOCKED) {
      return Decision.AWAIT_ACTIONS;
    }
    if (code == ErrorCode.CONFLICT || code == ErrorCode.BAD_GATEWAY || code == ErrorCode.TIMEOUT) {
      return Decision.BACKOFF;
    }
    if (status == 502 || status == 503 || status == 504) {
      return Decision.BACKOFF;
    }
    return Decision.FAIL;
  }

  /**
   * Whether a caller may send the same write once more after the client's own tries ended in {@code
   * failure}: only for {@code 500 server_error} (or a 500 without an error body), which the client
   * does not repeat for writes, and after which the API has done nothing. Any other failure is
   * final (a refusal stays a refusal) or unknown in outcome (an I/O error may come after the write
   * was done).
   */
  public static boolean maySendAgain(RuntimeException failure) {
    return failure instanceof ApiException api
        && api.status() == 500
        && (api.is(ErrorCode.SERVER_ERROR) || api.rawCode().isEmpty());
  }

  /** The decision for a request that got no answer. */
  public static Decision forFailure(IOException error) {
    return Decision.BACKOFF;
  }
}
