package dev.hzone.sync;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A TSIG key for a secondary zone's primary: algorithm, the file it was read from, and the base64 secret.
 * The secret never appears in {@link #toString()}, plans or messages; only its SHA-256 may be shown, to tell
 * two keys apart.
 */
public final class TsigKey {
  private final String algorithm;
  private final Path file;
  private final String secret;

  /**
   * @param algorithm {@code hmac-md5}, {@code hmac-sha1} or {@code hmac-sha256}
   * @param file where the secret was read from (shown instead of it)
   * @param secret the base64 secret as the API takes it
   */
  public TsigKey(String algorithm, Path file, String secret) {
    this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    this.file = Objects.requireNonNull(file, "file");
    this.secret = Objects.requireNonNull(secret, "secret");
  }

  public String algorithm() {
    return algorithm;
  }

  public Path file() {
    return file;
  }

  /** The secret, for the one request that sends it to the API. */
  public String secret() {
    return secret;
  }

  /** A SHA-256 of algorithm and secret: compares keys without showing them. */
  public String digest() {
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

  /** Same algorithm and secret (the file does not matter). */
  public boolean sameKey(TsigKey other) {
    return algorithm.equals(other.algorithm)
        && MessageDigest.isEqual(
            secret.getBytes(StandardCharsets.UTF_8), other.secret.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TsigKey k && sameKey(k) && file.equals(k.file);
  }

  @Override
  public int hashCode() {
    return Objects.hash(algorithm, file);
  }

  @Override
  public String toString() {
    return algorithm + " key from " + file;
  }
}
