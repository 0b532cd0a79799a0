package dev.hzone.tsig;

import java.util.Objects;

/**
 * A TSIG key that cannot be read: the message names the source (a file, an option, an environment
 * variable) and what is wrong, never the secret or the text around it.
 */
public final class TsigKeyException extends RuntimeException {
  private final String source;
  private final String problem;

  public TsigKeyException(String source, String problem) {
    super(source + ": " + problem);
    this.source = Objects.requireNonNull(source, "source");
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** The file or option the key came from. */
  public String source() {
    return source;
  }

  /** What is wrong, without the source. */
  public String problem() {
    return problem;
  }
}
