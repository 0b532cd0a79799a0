package dev.hzone.migrate;

/** What became of the TSIG signature on an exchange with a nameserver. */
public enum TsigVerdict {
  /**
   * The server accepted our signature and its answer carried a signature that verified with our
   * key.
   */
  VALID("valid"),
  /** The server does not know a key of that name and algorithm (TSIG error BADKEY). */
  BAD_KEY("bad key"),
  /**
   * The server knows the key name but the signature did not verify: the secrets differ (BADSIG).
   */
  BAD_SIGNATURE("bad signature"),
  /** The clocks of the two sides differ by more than the allowed fudge (BADTIME). */
  BAD_TIME("bad time"),
  /** The answer carried no signature: no key was given, or the server did not sign. */
  UNSIGNED("unsigned"),
  /** No answer came, so nothing could be checked. */
  NOT_CHECKED("not checked");

  private final String text;

  TsigVerdict(String text) {
    this.text = text;
  }

  /** A short phrase for reports. */
  public String text() {
    return text;
  }
}
