package dev.hzone.emulator.dnsapi;

import dev.hzone.emulator.state.PrimaryNameserver;
import dev.hzone.emulator.web.ApiError;
import dev.hzone.emulator.web.Body;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** Reads {@code primary_nameservers}: IP addresses (unique in the zone), ports, optional TSIG. */
final class PrimaryNameservers {
  private static final Set<String> ALGORITHMS = Set.of("hmac-md5", "hmac-sha1", "hmac-sha256");
  private static final Set<String> KEYS = Set.of("address", "port", "tsig_algorithm", "tsig_key");

  private PrimaryNameservers() {}

  /** The list in {@code body.field}; at least one entry. */
  static List<PrimaryNameserver> read(Body body, String field) {
    if (!body.hasValue(field)) {
      throw ApiError.invalidInput(body.field(field), "is required for zones in secondary mode");
    }
    List<Body> items = body.objects(field);
    if (items.isEmpty()) {
      throw ApiError.invalidInput(
          body.field(field), "must not be empty for zones in secondary mode");
    }
    List<PrimaryNameserver> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Body item : items) {
      item.rejectUnknown(KEYS);
      String address = item.requireString("address");
      String canonical = canonicalAddress(address, item.field("address"));
      if (!seen.add(canonical)) {
        throw ApiError.invalidInput(
            item.field("address"),
            "'" + address + "' is given twice; addresses must be unique within the zone");
      }
      OptionalLong port = item.optLong("port");
      if (port.isPresent() && (port.getAsLong() < 1 || port.getAsLong() > 65535)) {
        throw ApiError.invalidInput(item.field("port"), "must be between 1 and 65535");
      }
      Optional<String> alg = item.optString("tsig_algorithm");
      if (alg.isPresent() && !ALGORITHMS.contains(alg.get())) {
        throw ApiError.invalidInput(
            item.field("tsig_algorithm"), "must be one of hmac-md5, hmac-sha1, hmac-sha256");
      }
      Optional<String> key = item.optString("tsig_key");
      if (key.isPresent()) {
        try {
          Base64.getDecoder().decode(key.get());
        } catch (IllegalArgumentException e) {
          throw ApiError.invalidInput(item.field("tsig_key"), "must be base64 encoded");
        }
      }
      if (alg.isPresent() != key.isPresent()) {
        throw ApiError.invalidInput(
            item.field(alg.isPresent() ? "tsig_key" : "tsig_algorithm"),
            "tsig_algorithm and tsig_key must be given together");
      }
      out.add(new PrimaryNameserver(address, (int) port.orElse(53), alg, key));
    }
    return out;
  }

  private static String canonicalAddress(String address, String field) {
    String octet = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    boolean v4 = address.matches(octet + "(\\." + octet + "){3}");
    boolean v6 = address.contains(":") && address.matches("[0-9a-fA-F:.]+");
    if (!v4 && !v6) {
      throw ApiError.invalidInput(field, "'" + address + "' is not an IPv4 or IPv6 address");
    }
    try {
      return InetAddress.getByName(address).getHostAddress();
    } catch (UnknownHostException e) {
      throw ApiError.invalidInput(field, "'" + address + "' is not an IPv4 or IPv6 address");
    }
  }
}
