package dev.hzone.tsig;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A TSIG key: the name the servers know it by (absent where the source has none: the API stores
 * algorithm and secret only), its {@link TsigAlgorithm} and its secret. The secret never appears in
 * {@link #toString()}, exception messages or logs; {@link #fingerprint()} tells keys apart on
 * screen, {@link #secret()} and {@link #secretBase64()} hand the secret on to the one place that
 * needs it (a signer, or the API request that sets it).
 *
 * <pre>{@code
 * TsigKey key = TsigKey.of("transfer-key", TsigAlgorithm.HMAC_SHA256, secretBytes);
 * key.fingerprint();   // "3f9a0c12", the first 8 hex digits of SHA-256 of the secret
 * }</pre>
 */
public final class TsigKey {
  private static final int MAX_NAME = 253;

  private final Optional<String> name;
  private final TsigAlgorithm algorithm;
  private final byte[] secret;
  private final byte[] sha256;

  private TsigKey(Optional<String> name, TsigAlgorithm algorithm, byte[] secret) {
    Objects.requireNonNull(algorithm, "algorithm");
    this.name = name.map(TsigKey::checkName);
    if (!algorithm.known()) {
      throw new IllegalArgumentException(
          "unsupported TSIG algorithm (use " + TsigAlgorithm.knownNames() + ")");
    }
    if (secret.length == 0) {
      throw new IllegalArgumentException(
          this.name.map(n -> "the secret of key \"" + n + "\"").orElse("the TSIG secret")
              + " is empty");
    }
    this.algorithm = algorithm;
    this.secret = secret.clone();
    this.sha256 = sha256(this.secret);
  }

  /**
   * A named key.
   *
   * @param name the key's name as the server knows it, e.g. {@code transfer-key} (a domain name; a
   *     trailing dot is dropped)
   * @throws IllegalArgumentException when the name is not a domain name, the algorithm {@link
   *     TsigAlgorithm#UNKNOWN} or the secret empty (the message never holds the secret)
   */
  public static TsigKey of(String name, TsigAlgorithm algorithm, byte[] secret) {
    return new TsigKey(Optional.of(Objects.requireNonNull(name, "name")), algorithm, secret);
  }

  /** A key without a name, as the API holds it for a secondary zone's primary. */
  public static TsigKey unnamed(TsigAlgorithm algorithm, byte[] secret) {
    return new TsigKey(Optional.empty(), algorithm, secret);
  }

  /**
   * A key from its base64 secret.
   *
   * @throws IllegalArgumentException when the secret is not base64 (the message never quotes it)
   */
  public static TsigKey fromBase64(Optional<String> name, TsigAlgorithm algorithm, String base64) {
    byte[] secret;
    try {
      secret = Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          name.map(n -> "the secret of key \"" + n + "\"").orElse("the TSIG secret")
              + " is not valid base64");
    }
    return new TsigKey(name, algorithm, secret);
  }

  /** The key's name without a trailing dot, if known. */
  public Optional<String> name() {
    return name;
  }

  /**
   * The same key under {@code name} (the API stores no name; the caller knows it from elsewhere).
   */
  public TsigKey withName(String newName) {
    return new TsigKey(Optional.of(newName), algorithm, secret);
  }

  public TsigAlgorithm algorithm() {
    return algorithm;
  }

  /** A copy of the secret, for a signer; never print it. */
  public byte[] secret() {
    return secret.clone();
  }

  /** The secret in base64, for the one API request that sets it; never print it. */
  public String secretBase64() {
    return Base64.getEncoder().encodeToString(secret);
  }

  /**
   * The first 8 hex digits of SHA-256 of the secret: enough to tell keys apart on screen (a plan, a
   * report), too little to learn anything about a random secret.
   */
  public String fingerprint() {
    return HexFormat.of().formatHex(sha256, 0, 4);
  }

  /**
   * The whole SHA-256 of the secret in hex, for documents that compare keys without holding them.
   */
  public String sha256Hex() {
    return HexFormat.of().formatHex(sha256);
  }

  /** Same algorithm and secret, whatever the names (compared in constant time). */
  public boolean sameSecret(TsigKey other) {
    return algorithm == other.algorithm && MessageDigest.isEqual(secret, other.secret);
  }

  /** Same name (ignoring case and absence on both sides alike), algorithm and secret. */
  @Override
  public boolean equals(Object o) {
    return o instanceof TsigKey k
        && name.map(n -> n.toLowerCase(Locale.ROOT))
            .equals(k.name.map(n -> n.toLowerCase(Locale.ROOT)))
        && sameSecret(k);
  }

  @Override
  public int hashCode() {
    return Objects.hash(algorithm, Arrays.hashCode(sha256));
  }

  /** Name, algorithm and fingerprint only: the secret is never shown. */
  @Override
  public String toString() {
    return "TsigKey["
        + name.orElse("(no name)")
        + ", "
        + algorithm.text()
        + ", fingerprint "
        + fingerprint()
        + "]";
  }

  private static String checkName(String raw) {
    String n = raw.endsWith(".") ? raw.substring(0, raw.length() - 1) : raw;
    boolean ok = !n.isEmpty() && n.length() <= MAX_NAME && !n.startsWith(".") && !n.contains("..");
    for (int i = 0; ok && i < n.length(); i++) {
      char c = n.charAt(i);
      ok = c > ' ' && c < 0x7f && c != '"' && c != ';' && c != '\\';
    }
    if (ok) {
      for (String label : n.split("\\.")) {
        ok &= label.length() <= 63;
      }
    }
    if (!ok) {
      throw new IllegalArgumentException(
          "TSIG key name '" + shorten(raw) + "' is not a valid domain name");
    }
    return n;
  }

  private static String shorten(String s) {
    return s.length() <= 64 ? s : s.substring(0, 64) + "...";
  }

  private static byte[] sha256(byte[] secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
