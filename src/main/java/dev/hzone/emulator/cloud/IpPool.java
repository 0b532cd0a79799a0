package dev.hzone.emulator.cloud;

import dev.hzone.emulator.state.IdCounters;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The addresses the emulator hands out, all from documentation and benchmarking ranges so that
 * nothing it says can be mistaken for a real host: each kind has its own range, and an address
 * follows from the ID of the resource that holds it, so no two resources share one.
 *
 * <ul>
 *   <li>primary IPs: IPv4 203.0.113.0/24, then 198.18.0.0/15; IPv6 {@code 2001:db8:N::/64} for the
 *       server with index N, {@code 2001:db8:f2:N::/64} when created on their own;
 *   <li>floating IPs: IPv4 192.0.2.0/24, then 100.64.0.0/12; IPv6 {@code 2001:db8:f1:N::/64};
 *   <li>load balancers: IPv4 198.51.100.0/24, then 100.80.0.0/12; IPv6 {@code 2001:db8:f3:N::1}.
 * </ul>
 */
final class IpPool {
  private IpPool() {}

  /** The IPv4 of primary IP {@code id}. */
  static String primaryIpv4(long id) {
    long n = id - IdCounters.Kind.PRIMARY_IP.first();
    return n < 254
        ? "203.0.113." + (n + 1)
        : "198." + (18 + (n / 65_024) % 2) + "." + (n / 254) % 256 + "." + (n % 254 + 1);
  }

  /** The IPv6 /64 a new server gets ({@code 2001:db8:1::/64} for the first server). */
  static String serverIpv6(long serverId) {
    long n = serverId - IdCounters.Kind.SERVER.first();
    return "2001:db8:" + Long.toHexString(n % 0xffff + 1) + "::/64";
  }

  /** The IPv6 /64 of a primary IP created on its own. */
  static String primaryIpv6(long id) {
    long n = id - IdCounters.Kind.PRIMARY_IP.first();
    return "2001:db8:f2:" + Long.toHexString(n % 0xffff + 1) + "::/64";
  }

  static String floatingIpv4(long id) {
    long n = id - IdCounters.Kind.FLOATING_IP.first();
    return n < 254
        ? "192.0.2." + (n + 1)
        : "100." + (64 + (n / 65_024) % 16) + "." + (n / 254) % 256 + "." + (n % 254 + 1);
  }

  static String floatingIpv6(long id) {
    long n = id - IdCounters.Kind.FLOATING_IP.first();
    return "2001:db8:f1:" + Long.toHexString(n % 0xffff + 1) + "::/64";
  }

  static String loadBalancerIpv4(long id) {
    long n = id - IdCounters.Kind.LOAD_BALANCER.first();
    return n < 254
        ? "198.51.100." + (n + 1)
        : "100." + (80 + (n / 65_024) % 16) + "." + (n / 254) % 256 + "." + (n % 254 + 1);
  }

  static String loadBalancerIpv6(long id) {
    long n = id - IdCounters.Kind.LOAD_BALANCER.first();
    return "2001:db8:f3:" + Long.toHexString(n % 0xffff + 1) + "::1";
  }

  /**
   * Hetzner's reverse name for an IPv4 address that has none set: {@code
   * static.4.3.2.1.clients.your-server.de}.
   */
  static String defaultPtr(String ipv4) {
    String[] o = ipv4.split("\\.");
    return "static." + o[3] + "." + o[2] + "." + o[1] + "." + o[0] + ".clients.your-server.de";
  }

  /**
   * An IP address literal in canonical form (IPv6 compressed, lower case), or empty when it is
   * none.
   */
  static java.util.Optional<String> canonical(String text) {
    if (text == null || text.isEmpty() || !text.matches("[0-9a-fA-F:.]+")) {
      return java.util.Optional.empty();
    }
    try {
      InetAddress a = InetAddress.getByName(text);
      String s = a.getHostAddress().toLowerCase(Locale.ROOT);
      if (s.contains(":")) {
        s = compress(s);
      }
      return java.util.Optional.of(s);
    } catch (UnknownHostException e) {
      return java.util.Optional.empty();
    }
  }

  /**
   * Whether {@code ip} (canonical) lies in {@code block}: an address, or an IPv6 network {@code
   * P::/64}.
   */
  static boolean within(String ip, String block) {
    if (!block.contains("/")) {
      return canonical(block).map(ip::equals).orElse(false);
    }
    byte[] a = bytes(ip);
    byte[] n = bytes(block.substring(0, block.indexOf('/')));
    int bits = Integer.parseInt(block.substring(block.indexOf('/') + 1));
    if (a == null || n == null || a.length != n.length) {
      return false;
    }
    for (int i = 0; i < bits; i++) {
      int mask = 0x80 >> (i % 8);
      if ((a[i / 8] & mask) != (n[i / 8] & mask)) {
        return false;
      }
    }
    return true;
  }

  private static byte[] bytes(String ip) {
    try {
      return InetAddress.getByName(ip).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /** RFC 5952 text of a full IPv6 literal as the JDK prints it ({@code 2001:db8:0:0:0:0:0:1}). */
  private static String compress(String full) {
    String[] g = full.split(":");
    int bestStart = -1;
    int bestLen = 1;
    for (int i = 0; i < g.length; ) {
      if (g[i].equals("0")) {
        int j = i;
        while (j < g.length && g[j].equals("0")) {
          j++;
        }
        if (j - i > bestLen) {
          bestStart = i;
          bestLen = j - i;
        }
        i = j;
      } else {
        i++;
      }
    }
    if (bestStart < 0) {
      return full;
    }
    String head = String.join(":", java.util.Arrays.copyOfRange(g, 0, bestStart));
    String tail = String.join(":", java.util.Arrays.copyOfRange(g, bestStart + bestLen, g.length));
    return head + "::" + tail;
  }
}
