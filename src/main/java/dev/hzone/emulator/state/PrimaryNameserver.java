package dev.hzone.emulator.state;

import java.util.Objects;
import java.util.Optional;

/**
 * A primary nameserver of a secondary zone: where Hetzner's secondaries would pull the zone by
 * AXFR.
 *
 * @param address public IPv4 or IPv6 address
 * @param port port, 53 by default
 * @param tsigAlgorithm {@code hmac-md5}, {@code hmac-sha1} or {@code hmac-sha256}, if TSIG is used
 * @param tsigKey the base64 TSIG secret, if TSIG is used (never in {@link #toString()})
 */
public record PrimaryNameserver(
    String address, int port, Optional<String> tsigAlgorithm, Optional<String> tsigKey) {

  public PrimaryNameserver {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(tsigAlgorithm, "tsigAlgorithm");
    Objects.requireNonNull(tsigKey, "tsigKey");
  }

  @Override
  public String toString() {
    return "PrimaryNameserver["
        + address
        + ":"
        + port
        + tsigAlgorithm.map(a -> " " + a).orElse("")
        + (tsigKey.isPresent() ? " key=REDACTED" : "")
        + "]";
  }
}
