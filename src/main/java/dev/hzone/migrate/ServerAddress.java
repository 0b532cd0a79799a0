package dev.hzone.migrate;

import java.util.Objects;

/**
 * A nameserver to ask: host name or IP address, and port. Parsed from the command line's {@code
 * HOST[:PORT]}, where an IPv6 address with a port is written in brackets ({@code
 * [2001:db8::53]:5353}).
 *
 * @param host a host name or an IP address literal (IPv6 without brackets)
 * @param port the DNS port, 1 to 65535
 */
public record ServerAddress(String host, int port) {
  /** The DNS port. */
  public static final int DNS_PORT = 53;

  public ServerAddress {
    Objects.requireNonNull(host, "host");
    if (host.isEmpty()) {
      throw new IllegalArgumentException("empty host name");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is out of range (1-65535)");
    }
  }

  /**
   * Parses {@code HOST}, {@code HOST:PORT}, an IPv6 address, or {@code [IPV6]:PORT}; the port
   * defaults to 53.
   *
   * @throws IllegalArgumentException naming the text when it is not of that form
   */
  public static ServerAddress parse(String text) {
    try {
      return parseOrThrow(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not HOST[:PORT]: the port is not a number");
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + text + "' is not HOST[:PORT]: " + e.getMessage());
    }
  }

  private static ServerAddress parseOrThrow(String t) {
    if (t.startsWith("[")) {
      int close = t.indexOf(']');
      if (close < 0) {
        throw new IllegalArgumentException("missing ']'");
      }
      String rest = t.substring(close + 1);
      if (rest.isEmpty()) {
        return new ServerAddress(t.substring(1, close), DNS_PORT);
      }
      if (!rest.startsWith(":")) {
        throw new IllegalArgumentException("expected ':PORT' after ']'");
      }
      return new ServerAddress(t.substring(1, close), Integer.parseInt(rest.substring(1)));
    }
    int colon = t.indexOf(':');
    if (colon < 0 || t.indexOf(':', colon + 1) >= 0) {
      return new ServerAddress(t, DNS_PORT); // a name, an IPv4 address or a bare IPv6 address
    }
    return new ServerAddress(t.substring(0, colon), Integer.parseInt(t.substring(colon + 1)));
  }

  /** {@code host:port}, with brackets around an IPv6 address. */
  @Override
  public String toString() {
    return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
  }
}
