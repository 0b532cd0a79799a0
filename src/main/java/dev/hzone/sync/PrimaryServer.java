package dev.hzone.sync;

import java.util.Objects;
import java.util.Optional;

/**
 * A primary nameserver that Hetzner transfers a secondary zone from.
 *
 * @param address public IPv4 or IPv6 address
 * @param port DNS port, 53 by default
 * @param tsig the TSIG key that signs transfers, if any
 */
public record PrimaryServer(String address, int port, Optional<TsigKeyRef> tsig) {

  /** The default DNS port. */
  public static final int DEFAULT_PORT = 53;

  public PrimaryServer {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(tsig, "tsig");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is outside 1..65535");
    }
  }

  /** Same address, port and key: what decides whether primaries must be sent again. */
  public boolean sameAs(PrimaryServer o) {
    if (!address.equalsIgnoreCase(o.address)
        || port != o.port
        || tsig.isPresent() != o.tsig.isPresent()) {
      return false;
    }
    return tsig.isEmpty() || tsig.get().sameKey(o.tsig.get());
  }

  /** For people: {@code 198.51.100.7:53 (hmac-sha256)}; never the secret. */
  public String describe() {
    return address + ":" + port + tsig.map(k -> " (tsig " + k.algorithm() + ")").orElse("");
  }

  /**
   * For people, when only a key changed: {@code 198.51.100.7:53 (tsig hmac-sha256, key 3f9a0c12)},
   * the key by its fingerprint ({@link TsigKeyRef#fingerprint()}); never the secret.
   */
  public String describeWithKey() {
    return address
        + ":"
        + port
        + tsig.map(k -> " (tsig " + k.algorithm() + ", key " + k.fingerprint() + ")").orElse("");
  }
}
