package dev.hzone.api;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request as the client saw it, for {@code --verbose} and similar logs. Holds no headers
 * and no bodies, so no token, TSIG key or other secret can get into a log through it.
 *
 * @param method {@code GET}, {@code POST}...
 * @param path the URL's path and query, e.g. {@code
 *     /v1/zones/example.com/rrsets?page=1&per_page=100}
 * @param status the HTTP status, 0 when no answer came
 * @param elapsed from sending the request to receiving the answer's headers
 * @param requestId the answer's {@code X-Correlation-Id}, if any
 * @param failure why no answer came (an I/O error's message), if none did
 */
public record RequestLog(
    String method,
    String path,
    int status,
    Duration elapsed,
    Optional<String> requestId,
    Optional<String> failure) {

  public RequestLog {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(failure, "failure");
  }

  /**
   * One line: {@code GET /v1/zones 200 87 ms req 3f2a...} (or the failure in place of the status).
   */
  public String toLine() {
    StringBuilder sb = new StringBuilder(method).append(' ').append(path).append(' ');
    sb.append(status == 0 ? "failed" : Integer.toString(status));
    sb.append(' ').append(elapsed.toMillis()).append(" ms");
    requestId.ifPresent(id -> sb.append(" req ").append(id));
    failure.ifPresent(f -> sb.append(" (").append(f).append(')'));
    return sb.toString();
  }
}
