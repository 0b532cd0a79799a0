package dev.hzone.tsig;

import java.util.Locale;
import java.util.Optional;

/**
 * The TSIG algorithms that both BIND and Hetzner's secondary zones accept (the API's {@code
 * tsig_algorithm}), plus {@link #UNKNOWN} for a value read from the API that hzone does not know,
 * so reading never fails on it.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc8945">RFC 8945, TSIG</a>
 */
public enum TsigAlgorithm {
  HMAC_MD5("hmac-md5"),
  HMAC_SHA1("hmac-sha1"),
  HMAC_SHA256("hmac-sha256"),
  /** A value hzone does not know (read leniently from the API); no key can use it. */
  UNKNOWN("unknown");

  /** The algorithm a key without one uses, as {@code tsig-keygen} and the API default to. */
  public static final TsigAlgorithm DEFAULT = HMAC_SHA256;

  private final String text;

  TsigAlgorithm(String text) {
    this.text = text;
  }

  /** The name as BIND and the API write it, e.g. {@code hmac-sha256}. */
  public String text() {
    return text;
  }

  /** Whether this is one of the algorithms a key can use (not {@link #UNKNOWN}). */
  public boolean known() {
    return this != UNKNOWN;
  }

  /**
   * The algorithm written as {@code text}, in any case, with or without a trailing dot; BIND's long
   * name {@code hmac-md5.sig-alg.reg.int} is accepted for MD5. Empty for anything else (including
   * "unknown").
   */
  public static Optional<TsigAlgorithm> fromText(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1);
    }
    if (t.equals("hmac-md5.sig-alg.reg.int")) {
      return Optional.of(HMAC_MD5);
    }
    for (TsigAlgorithm a : values()) {
      if (a.known() && a.text.equals(t)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /**
   * As {@link #fromText}, with anything unrecognised read as {@link #UNKNOWN}: for values from the
   * API.
   */
  public static TsigAlgorithm lenient(String text) {
    return fromText(text).orElse(UNKNOWN);
  }

  /**
   * The names of the usable algorithms, for messages: {@code hmac-sha256, hmac-sha1 or hmac-md5}.
   */
  public static String knownNames() {
    return HMAC_SHA256.text + ", " + HMAC_SHA1.text + " or " + HMAC_MD5.text;
  }

  @Override
  public String toString() {
    return text;
  }
}
