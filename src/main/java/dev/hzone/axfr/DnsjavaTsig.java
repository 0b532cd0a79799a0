package dev.hzone.axfr;

import dev.hzone.tsig.TsigAlgorithm;
import dev.hzone.tsig.TsigKey;
import java.time.Clock;
import javax.crypto.spec.SecretKeySpec;
import org.xbill.DNS.Name;
import org.xbill.DNS.TSIG;
import org.xbill.DNS.TextParseException;

/** The bridge from hzone's {@link TsigKey} to dnsjava's signer and verifier. */
public final class DnsjavaTsig {
  private DnsjavaTsig() {}

  /**
   * dnsjava's {@link TSIG} for {@code key}, with {@code clock} for the time check.
   *
   * @throws IllegalArgumentException when the key has no name (the API stores none: give it one
   *     with {@link TsigKey#withName}) or its name is not a domain name
   */
  public static TSIG signer(TsigKey key, Clock clock) {
    String name =
        key.name()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "a TSIG key needs a name to sign with (" + key + ")"));
    Name keyName;
    try {
      keyName = Name.fromString(name, Name.root);
    } catch (TextParseException e) {
      throw new IllegalArgumentException("TSIG key name '" + name + "' is not a valid domain name");
    }
    Name alg = wireName(key.algorithm());
    return new TSIG(alg, keyName, new SecretKeySpec(key.secret(), macName(key.algorithm())), clock);
  }

  /**
   * The JCA name of the algorithm's MAC (dnsjava's own lookup, {@code TSIG.nameToAlgorithm}, is
   * deprecated).
   */
  private static String macName(TsigAlgorithm algorithm) {
    return switch (algorithm) {
      case HMAC_MD5 -> "HmacMD5";
      case HMAC_SHA1 -> "HmacSHA1";
      case HMAC_SHA256 -> "HmacSHA256";
      case UNKNOWN ->
          throw new IllegalArgumentException("no key can use an unknown TSIG algorithm");
    };
  }

  /** The algorithm's name on the wire. */
  public static Name wireName(TsigAlgorithm algorithm) {
    return switch (algorithm) {
      case HMAC_MD5 -> TSIG.HMAC_MD5;
      case HMAC_SHA1 -> TSIG.HMAC_SHA1;
      case HMAC_SHA256 -> TSIG.HMAC_SHA256;
      case UNKNOWN ->
          throw new IllegalArgumentException("no key can use an unknown TSIG algorithm");
    };
  }
}
