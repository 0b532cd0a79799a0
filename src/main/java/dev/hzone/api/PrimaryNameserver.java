package dev.hzone.api;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A primary nameserver from which Hetzner copies a {@linkplain ZoneMode#SECONDARY secondary} zone by AXFR,
 * optionally signed with TSIG. {@link #toString()} never shows the TSIG key.
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
      throw new IllegalArgumentException("port " + port + " of primary nameserver " + address + " is not 1-65535");
    }
    tsigKey = tsigKey == null ? Optional.empty() : tsigKey;
    tsigAlgorithm = tsigAlgorithm == null ? Optional.empty() : tsigAlgorithm;
    if (tsigKey.isPresent() != tsigAlgorithm.isPresent()) {
      throw new IllegalArgumentException(
          "primary nameserver " + address + ": give the TSIG key and algorithm together");
    }
  }

  /** A primary nameserver without TSIG. */
  public static PrimaryNameserver of(String address, int port) {
    return new PrimaryNameserver(address, port, Optional.empty(), Optional.empty());
  }

  /** A primary nameserver whose transfers are signed with {@code key} (base64). */
  public static PrimaryNameserver withTsig(String address, int port, TsigAlgorithm algorithm, String key) {
    return new PrimaryNameserver(address, port, Optional.of(key), Optional.of(algorithm));
  }

  @Override
  public String toString() {
    return "PrimaryNameserver[address=" + address + ", port=" + port
        + tsigAlgorithm.map(a -> ", tsig=" + a.apiValue() + " key REDACTED").orElse("") + "]";
  }

  /** The TSIG algorithms the API accepts. */
  public enum TsigAlgorithm implements ApiEnum {
    HMAC_MD5,
    HMAC_SHA1,
    HMAC_SHA256;

    @Override
    public String apiValue() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
