package dev.hzone.acme;

import java.util.Objects;

/**
 * What one nameserver said when asked for the challenge TXT.
 *
 * @param server the nameserver
 * @param state whether it serves the value
 * @param detail for people: {@code NXDOMAIN}, {@code 2 other TXT values}, {@code timeout}; never
 *     other values
 */
public record Observation(Nameserver server, State state, String detail) {
  public Observation {
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(detail, "detail");
  }

  /** The outcome of one query. */
  public enum State {
    /** The answer holds a TXT record with exactly the value. */
    SERVES,
    /** The server answered, without the value. */
    LAGS,
    /** No usable answer: timeout, refused, network error. */
    UNREACHABLE
  }

  @Override
  public String toString() {
    return server.label() + " (" + detail + ")";
  }
}
