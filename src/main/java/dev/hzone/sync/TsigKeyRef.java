package dev.hzone.sync;

import dev.hzone.tsig.TsigKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;

/**
 * A secondary zone's TSIG key as a plan refers to it: the {@link TsigKey} itself where it is known
 * (read from a key file, or from the API), where it came from, and the SHA-256 of its secret. A key
 * read back from a plan document's "before" side is known by its digest alone. The secret never
 * appears in {@link #toString()}, plans or messages; {@link #fingerprint()} shows which key it is.
 */
public final class TsigKeyRef {
  private final String algorithm;
  private final Optional<Path> file;
  private final Optional<TsigKey> key;
  private final String digest;

  private TsigKeyRef(String algorithm, Optional<Path> file, Optional<TsigKey> key, String digest) {
    this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    this.file = Objects.requireNonNull(file, "file");
    this.key = Objects.requireNonNull(key, "key");
    this.digest = Objects.requireNonNull(digest, "digest");
  }

  /** A key read from {@code file}. */
  public static TsigKeyRef fromFile(Path file, TsigKey key) {
    return new TsigKeyRef(
        key.algorithm().text(), Optional.of(file), Optional.of(key), key.sha256Hex());
  }

  /** A key as the API returned it (the API echoes secrets of secondary zones). */
  public static TsigKeyRef fromApi(TsigKey key) {
    return new TsigKeyRef(
        key.algorithm().text(), Optional.empty(), Optional.of(key), key.sha256Hex());
  }

  /** A key known only by its algorithm and the SHA-256 of its secret, from a plan document. */
  public static TsigKeyRef ofDigest(String algorithm, String digest) {
    return new TsigKeyRef(algorithm, Optional.empty(), Optional.empty(), digest);
  }

  /** The algorithm as BIND and the API write it, e.g. {@code hmac-sha256}. */
  public String algorithm() {
    return algorithm;
  }

  /** The file it was read from, if it came from one. */
  public Optional<Path> file() {
    return file;
  }

  /**
   * The key, for the one request that sends it to the API; empty for a key known by digest only.
   */
  public Optional<TsigKey> key() {
    return key;
  }

  /**
   * The base64 secret, for the one request that sends it to the API; empty for a key known by
   * digest only.
   */
  public Optional<String> secret() {
    return key.map(TsigKey::secretBase64);
  }

  /** The SHA-256 of the secret, in hex: compares keys without showing them. */
  public String digest() {
    return digest;
  }

  /**
   * The first 8 hex digits of {@link #digest()}, as {@link TsigKey#fingerprint()}: for showing key
   * changes.
   */
  public String fingerprint() {
    return digest.length() >= 8 ? digest.substring(0, 8) : digest;
  }

  /** Same algorithm and secret (where it came from does not matter). */
  public boolean sameKey(TsigKeyRef other) {
    return algorithm.equals(other.algorithm)
        && MessageDigest.isEqual(
            digest.getBytes(StandardCharsets.US_ASCII),
            other.digest.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TsigKeyRef k && sameKey(k) && file.equals(k.file);
  }

  @Override
  public int hashCode() {
    return Objects.hash(algorithm, digest);
  }

  @Override
  public String toString() {
    return algorithm + " key " + fingerprint() + file.map(f -> " from " + f).orElse("");
  }
}
