package dev.hzone.migrate;

import java.util.Locale;
import java.util.Optional;
import org.xbill.DNS.Name;
import org.xbill.DNS.TSIG;

/**
 * The TSIG algorithms that both BIND and Hetzner's secondary zones accept (the API's {@code tsig_algorithm}).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc8945">RFC 8945, TSIG</a>
 */
public enum TsigAlgorithm {
  HMAC_MD5("hmac-md5", TSIG.HMAC_MD5),
  HMAC_SHA1("hmac-sha1", TSIG.HMAC_SHA1),
  HMAC_SHA256("hmac-sha256", TSIG.HMAC_SHA256);

  private final String text;
  private final Name dnsName;

  TsigAlgorithm(String text, Name dnsName) {
    this.text = text;
    this.dnsName = dnsName;
  }

  /** The name as BIND and the API write it, e.g. {@code hmac-sha256}. */
  public String text() {
    return text;
  }

  /** The algorithm's name on the wire. */
  Name dnsName() {
    return dnsName;
  }

  /**
   * The algorithm written as {@code text}, in any case, with or without a trailing dot; BIND's long name
   * {@code hmac-md5.sig-alg.reg.int} is accepted for MD5.
   */
  public static Optional<TsigAlgorithm> fromText(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1);
    }
    if (t.equals("hmac-md5.sig-alg.reg.int")) {
      return Optional.of(HMAC_MD5);
    }
    for (TsigAlgorithm a : values()) {
      if (a.text.equals(t)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return text;
  }
}
