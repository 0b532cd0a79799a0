package dev.hzone.api.cloud;

import dev.hzone.tsig.TsigAlgorithm;
import dev.hzone.tsig.TsigKey;
import java.util.Objects;
import java.util.Optional;

/**
 * A primary nameserver from which Hetzner copies a {@linkplain ZoneMode#SECONDARY secondary} zone
 * by AXFR, optionally signed with TSIG. {@link #toString()} never shows the TSIG key.
 *
 * <p>Read leniently, as the API may send it: {@code tsig_key} and {@code tsig_algorithm} each on
 * its own (an empty string reads as absent), an algorithm hzone does not know as {@link
 * TsigAlgorithm#UNKNOWN}. {@link #tsig()} gives the key when both parts are present and usable.
 *
 * @param address public IPv4 or IPv6 address, unique within the zone
 * @param port port, 53 unless given
 * @param tsigKey base64 TSIG key, if transfers are signed (a secret)
 * @param tsigAlgorithm the TSIG algorithm, given with the key
 */
public record PrimaryNameserver(
    String address, int port, Optional<String> tsigKey, Optional<TsigAlgorithm> tsigAlgorithm) {

  /** The DNS port, the default. */
  public static final int DEFAULT_PORT = 53;

  public PrimaryNameserver {
    Objects.requireNonNull(address, "address");
    port = port == 0 ? DEFAULT_PORT : port;
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException(
          "port " + port + " of primary nameserver " + address + " is not 1-65535");
    }
    tsigKey = tsigKey == null ? Optional.empty() : tsigKey.filter(k -> !k.isBlank());
    tsigAlgorithm = tsigAlgorithm == null ? Optional.empty() : tsigAlgorithm;
  }

  /** A primary nameserver without TSIG. */
  public static PrimaryNameserver of(String address, int port) {
    return new PrimaryNameserver(address, port, Optional.empty(), Optional.empty());
  }

  /**
   * A primary nameserver whose transfers are signed with {@code key} (its algorithm and secret; the
   * API keeps no name).
   */
  public static PrimaryNameserver withTsig(String address, int port, TsigKey key) {
    return new PrimaryNameserver(
        address, port, Optional.of(key.secretBase64()), Optional.of(key.algorithm()));
  }

  /**
   * The TSIG key, without a name, when both {@code tsig_key} and {@code tsig_algorithm} are
   * present, the algorithm is known and the key is base64; empty otherwise.
   */
  public Optional<TsigKey> tsig() {
    if (tsigKey.isEmpty() || tsigAlgorithm.isEmpty() || !tsigAlgorithm.get().known()) {
      return Optional.empty();
    }
    try {
      return Optional.of(TsigKey.fromBase64(Optional.empty(), tsigAlgorithm.get(), tsigKey.get()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "PrimaryNameserver[address="
        + address
        + ", port="
        + port
        + tsigAlgorithm.map(a -> ", tsig=" + a.text()).orElse("")
        + (tsigKey.isPresent() ? " key REDACTED" : "")
        + "]";
  }
}
