package dev.hzone.acme;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * One authoritative nameserver to ask directly.
 *
 * @param label how to name it to people: {@code hydrogen.ns.hetzner.com. (213.133.100.98)} or
 *     {@code 127.0.0.1:5353}
 * @param address where to send queries
 */
public record Nameserver(String label, InetSocketAddress address) {
  /** The DNS port. */
  public static final int DNS_PORT = 53;

  public Nameserver {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(address, "address");
    if (address.isUnresolved()) {
      throw new IllegalArgumentException("nameserver " + label + " has no address");
    }
  }

  /**
   * Parses {@code HOST:PORT}, {@code HOST}, {@code [V6]:PORT} or a bare IPv6 address, as {@code
   * --nameserver} takes them. A host name is resolved with the system resolver.
   *
   * @throws IllegalArgumentException naming the text when it is not such a form or the host does
   *     not resolve
   */
  public static Nameserver parse(String text) {
    String host = text.trim();
    int port = DNS_PORT;
    if (host.startsWith("[")) {
      int close = host.indexOf(']');
      if (close < 0) {
        throw new IllegalArgumentException("nameserver '" + text + "': missing ']'");
      }
      String rest = host.substring(close + 1);
      host = host.substring(1, close);
      if (!rest.isEmpty()) {
        port = port(text, rest.startsWith(":") ? rest.substring(1) : rest);
      }
    } else if (host.indexOf(':') >= 0 && host.indexOf(':') == host.lastIndexOf(':')) {
      port = port(text, host.substring(host.indexOf(':') + 1));
      host = host.substring(0, host.indexOf(':'));
    }
    if (host.isEmpty()) {
      throw new IllegalArgumentException("nameserver '" + text + "': no host");
    }
    try {
      InetAddress a = InetAddress.getByName(host);
      return new Nameserver(
          a.getHostAddress().contains(":") && port != DNS_PORT
              ? "[" + a.getHostAddress() + "]:" + port
              : a.getHostAddress() + (port == DNS_PORT ? "" : ":" + port),
          new InetSocketAddress(a, port));
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("nameserver '" + text + "': cannot resolve " + host);
    }
  }

  private static int port(String text, String p) {
    try {
      int n = Integer.parseInt(p);
      if (n < 1 || n > 65535) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("nameserver '" + text + "': the port must be 1..65535");
    }
  }

  @Override
  public String toString() {
    return label;
  }
}
