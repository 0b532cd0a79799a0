package dev.hzone.migrate;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;

/**
 * The outcome of one query to one nameserver.
 *
 * @param outcome whether an answer came
 * @param response the answer, when one came
 * @param tsig what became of the TSIG signature
 * @param elapsed how long it took
 * @param detail for failures, what the network said (connection refused, timed out after 3 s ...)
 */
public record QueryResult(
    Outcome outcome,
    Optional<Message> response,
    TsigVerdict tsig,
    Duration elapsed,
    String detail) {

  /** Whether an answer came. */
  public enum Outcome {
    /** The server answered (with any response code). */
    ANSWERED,
    /** No answer within the timeout. */
    TIMEOUT,
    /**
     * The server could not be reached at all: unknown host, connection refused, port unreachable.
     */
    UNREACHABLE
  }

  public QueryResult {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(tsig, "tsig");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(detail, "detail");
    if ((outcome == Outcome.ANSWERED) != response.isPresent()) {
      throw new IllegalArgumentException("an answer goes with outcome ANSWERED, and only with it");
    }
  }

  public boolean answered() {
    return outcome == Outcome.ANSWERED;
  }

  /** The answer's response code (extended by TSIG/EDNS where present), or -1 when none came. */
  public int rcode() {
    return response.map(Message::getRcode).orElse(-1);
  }

  /**
   * The response code's name ({@code NOERROR}, {@code REFUSED} ...), or the outcome when none came.
   */
  public String rcodeText() {
    return response
        .map(m -> Rcode.string(m.getRcode()))
        .orElse(outcome.name().toLowerCase(java.util.Locale.ROOT));
  }
}
