package dev.hzone.emulator.cloud;

import dev.hzone.emulator.web.ApiError;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IPv4 network in CIDR form ({@code 10.0.1.0/24}), for the private networks' ranges, subnets and
 * routes.
 *
 * @param base the network address as an unsigned 32-bit number (host bits zero)
 * @param prefix the prefix length, 0 to 32
 */
record Ipv4Net(long base, int prefix) {
  private static final Pattern CIDR =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?:/(\\d{1,2}))?");
  private static final Ipv4Net[] PRIVATE = {
    new Ipv4Net(10L << 24, 8),
    new Ipv4Net((172L << 24) | (16L << 16), 12),
    new Ipv4Net((192L << 24) | (168L << 16), 16)
  };

  /**
   * Parses {@code a.b.c.d/n} (or a plain address as {@code /32}).
   *
   * @throws ApiError {@code invalid_input} on {@code field} when it is not one, or host bits are
   *     set
   */
  static Ipv4Net parse(String text, String field) {
    Matcher m = CIDR.matcher(text);
    if (!m.matches()) {
      throw ApiError.invalidInput(field, "'" + text + "' is not an IPv4 network in CIDR form");
    }
    long addr = 0;
    for (int i = 1; i <= 4; i++) {
      int octet = Integer.parseInt(m.group(i));
      if (octet > 255) {
        throw ApiError.invalidInput(field, "'" + text + "' is not an IPv4 network in CIDR form");
      }
      addr = (addr << 8) | octet;
    }
    int prefix = m.group(5) == null ? 32 : Integer.parseInt(m.group(5));
    if (prefix > 32) {
      throw ApiError.invalidInput(field, "'" + text + "' has a prefix longer than 32");
    }
    Ipv4Net n = new Ipv4Net(addr, prefix);
    if ((addr & ~n.mask()) != 0) {
      throw ApiError.invalidInput(
          field, "'" + text + "' has host bits set; the network is " + n.withBase());
    }
    return n;
  }

  /** Parses a plain address. */
  static long address(String text, String field) {
    if (text.contains("/")) {
      throw ApiError.invalidInput(field, "'" + text + "' is not an IPv4 address");
    }
    return parse(text, field).base();
  }

  private Ipv4Net withBase() {
    return new Ipv4Net(base & mask(), prefix);
  }

  long mask() {
    return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
  }

  long size() {
    return 1L << (32 - prefix);
  }

  long last() {
    return base + size() - 1;
  }

  boolean contains(long address) {
    return address >= base && address <= last();
  }

  boolean contains(Ipv4Net other) {
    return other.base >= base && other.last() <= last();
  }

  boolean overlaps(Ipv4Net other) {
    return base <= other.last() && other.base <= last();
  }

  /** Whether it lies in one of the private ranges of RFC 1918. */
  boolean isPrivate() {
    for (Ipv4Net p : PRIVATE) {
      if (p.contains(this)) {
        return true;
      }
    }
    return false;
  }

  static String format(long address) {
    return ((address >> 24) & 255)
        + "."
        + ((address >> 16) & 255)
        + "."
        + ((address >> 8) & 255)
        + "."
        + (address & 255);
  }

  @Override
  public String toString() {
    return format(base) + "/" + prefix;
  }
}
