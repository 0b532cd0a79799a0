package dev.hzone.sync;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A TSIG key for a secondary zone's primary: its algorithm, where it came from, and its base64 secret. The
 * secret never appears in {@link #toString()}, plans or messages; keys are told apart by a SHA-256
 * {@link #digest()}. A key read back from a plan document's "before" side is known by its digest alone.
 */
public final class TsigKey {
  private final String algorithm;
  private final Optional<Path> file;
  private final Optional<String> secret;
  private final String digest;

  private TsigKey(String algorithm, Optional<Path> file, Optional<String> secret, String digest) {
    this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    this.file = Objects.requireNonNull(file, "file");
    this.secret = Objects.requireNonNull(secret, "secret");
    this.digest = Objects.requireNonNull(digest, "digest");
  }

  /** A key read from {@code file}. */
  public static TsigKey fromFile(String algorithm, Path file, String secret) {
    return new TsigKey(algorithm, Optional.of(file), Optional.of(secret), digest(algorithm, secret));
  }

  /** A key as the API returned it (the API echoes secrets of secondary zones). */
  public static TsigKey fromApi(String algorithm, String secret) {
    return new TsigKey(algorithm, Optional.empty(), Optional.of(secret), digest(algorithm, secret));
  }

  /** A key known only by its digest, from a plan document. */
  public static TsigKey ofDigest(String algorithm, String digest) {
    return new TsigKey(algorithm, Optional.empty(), Optional.empty(), digest);
  }

  public String algorithm() {
    return algorithm;
  }

  /** The file it was read from, if it came from one. */
  public Optional<Path> file() {
    return file;
  }

  /** The secret, for the one request that sends it to the API; empty for a key known by digest only. */
  public Optional<String> secret() {
    return secret;
  }

  /** A SHA-256 of algorithm and secret, in hex: compares keys without showing them. */
  public String digest() {
    return digest;
  }

  /** Same algorithm and secret (where it came from does not matter). */
  public boolean sameKey(TsigKey other) {
    return algorithm.equals(other.algorithm) && MessageDigest.isEqual(
        digest.getBytes(StandardCharsets.US_ASCII), other.digest.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TsigKey k && sameKey(k) && file.equals(k.file);
  }

  @Override
  public int hashCode() {
    return Objects.hash(algorithm, digest);
  }

  @Override
  public String toString() {
    return algorithm + " key" + file.map(f -> " from " + f).orElse("");
  }

  private static String digest(String algorithm, String secret) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(algorithm.getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
