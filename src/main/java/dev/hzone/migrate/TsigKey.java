package dev.hzone.migrate;

import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.spec.SecretKeySpec;
import org.xbill.DNS.Name;
import org.xbill.DNS.TSIG;
import org.xbill.DNS.TextParseException;

/**
 * A TSIG key: its name, algorithm and secret. The secret never appears in {@link #toString()}, in exception
 * messages or in logs; only {@link #toTsig(Clock)} hands it on, to sign and verify messages.
 *
 * <p>Read one with {@link TsigKeyParser}.
 */
public final class TsigKey {
  private final String name;
  private final TsigAlgorithm algorithm;
  private final byte[] secret;

  /**
   * @param name the key's name as the server knows it, e.g. {@code transfer-key} (a domain name)
   * @param algorithm the HMAC algorithm
   * @param secret the shared secret, at least one byte
   */
  public TsigKey(String name, TsigAlgorithm algorithm, byte[] secret) {
    this.name = Objects.requireNonNull(name, "name");
    this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    if (secret.length == 0) {
      throw new IllegalArgumentException("TSIG key '" + name + "' has an empty secret");
    }
    this.secret = secret.clone();
    try {
      Name.fromString(name, Name.root);
    } catch (TextParseException e) {
      throw new IllegalArgumentException("TSIG key name '" + name + "' is not a valid domain name");
    }
  }

  /** The key's name, without a trailing dot. */
  public String name() {
    return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }

  public TsigAlgorithm algorithm() {
    return algorithm;
  }

  /** A copy of the secret, for handing to the API (a secondary zone's {@code tsig_key}); never print it. */
  public byte[] secret() {
    return secret.clone();
  }

  /** dnsjava's signer and verifier for this key, with its clock for the TSIG time check. */
  public TSIG toTsig(Clock clock) {
    try {
      Name keyName = Name.fromString(name, Name.root);
      SecretKeySpec spec = new SecretKeySpec(secret, TSIG.nameToAlgorithm(algorithm.dnsName()));
      return new TSIG(algorithm.dnsName(), keyName, spec, clock);
    } catch (TextParseException e) {
      throw new IllegalStateException("checked in the constructor", e);
    }
  }

  /** The same key as hzone's shared key type. */
  public dev.hzone.tsig.TsigKey shared() {
    return dev.hzone.tsig.TsigKey.of(name, dev.hzone.tsig.TsigAlgorithm.fromText(algorithm.text()).orElseThrow(),
        secret);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TsigKey k
        && name().equalsIgnoreCase(k.name())
        && algorithm == k.algorithm
        && Arrays.equals(secret, k.secret);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name().toLowerCase(java.util.Locale.ROOT), algorithm);
  }

  /** Name and algorithm only: the secret is never shown. */
  @Override
  public String toString() {
    return "TsigKey[" + name() + ", " + algorithm.text() + ", secret redacted]";
  }
}
