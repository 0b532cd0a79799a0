package dev.hzone.zonefile;

/**
 * A problem with one entry, raised deep in the parser without knowing file or line; the entry's
 * parser adds the position and turns it into a {@link Finding}. Carries no stack trace: it is
 * control flow.
 */
final class ParseProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String ruleId;

  ParseProblem(String message) {
    this("syntax", message);
  }

  ParseProblem(String ruleId, String message) {
    super(message, null, false, false);
    this.ruleId = ruleId;
  }

  String ruleId() {
    return ruleId;
  }
}
